import type { StoredEvent } from '../event-catalogue.ts';
import { attentionThisWeek, type AttentionItem } from '../views/attention-this-week.ts';
import { attentionLabel } from '../views/attention-label.ts';
import { type DashboardRow, dashboardRows } from '../views/dashboard-rows.ts';
import { encodeViewTab } from '../views/encode-view-tab.ts';
import { foldEvents } from '../views/fold-events.ts';
import type { ActionView, Dashboard, LedgerViews } from '../views/ledger-views.ts';
import { VIEW_TABS, type ViewTab } from '../views/view-tab.ts';
import { encodeGridRow } from '../grid-codec.ts';
import { VIEW_TAB_SPECS } from '../views/view-tab-specs.ts';
import type { RowChange } from './apply-batch.ts';
import type { RowKey, StoreMeta } from './store-state.ts';

/** Every view tab but the two kept row by row: their size follows the plan, not the log. */
export const PLAN_TABS: readonly ViewTab[] = VIEW_TABS.filter((tab) => tab !== 'decisions' && tab !== 'actions');

/**
 * The open actions with a due date, as attentionThisWeek reads them (id, text, due date, status): the
 * only part of the Actions view the dashboard lists, kept in the meta since the plan store holds no
 * annotation. Fields it does not read are left as the fold's defaults.
 */
function datedActionViews(meta: StoreMeta): ActionView[] {
  return Object.entries(meta.datedActions).map(([id, [dueDate, text]]): ActionView => ({
    id,
    source: { kind: 'meeting', meetingId: '' },
    text,
    dueDate,
    status: 'open',
    isOverdue: dueDate < meta.viewDate,
    at: '',
    author: { memberId: '', name: '', side: 'other' },
  }));
}

/** The dashboard's "needs attention" items, the open dated actions taken from the meta. */
function attentionOf(views: Omit<LedgerViews, 'dashboard'>, meta: StoreMeta): AttentionItem[] {
  return attentionThisWeek({ ...views, actions: datedActionViews(meta) }, meta.viewDate);
}

/** How the Dashboard sorts its "needs attention" rows, as a row key: (date, kind and id). */
function attentionKey(item: AttentionItem): RowKey {
  const date = item.kind === 'window_closing' ? item.closes : item.kind === 'action_due' ? item.dueDate : item.kind === 'notes_missing' ? item.startsAt.slice(0, 10) : '\uffff';
  const id =
    item.kind === 'window_closing' ? `${item.subjectKind}/${item.subjectId}/${item.track}` : item.kind === 'action_due' ? item.actionId : item.kind === 'response_missing' ? item.proposalId : item.meetingId;
  // No kind is a prefix of another, so "kind NUL id" sorts as (kind, id) does.
  return [date, `${item.kind}\u0000${id}`];
}

/** The dashboard figures that come from the row-by-row views and the head, not from the plan. */
function withCounts(dashboard: Dashboard, meta: StoreMeta, attention: AttentionItem[] = dashboard.attention): Dashboard {
  const { counts } = meta;
  return {
    ...dashboard,
    attention,
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
export function planViewTabs(
  planEvents: readonly StoredEvent[],
  meta: StoreMeta,
): { tabs: Map<ViewTab, string[][]>; meetingRows: Record<string, number>; attention: StoreMeta['attention'] } {
  // Every event of the plan store passed the record-authority check when it was stored (by the writer,
  // or by the fold that built the store), and must count again here. The coordinator set is all the
  // fold's authority check reads: naming every writer a coordinator keeps each event (the lines that
  // admit no coordinator, `owner` and `owner_side`, passed on their owner alone) whatever the Members tab says now.
  const folded = foldEvents(planEvents, { today: meta.viewDate, coordinators: new Set(planEvents.map((event) => event.actor.memberId)) });
  const attention = attentionOf(folded, meta);
  const views: LedgerViews = {
    ...folded,
    meetings: folded.meetings.map((view) => ({ ...view, annotationCount: meta.meetingAnnotations[view.meeting.id] ?? 0 })),
    dashboard: withCounts(folded.dashboard, meta, attention),
  };
  const tabs = new Map<ViewTab, string[][]>();
  for (const tab of PLAN_TABS) tabs.set(tab, encodeViewTab(tab, views));
  const meetingRows: Record<string, number> = {};
  views.meetings.forEach((view, i) => {
    meetingRows[view.meeting.id] = i;
  });
  return { tabs, meetingRows, attention: attentionLayout(views.dashboard, tabs.get('dashboard')!.length - 1) };
}

/** The "needs attention" rows as a full fold has them: their start row and keys, from the fold's dashboard. */
export function attentionLayout(dashboard: Dashboard, rowCount: number): StoreMeta['attention'] {
  return { start: rowCount - dashboard.attention.length - dashboard.findings.length, keys: dashboard.attention.map(attentionKey) };
}

/**
 * The Dashboard's "needs attention" lines for actions that an append of annotations or tags opens,
 * closes or re-dates, as row changes within the attention rows (placed by placeRows, the rows below
 * move with them). Plan lines do not change without a plan event, which refolds the whole tab.
 */
export function attentionRowChanges(before: StoreMeta, after: StoreMeta): RowChange[] {
  const items = (meta: StoreMeta) =>
    new Map(
      attentionThisWeek({ ...foldEvents([], { today: meta.viewDate }), actions: datedActionViews(meta) }, meta.viewDate).flatMap((item) =>
        item.kind === 'action_due' ? [[item.actionId, item] as const] : [],
      ),
    );
  const old = items(before);
  const now = items(after);
  const grid = VIEW_TAB_SPECS.dashboard.grid;
  const rowOf = (item: AttentionItem): string[] =>
    encodeGridRow(grid, { section: `attention_${item.kind}`, figure: (item as { actionId: string }).actionId, value: (item as { dueDate: string }).dueDate, labelEn: attentionLabel(item, 'en'), labelFr: attentionLabel(item, 'fr') });
  const changes: RowChange[] = [];
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const was = old.get(id);
    const is = now.get(id);
    if (was && is && JSON.stringify(was) === JSON.stringify(is)) continue;
    // placeRows reads only the keys and rows of a change; `tab` names no Dashboard row.
    changes.push({
      tab: 'actions',
      ...(was ? { remove: attentionKey(was) } : {}),
      ...(is ? { put: { key: attentionKey(is), row: rowOf(is) } } : {}),
    });
  }
  return changes;
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
