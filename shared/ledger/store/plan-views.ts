import type { StoredEvent } from '../event-catalogue.ts';
import { type DashboardRow, dashboardRows } from '../views/dashboard-rows.ts';
import { encodeViewTab } from '../views/encode-view-tab.ts';
import { foldEvents } from '../views/fold-events.ts';
import type { Dashboard, LedgerViews } from '../views/ledger-views.ts';
import { VIEW_TABS, type ViewTab } from '../views/view-tab.ts';
import { encodeGridRow } from '../grid-codec.ts';
import { VIEW_TAB_SPECS } from '../views/view-tab-specs.ts';
import type { RowKey, StoreMeta } from './store-state.ts';

/** Every view tab but the two kept row by row: their size follows the plan, not the log. */
export const PLAN_TABS: readonly ViewTab[] = VIEW_TABS.filter((tab) => tab !== 'decisions' && tab !== 'actions');

/** The dashboard figures that come from the row-by-row views and the head, not from the plan. */
function withCounts(dashboard: Dashboard, meta: StoreMeta): Dashboard {
  const { counts } = meta;
  return {
    ...dashboard,
    head: meta.head,
    eventCount: meta.eventCount,
    actions: { open: counts.open, overdue: counts.overdue, done: counts.done },
    decisions: { decisions: counts.decision, agreements: counts.agreement, disagreements: counts.disagreement },
  };
}

/**
 * The plan tabs (header first) and the Meetings rows' order, folded from the plan store (planSupport)
 * with the counts the row-by-row views keep: what a fold of every event gives for these tabs.
 */
export function planViewTabs(planEvents: readonly StoredEvent[], meta: StoreMeta): { tabs: Map<ViewTab, string[][]>; meetingRows: Record<string, number> } {
  const folded = foldEvents(planEvents, { today: meta.viewDate });
  const views: LedgerViews = {
    ...folded,
    meetings: folded.meetings.map((view) => ({ ...view, annotationCount: meta.meetingAnnotations[view.meeting.id] ?? 0 })),
    dashboard: withCounts(folded.dashboard, meta),
  };
  const tabs = new Map<ViewTab, string[][]>();
  for (const tab of PLAN_TABS) tabs.set(tab, encodeViewTab(tab, views));
  const meetingRows: Record<string, number> = {};
  views.meetings.forEach((view, i) => {
    meetingRows[view.meeting.id] = i;
  });
  return { tabs, meetingRows };
}

/** Figures that change with every append; they sit at fixed rows at the top of the Dashboard. */
const COUNTED = new Set(['ledger/head_seq', 'ledger/head_hash', 'ledger/event_count', 'actions/open', 'actions/overdue', 'actions/done', 'decisions/decisions', 'decisions/agreements', 'decisions/disagreements']);

/** The Dashboard rows (0-based data row, encoded cells) an append of annotations or tags changes. */
export function countedDashboardRows(meta: StoreMeta): Array<{ index: number; row: string[] }> {
  const folded = foldEvents([], { today: meta.viewDate });
  const rows: DashboardRow[] = dashboardRows(withCounts(folded.dashboard, meta));
  const grid = VIEW_TAB_SPECS.dashboard.grid;
  return rows.flatMap((row, index) => (COUNTED.has(`${row.section}/${row.figure}`) ? [{ index, row: encodeGridRow(grid, row) }] : []));
}

/** Open actions whose due date the new day has passed: their `overdue` cell turns TRUE. */
export function passedDueDates(meta: StoreMeta, viewDate: string): { meta: StoreMeta; flipped: RowKey[] } {
  if (viewDate <= meta.viewDate) return { meta, flipped: [] };
  // A JSON copy: Apps Script's V8 runtime has no structuredClone.
  const next = JSON.parse(JSON.stringify(meta)) as StoreMeta;
  next.viewDate = viewDate;
  const flipped: RowKey[] = [];
  for (const [id, [dueDate, at]] of Object.entries(meta.dueLater)) {
    if (dueDate >= viewDate) continue;
    delete next.dueLater[id];
    next.counts.overdue += 1;
    flipped.push([at, id]);
  }
  return { meta: next, flipped };
}
