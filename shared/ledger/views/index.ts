export { decodeViewTab } from './decode-view-tab.ts';
export { type DashboardRow, dashboardRows } from './dashboard-rows.ts';
export { encodeViewTab } from './encode-view-tab.ts';
export { type FoldContext, foldEvents } from './fold-events.ts';
export type * from './ledger-views.ts';
export { tabsTouchedBy } from './tabs-touched-by.ts';
export { VIEW_TABS, type ViewTab } from './view-tab.ts';
export { VIEW_TAB_SPECS, type ViewTabRow, type ViewTabSpec } from './view-tab-specs.ts';
