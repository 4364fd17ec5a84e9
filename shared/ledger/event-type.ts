import * as z from 'zod/mini';

/** Every v1 event type (DESIGN §3). Names are part of the protocol: never rename one. */
export const EVENT_TYPES = [
  'annotation.created', 'annotation.updated', 'annotation.deleted',
  'tag.created', 'tag.updated', 'tag.removed',
  'commitment.upserted',
  'proposal.submitted', 'proposal.disposed',
  'signoff.recorded',
  'verdict.issued',
  'procedure.agreed',
  'workplan.updated',
  'meeting.scheduled', 'meeting.updated', 'meeting.held', 'meeting.notes_published',
  'meeting.notes_drafted',
  'meeting.notes_approved',
  'meeting.cancelled',
  'stakeholder.upserted',
  'outreach.logged',
  'update.reported',
  'plan.recorded',
  'irm.assessed',
] as const;

export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;
