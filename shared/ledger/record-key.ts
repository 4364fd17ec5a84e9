import { type ClientEvent, entityKeyOf } from './event-catalogue.ts';
import type { EventType } from './event-type.ts';

/** The kinds of record the ledger keeps; a record key is `<kind>:<entity key>`. */
export const RECORD_KINDS = [
  'annotation',
  'tag',
  'commitment',
  'proposal',
  'signoff',
  'verdict',
  'procedure',
  'workplan',
  'meeting',
  'stakeholder',
  'outreach',
  'update',
  'plan',
  'irm',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Which kind of record each event type is about. */
export const RECORD_KIND_OF: Readonly<Record<EventType, RecordKind>> = {
  'annotation.created': 'annotation',
  'annotation.updated': 'annotation',
  'annotation.deleted': 'annotation',
  'tag.created': 'tag',
  'tag.updated': 'tag',
  'tag.removed': 'tag',
  'commitment.upserted': 'commitment',
  'proposal.submitted': 'proposal',
  'proposal.disposed': 'proposal',
  'signoff.recorded': 'signoff',
  'verdict.issued': 'verdict',
  'procedure.agreed': 'procedure',
  'workplan.updated': 'workplan',
  'meeting.scheduled': 'meeting',
  'meeting.updated': 'meeting',
  'meeting.held': 'meeting',
  'meeting.notes_published': 'meeting',
  'meeting.notes_drafted': 'meeting',
  'meeting.notes_approved': 'meeting',
  'meeting.cancelled': 'meeting',
  'stakeholder.upserted': 'stakeholder',
  'outreach.logged': 'outreach',
  'update.reported': 'update',
  'plan.recorded': 'plan',
  'irm.assessed': 'irm',
};

/** `commitment:C07`: ids of different kinds never collide, so an annotation can never claim a meeting. */
export const recordKey = (kind: RecordKind, entityKey: string): string => `${kind}:${entityKey}`;

/** The record an event changes, e.g. `annotation:ann-1`, `meeting:m-3`, `update:2026-H1/C01.1.1`. */
export function recordKeyOf(event: ClientEvent): string {
  return recordKey(RECORD_KIND_OF[event.type], entityKeyOf(event));
}

/**
 * Every record an event reads or changes, the one it changes first. A sign-off on a commitment also
 * reads that commitment's stored versions (it must name one of them); an annotation also changes its
 * meeting's notes (an approval given before it is stale, notes-approval-state.ts), so its meeting's
 * entry is read and written back. The storage layer reads the index rows of all these keys, and no
 * others, to judge the event. (A notes publication needs only its meeting's own entry.)
 */
export function recordKeysOf(event: ClientEvent): string[] {
  const own = recordKeyOf(event);
  if (event.type === 'signoff.recorded' && event.payload.subject.kind === 'commitment') {
    return [own, recordKey('commitment', event.payload.subject.id)];
  }
  if (event.type.startsWith('annotation.')) {
    const meetingId = (event.payload as { meetingId?: string }).meetingId;
    if (meetingId !== undefined) return [own, recordKey('meeting', meetingId)];
  }
  return [own];
}
