import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import type { EventType } from '../../../shared/ledger/event-type.ts';
import { encodeViewTab, foldEvents, tabsTouchedBy, VIEW_TAB_SPECS, type ViewTab } from '../../../shared/ledger/views/index.ts';
import { rewriteTabs } from './sheets-store.ts';

/** Folds the whole log and rewrites the given view tabs (one clear for all, one write per tab). */
export function rewriteViewTabs(spreadsheetId: string, events: readonly StoredEvent[], tabs: readonly ViewTab[]): void {
  if (tabs.length === 0) return;
  const views = foldEvents(events, { today: new Date().toISOString().slice(0, 10) });
  rewriteTabs(
    spreadsheetId,
    tabs.map((tab) => ({ title: VIEW_TAB_SPECS[tab].title, rows: encodeViewTab(tab, views) })),
  );
}

/** After an append: only the view tabs the accepted event types can change. */
export function refreshViews(spreadsheetId: string, events: readonly StoredEvent[], types: readonly EventType[]): void {
  rewriteViewTabs(spreadsheetId, events, tabsTouchedBy(types));
}
