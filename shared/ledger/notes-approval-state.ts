import type { Side } from '../domain/side.ts';
import type { ClientEvent, StoredEvent } from './event-catalogue.ts';

/** The two sides whose co-chairs approve a meeting's notes (a member of neither side approves for nobody). */
export type CoChairSide = Exclude<Side, 'other'>;
export const CO_CHAIR_SIDES: readonly CoChairSide[] = ['government', 'csn'];

/** One co-chair's latest approval (`meeting.notes_approved`), as the writer stored it. */
export type NotesApproval = { memberId: string; name: string; at: string; seq: number; draftEventId: string; draftHash: string };

/**
 * What publication of one meeting's notes depends on, kept from the stored events in `seq` order (the
 * writer's order, never the client's `at`): the latest draft, the latest approval of each side's
 * co-chair, and `changedSeq`, the seq of the last stored event that changes what the notes print
 * (the meeting's snapshot or `held`, a new draft, any annotation of the meeting). Small and bounded,
 * so the writer keeps it in the meeting's Index entry and judges a publication without the log.
 */
export type NotesApprovalState = {
  draft?: { eventId: string; seq: number };
  changedSeq: number;
  approvals: Partial<Record<CoChairSide, NotesApproval>>;
};

/**
 * The meeting whose notes an event changes or approves, if any. An annotation counts towards the
 * meeting its payload names (a tombstone without `meetingId` is not seen here: the console's version
 * hash still makes approvals of it stale).
 */
export function notesMeetingOf(event: ClientEvent): string | undefined {
  switch (event.type) {
    case 'meeting.scheduled':
    case 'meeting.updated':
      return event.payload.meeting.id;
    case 'meeting.held':
    case 'meeting.notes_drafted':
    case 'meeting.notes_approved':
      return event.payload.meetingId;
    case 'annotation.created':
    case 'annotation.updated':
      return event.payload.meetingId;
    case 'annotation.deleted':
      return event.payload.meetingId;
    default:
      return undefined;
  }
}

/** An event that creates a meeting's record when none exists (the record-authority table's claiming meeting events). */
export const opensMeetingRecord = (event: { type: string }): boolean => event.type === 'meeting.scheduled' || event.type === 'meeting.updated' || event.type === 'meeting.held';

/**
 * The state after one more stored event about the meeting (events come in `seq` order; an older one
 * never replaces a newer approval or draft). Pure: returns a new state, the old one untouched.
 */
export function withNotesEvent(state: NotesApprovalState | undefined, event: StoredEvent): NotesApprovalState {
  const next: NotesApprovalState = { changedSeq: state?.changedSeq ?? 0, approvals: { ...state?.approvals }, ...(state?.draft ? { draft: state.draft } : {}) };
  if (event.type === 'meeting.notes_approved') {
    const side = event.actor.side;
    if (side === 'other') return next;
    const known = next.approvals[side];
    if (known === undefined || known.seq < event.seq) {
      next.approvals[side] = {
        memberId: event.actor.memberId,
        name: event.actor.name,
        at: event.at,
        seq: event.seq,
        draftEventId: event.payload.draftEventId,
        draftHash: event.payload.draftHash,
      };
    }
    return next;
  }
  if (event.type === 'meeting.notes_drafted' && (next.draft === undefined || next.draft.seq < event.seq)) next.draft = { eventId: event.id, seq: event.seq };
  if (notesMeetingOf(event) !== undefined) next.changedSeq = Math.max(next.changedSeq, event.seq);
  return next;
}

/**
 * Whether one side's co-chair approval stands for publishing the version `draftHash`: it names the
 * meeting's latest draft and that very version, and nothing the notes print changed after it. The
 * one definition of "approved and not stale": the writer judges a publication with it (the version
 * the publication names), the console shows and checks approvals with it (the version it computes
 * from the draft as the ledger holds it now).
 */
export function approvalStands(state: NotesApprovalState | undefined, side: CoChairSide, draftHash: string): boolean {
  const approval = state?.approvals[side];
  if (approval === undefined || state?.draft === undefined) return false;
  return approval.draftEventId === state.draft.eventId && approval.draftHash === draftHash && approval.seq > state.changedSeq;
}

/** Each side whose co-chair has no standing approval of `draftHash`: never approved, or approved but stale. */
export function missingApprovals(state: NotesApprovalState | undefined, draftHash: string): Array<{ side: CoChairSide; stale: boolean }> {
  return CO_CHAIR_SIDES.filter((side) => !approvalStands(state, side, draftHash)).map((side) => ({ side, stale: state?.approvals[side] !== undefined }));
}
