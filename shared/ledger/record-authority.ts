import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Side } from '../domain/side.ts';
import { translate } from '../i18n/translate.ts';
import { ROLE_TABLE } from './authorise-event.ts';
import type { ClientEvent, StoredEvent } from './event-catalogue.ts';
import type { EventType } from './event-type.ts';
import type { RecordOwner } from './ledger-state.ts';
import { type RecordKind, recordKeyOf } from './record-key.ts';

/**
 * Who, besides the role table, may write an event about a record that already has an owner:
 * - `owner`: the member who created it, alone;
 * - `owner_or_coordinator`: that member or any coordinator;
 * - `owner_side`: any member of the side that created it;
 * - `owner_side_or_coordinator`: that side or any coordinator;
 * - `coordinators`: any coordinator (the role table already admits coordinators only).
 */
export type RecordAuthority = 'owner' | 'owner_or_coordinator' | 'owner_side' | 'owner_side_or_coordinator' | 'coordinators';

/**
 * One line of the record-authority table. `claims`: the first stored event of this type about a
 * record that has no owner yet makes its writer the owner. Events that act on someone else's record
 * (a disposition, a note publication) never claim it.
 */
export type RecordRule = { type: EventType; record: RecordKind; claims: boolean; may: RecordAuthority; why: string };

/**
 * Authority over records (issue 8): the owner of a record is the writer-assigned actor of its first
 * stored event (lowest `seq`), never whoever claims the earliest client time. Data, so the README
 * renders it and the tests walk it; the writer (planAppend) and the fold (foldEvents) apply it alike.
 */
export const RECORD_AUTHORITY: readonly RecordRule[] = [
  { type: 'annotation.created', record: 'annotation', claims: true, may: 'owner', why: 'an annotation is its author’s words; nobody else may re-create it under the same id' },
  { type: 'annotation.updated', record: 'annotation', claims: true, may: 'owner', why: 'only the author edits their words (client time orders their own edits, it grants nothing)' },
  { type: 'annotation.deleted', record: 'annotation', claims: true, may: 'owner', why: 'only the author withdraws their words, whatever time a delete claims' },
  { type: 'tag.created', record: 'tag', claims: true, may: 'owner_or_coordinator', why: 'a tag is one drafter’s reading of the document; coordinators tidy the document’s tags' },
  { type: 'tag.updated', record: 'tag', claims: true, may: 'owner_or_coordinator', why: 'as created' },
  { type: 'tag.removed', record: 'tag', claims: true, may: 'owner_or_coordinator', why: 'as created' },
  { type: 'commitment.upserted', record: 'commitment', claims: true, may: 'owner_side_or_coordinator', why: 'the side that drafts a commitment keeps its text (colleagues of one department share a document); the other side comments, proposes and signs; coordinators hold the pen on the final plan' },
  { type: 'proposal.submitted', record: 'proposal', claims: true, may: 'owner_or_coordinator', why: 'a proposal is what its proposer said; a coordinator may correct a transcription they entered for someone' },
  { type: 'proposal.disposed', record: 'proposal', claims: false, may: 'coordinators', why: 'the forum’s answer to a proposal, whoever proposed it, recorded by a coordinator (R9)' },
  { type: 'signoff.recorded', record: 'signoff', claims: true, may: 'owner', why: 'a sign-off step is its signatory’s act; a later step is a new record, never an edit of another’s' },
  { type: 'verdict.issued', record: 'verdict', claims: true, may: 'owner_side', why: 'the verdict is the CSN’s collective say; another CSN signatory may revise it' },
  { type: 'procedure.agreed', record: 'procedure', claims: true, may: 'coordinators', why: 'the procedure is kept jointly by the coordinators of both sides' },
  { type: 'workplan.updated', record: 'workplan', claims: true, may: 'coordinators', why: 'the work plan is kept jointly by the coordinators' },
  { type: 'meeting.scheduled', record: 'meeting', claims: true, may: 'owner_or_coordinator', why: 'the attendee who scheduled a meeting runs its record; a coordinator may correct it (title, time, chair), since chairing and attendance feed R18 and R24' },
  { type: 'meeting.updated', record: 'meeting', claims: true, may: 'owner_or_coordinator', why: 'as scheduled' },
  { type: 'meeting.held', record: 'meeting', claims: true, may: 'owner_or_coordinator', why: 'as scheduled: attendance is part of the meeting’s record' },
  { type: 'meeting.notes_published', record: 'meeting', claims: false, may: 'coordinators', why: 'coordinators publish the reviewed notes of any meeting' },
  { type: 'meeting.notes_drafted', record: 'meeting', claims: false, may: 'owner_or_coordinator', why: 'the note-taker who runs the meeting record sends its draft for review; a coordinator may send a corrected one' },
  { type: 'meeting.notes_approved', record: 'meeting', claims: false, may: 'coordinators', why: 'a co-chair approves the notes of any meeting for their side; approving never makes them the meeting’s owner' },
  { type: 'meeting.cancelled', record: 'meeting', claims: false, may: 'coordinators', why: 'a coordinator cancels any scheduled meeting, whoever scheduled it; cancelling never makes them its owner' },
  { type: 'stakeholder.upserted', record: 'stakeholder', claims: true, may: 'coordinators', why: 'the registry is kept jointly by the coordinators' },
  { type: 'outreach.logged', record: 'outreach', claims: true, may: 'coordinators', why: 'the outreach log is kept jointly by the coordinators' },
  { type: 'update.reported', record: 'update', claims: true, may: 'coordinators', why: 'tracker rows are kept jointly by the coordinators' },
  { type: 'plan.recorded', record: 'plan', claims: true, may: 'coordinators', why: 'the plan, its code lists and reporting periods are kept jointly by the coordinators' },
  { type: 'irm.assessed', record: 'irm', claims: true, may: 'coordinators', why: 'the IRM’s published findings are transcribed by the coordinators' },
];

const RULE_OF: ReadonlyMap<EventType, RecordRule> = new Map(RECORD_AUTHORITY.map((rule) => [rule.type, rule]));

/** The record-authority line of an event type. Every type has one (a test holds the table complete). */
export function recordRuleOf(type: EventType): RecordRule {
  return RULE_OF.get(type)!;
}

/** Who is writing, as far as record authority cares. */
export type RecordWriter = { memberId: string; side: Side; isCoordinator: boolean };

export type RecordJudgement = { ok: true } | { ok: false; code: 'forbidden'; message: BilingualText };

function mayChange(may: RecordAuthority, owner: RecordOwner, writer: RecordWriter): boolean {
  const isOwner = owner.memberId === writer.memberId;
  switch (may) {
    case 'owner':
      return isOwner;
    case 'owner_or_coordinator':
      return isOwner || writer.isCoordinator;
    case 'owner_side':
      return isOwner || owner.side === writer.side;
    case 'owner_side_or_coordinator':
      return isOwner || owner.side === writer.side || writer.isCoordinator;
    case 'coordinators':
      return isOwner || writer.isCoordinator;
  }
}

/**
 * judgeRecordChange's verdict without its message: the fold asks this of every stored event, and
 * building two translated sentences for each refused one cost it a third of its time.
 */
export function mayChangeRecord(event: ClientEvent, owner: RecordOwner | undefined, writer: RecordWriter): boolean {
  return owner === undefined || mayChange(recordRuleOf(event.type).may, owner, writer);
}

/**
 * Whether `writer` may write `event` about a record whose owner is `owner` (undefined: a new record,
 * which anyone the role table admits may create). Pure; the message names the record and who may.
 */
export function judgeRecordChange(event: ClientEvent, owner: RecordOwner | undefined, writer: RecordWriter): RecordJudgement {
  if (owner === undefined) return { ok: true };
  const rule = recordRuleOf(event.type);
  if (mayChange(rule.may, owner, writer)) return { ok: true };
  const id = recordKeyOf(event).slice(rule.record.length + 1);
  const message = (language: 'en' | 'fr') =>
    translate('integrity.forbidden.record', language, {
      kind: translate(`integrity.kind.${rule.record}`, language),
      id,
      owner: owner.memberId,
      who: translate(`integrity.who.${rule.may}`, language),
    });
  return { ok: false, code: 'forbidden', message: { en: message('en'), fr: message('fr') } };
}

/** Event types (and sign-off tracks) that the role table grants to coordinators alone. */
const COORDINATOR_ONLY = new Set(
  ROLE_TABLE.filter((rule) => rule.roles.length === 1 && rule.roles[0] === 'coordinator').map((rule) => `${rule.type}/${rule.track ?? ''}`),
);

/**
 * Members the log itself proves were coordinators: the writer stored an event of theirs that only a
 * coordinator may write. The fold has no members list (it runs on the events alone, wherever they were
 * pulled), so this is how it applies a table line's coordinator exception; a coordinator who never
 * wrote such an event keeps only an owner's authority in the views until they do.
 */
export function provenCoordinators(events: readonly StoredEvent[]): Set<string> {
  const proven = new Set<string>();
  for (const event of events) {
    const track = event.type === 'signoff.recorded' ? event.payload.track : '';
    if (COORDINATOR_ONLY.has(`${event.type}/${track}`)) proven.add(event.actor.memberId);
  }
  return proven;
}
