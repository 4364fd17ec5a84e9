import type { IsoDate } from '../../domain/iso-time.ts';
import { compareText } from './event-order.ts';
import type { LedgerViews } from './ledger-views.ts';

/** How far ahead "this week" looks, in days after today (today included). */
export const ATTENTION_DAYS = 7;

/** Something a coordinator should act on this week, with the record it is about and the date that makes it urgent. */
export type AttentionItem =
  | { kind: 'window_closing'; subjectKind: string; subjectId: string; track: 'government' | 'csn' | 'msf'; closes: IsoDate; source: 'signoff' | 'workplan' }
  | { kind: 'action_due'; actionId: string; text: string; dueDate: IsoDate; overdue: boolean }
  | { kind: 'response_missing'; proposalId: string; text: string; disposition: string }
  | { kind: 'notes_missing'; meetingId: string; title: string; startsAt: string };

const DAY_MS = 24 * 60 * 60 * 1000;

function addDays(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * What needs attention this week, from the views alone (no clock: `today` comes in): sign-off windows
 * closing within ATTENTION_DAYS on a track that has not concluded (recorded on a sign-off, or planned
 * in the work plan), open actions due within the week or overdue, proposals owing a reasoned response
 * in both languages (R9), and meetings that took place (held, or started before today) without
 * published notes (R12). Sorted by urgency: dated items by date, then the undated ones.
 */
export function attentionThisWeek(views: Omit<LedgerViews, 'dashboard'>, today: IsoDate): AttentionItem[] {
  const horizon = addDays(today, ATTENTION_DAYS);
  const items: AttentionItem[] = [];
  const concluded = new Set(views.signOffs.filter((view) => view.isConcluded).map((view) => `${view.subjectKind}\u0000${view.track}`));
  const seenWindows = new Set<string>();
  for (const view of views.signOffs) {
    const closes = view.latest.windowCloses?.slice(0, 10);
    if (view.isConcluded || closes === undefined || closes < today || closes > horizon) continue;
    const key = `${view.subjectKind}\u0000${view.subjectId}\u0000${view.track}`;
    if (seenWindows.has(key)) continue;
    seenWindows.add(key);
    items.push({ kind: 'window_closing', subjectKind: view.subjectKind, subjectId: view.subjectId, track: view.track, closes, source: 'signoff' });
  }
  const workplan = views.records.workplan;
  for (const phase of workplan?.phases ?? []) {
    for (const window of phase.signOffWindows) {
      if (window.closes < today || window.closes > horizon) continue;
      // A planned window whose kind of text the track has already concluded needs nothing more.
      if (concluded.has(`${window.subjectKind}\u0000${window.track}`)) continue;
      items.push({ kind: 'window_closing', subjectKind: window.subjectKind, subjectId: phase.phase, track: window.track, closes: window.closes, source: 'workplan' });
    }
  }
  for (const action of views.actions) {
    if (action.status !== 'open' || action.dueDate === undefined || action.dueDate > horizon) continue;
    items.push({ kind: 'action_due', actionId: action.id, text: action.text, dueDate: action.dueDate, overdue: action.dueDate < today });
  }
  for (const view of views.proposals) {
    if (!view.needsResponse || view.hasResponse) continue;
    items.push({ kind: 'response_missing', proposalId: view.proposal.id, text: view.proposal.text, disposition: view.proposal.disposition });
  }
  for (const view of views.meetings) {
    const { meeting } = view;
    if (view.cancelled) continue; // called off: it owes no notes
    const tookPlace = meeting.heldAt !== undefined || meeting.startsAt.slice(0, 10) < today;
    if (!tookPlace || meeting.notesPublishedAt !== undefined) continue;
    if (meeting.type === 'csn_internal' || meeting.type === 'gov_internal') continue; // one side's own meetings publish nothing
    items.push({ kind: 'notes_missing', meetingId: meeting.id, title: meeting.title, startsAt: meeting.startsAt });
  }
  const dateOf = (item: AttentionItem): string => {
    switch (item.kind) {
      case 'window_closing':
        return item.closes;
      case 'action_due':
        return item.dueDate;
      case 'notes_missing':
        return item.startsAt.slice(0, 10);
      case 'response_missing':
        return '\uffff';
    }
  };
  const idOf = (item: AttentionItem): string =>
    item.kind === 'window_closing' ? `${item.subjectKind}/${item.subjectId}/${item.track}` : item.kind === 'action_due' ? item.actionId : item.kind === 'response_missing' ? item.proposalId : item.meetingId;
  return items.sort((a, b) => compareText(dateOf(a), dateOf(b)) || compareText(a.kind, b.kind) || compareText(idOf(a), idOf(b)));
}
