import { encodeGridRow, gridHeader } from '../grid-codec.ts';
import type { LedgerViews } from './ledger-views.ts';
import type { ViewTab } from './view-tab.ts';
import { VIEW_TAB_SPECS, type ViewTabSpec } from './view-tab-specs.ts';

/**
 * A view tab's whole content, header row first, every cell a string escaped by the grid codec so
 * that nothing a person typed can become a formula. The writer replaces the tab with it in one call.
 */
export function encodeViewTab(tab: ViewTab, views: LedgerViews): string[][] {
  const spec = VIEW_TAB_SPECS[tab] as ViewTabSpec<unknown>;
  return [gridHeader(spec.grid), ...spec.rows(views).map((row) => encodeGridRow(spec.grid, row))];
}
