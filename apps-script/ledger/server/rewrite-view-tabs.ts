import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { encodeViewTab, foldEvents, VIEW_TAB_SPECS, type ViewTab } from '../../../shared/ledger/views/index.ts';
import { rewriteTabs } from './sheets-store.ts';

/** Folds the whole log and rewrites the given view tabs (one clear for all, one write per tab). */
export function rewriteViewTabs(
  spreadsheetId: string,
  events: readonly StoredEvent[],
  tabs: readonly ViewTab[],
  coordinators?: ReadonlySet<string>,
): void {
  if (tabs.length === 0) return;
  const views = foldEvents(events, { today: new Date().toISOString().slice(0, 10), ...(coordinators ? { coordinators } : {}) });
  rewriteTabs(
    spreadsheetId,
    tabs.map((tab) => ({ title: VIEW_TAB_SPECS[tab].title, rows: encodeViewTab(tab, views) })),
  );
}
