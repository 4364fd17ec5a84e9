import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Member } from '../domain/member.ts';
import type { Role } from '../domain/role.ts';
import type { Side } from '../domain/side.ts';
import type { SignOffTrack } from '../domain/sign-off.ts';
import { bilingualMessage, translate } from '../i18n/translate.ts';
import type { ClientEvent } from './event-catalogue.ts';
import type { EventType } from './event-type.ts';

/** One line of the role table: who may write events of a type (and, for sign-offs, of a track), and why. */
export type RoleRule = { type: EventType; track?: SignOffTrack; roles: readonly Role[]; why: string };

/**
 * Who may write what (DESIGN §3, rule R20). Data, so the README renders it and the tests walk it.
 * The coordinator owns the process records; drafters own the document side; attendees annotate
 * meetings; each side's signatory alone speaks for that side.
 */
export const ROLE_TABLE: readonly RoleRule[] = [
  { type: 'annotation.created', roles: ['attendee', 'coordinator'], why: 'annotating a meeting is what attendees do; coordinators also attend' },
  { type: 'annotation.updated', roles: ['attendee', 'coordinator'], why: 'as created; the fold only applies edits by the annotation’s author' },
  { type: 'annotation.deleted', roles: ['attendee', 'coordinator'], why: 'as created; the fold only applies deletes by the annotation’s author' },
  { type: 'tag.created', roles: ['drafter', 'coordinator'], why: 'tags are made in the document by drafters' },
  { type: 'tag.updated', roles: ['drafter', 'coordinator'], why: 'as created' },
  { type: 'tag.removed', roles: ['drafter', 'coordinator'], why: 'as created' },
  { type: 'commitment.upserted', roles: ['drafter', 'coordinator'], why: 'the document is the source of a commitment; drafters sync it' },
  { type: 'proposal.submitted', roles: ['drafter', 'attendee', 'coordinator'], why: 'anyone taking part may put an idea forward, from a document or a webinar' },
  { type: 'proposal.disposed', roles: ['coordinator'], why: 'the disposition and reasoned response are the forum’s answer, recorded by its coordinators (R9)' },
  { type: 'signoff.recorded', track: 'government', roles: ['gov_signatory'], why: 'the government alone decides inclusion (R20)' },
  { type: 'signoff.recorded', track: 'csn', roles: ['csn_signatory'], why: 'the CSN alone adopts its position' },
  { type: 'signoff.recorded', track: 'msf', roles: ['coordinator'], why: 'joint texts are agreed by both co-chairs and recorded by a coordinator' },
  { type: 'verdict.issued', roles: ['csn_signatory'], why: 'the CSN has the final say on whether it was a partnership (R20)' },
  { type: 'procedure.agreed', roles: ['coordinator'], why: 'the procedure both sides agreed is recorded from the coordinator’s sheet' },
  { type: 'workplan.updated', roles: ['coordinator'], why: 'the work plan is kept by the coordinators' },
  { type: 'meeting.scheduled', roles: ['attendee', 'coordinator'], why: 'attendees run the meeting record from the extension (DESIGN §1); the log keeps who wrote what' },
  { type: 'meeting.updated', roles: ['attendee', 'coordinator'], why: 'as scheduled' },
  { type: 'meeting.held', roles: ['attendee', 'coordinator'], why: 'as scheduled' },
  { type: 'meeting.notes_published', roles: ['coordinator'], why: 'coordinators publish the reviewed notes' },
  { type: 'meeting.notes_drafted', roles: ['attendee', 'coordinator'], why: 'the note-taker sends the corrected draft to the coordinators for review' },
  { type: 'meeting.notes_approved', roles: ['coordinator'], why: 'the forum’s co-chairs are each side’s lead coordinator; each approves the notes for their own side (the side is the approver’s, never the payload’s)' },
  { type: 'meeting.cancelled', roles: ['coordinator'], why: 'calling off a scheduled meeting is the coordinators’ call, with the reason the forum reads' },
  { type: 'stakeholder.upserted', roles: ['coordinator'], why: 'the registry is kept by the coordinators' },
  { type: 'outreach.logged', roles: ['coordinator'], why: 'the outreach log is kept by the coordinators' },
  { type: 'update.reported', roles: ['coordinator'], why: 'tracker rows are entered by the coordinators from departments’ reports' },
  { type: 'plan.recorded', roles: ['coordinator'], why: 'the plan’s period and the tracker’s reporting periods are kept by the coordinators' },
  { type: 'irm.assessed', roles: ['coordinator'], why: 'the IRM’s published findings are copied into the ledger by a coordinator; the IRM, not the forum, decides them' },
];

/** A signatory role speaks for one side only: it counts only for a member of that side (R20). */
export const ROLE_SIDE: Readonly<Partial<Record<Role, Side>>> = { gov_signatory: 'government', csn_signatory: 'csn' };

export type Authorisation = { ok: true } | { ok: false; code: 'forbidden'; message: BilingualText };

function rolesFor(event: ClientEvent): readonly Role[] {
  const track = event.type === 'signoff.recorded' ? event.payload.track : undefined;
  return ROLE_TABLE.find((rule) => rule.type === event.type && rule.track === track)?.roles ?? [];
}

/** Whether this member may write this (already parsed) event. Pure: the same inputs, the same answer. */
export function authoriseEvent(member: Member, event: ClientEvent): Authorisation {
  const needed = rolesFor(event);
  const held = needed.filter((role) => member.roles.includes(role));
  if (held.some((role) => ROLE_SIDE[role] === undefined || ROLE_SIDE[role] === member.side)) return { ok: true };
  const misplaced = held.find((role) => ROLE_SIDE[role] !== undefined);
  if (misplaced !== undefined) {
    const side = ROLE_SIDE[misplaced]!;
    const sideIn = (language: 'en' | 'fr') =>
      translate('ledger.forbidden.side', language, { role: misplaced, side: translate(`common.side.${side}`, language) });
    return { ok: false, code: 'forbidden', message: { en: sideIn('en'), fr: sideIn('fr') } };
  }
  const type = event.type === 'signoff.recorded' ? `${event.type} (${event.payload.track})` : event.type;
  return { ok: false, code: 'forbidden', message: bilingualMessage('ledger.forbidden.role', { type, roles: needed.join(', ') }) };
}
