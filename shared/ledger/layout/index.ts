export { columnLetter } from './column-letter.ts';
export { type ColourRule, LEDGER_LAYOUT, type LedgerLayout, type LedgerTabId, ledgerTabTitle, type TabLayout } from './ledger-layout.ts';
export { LAYOUT_STATE_FIELDS, layoutStateRanges } from './layout-state-query.ts';
export { layoutToRequests, protectionDescription } from './layout-to-requests.ts';
export type * from './sheets-v4.ts';
