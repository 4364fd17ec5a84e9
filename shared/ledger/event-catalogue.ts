import * as z from 'zod/mini';
import { Id } from '../domain/id.ts';
import { type ParseResult, parseValue } from '../domain/parse-value.ts';
import { bilingualMessage } from '../i18n/translate.ts';
import { findOversizedText } from '../protocol/find-oversized-text.ts';
import { MAX_TEXT_LENGTH } from '../protocol/limits.ts';
import { ClientEnvelope, StoredEnvelope } from './event-envelope.ts';
import type { EventType } from './event-type.ts';
import {
  AnnotationCreatedPayload,
  AnnotationDeletedPayload,
  AnnotationUpdatedPayload,
} from './events/annotation-payloads.ts';
import { CommitmentUpsertedPayload } from './events/commitment-payloads.ts';
import {
  MeetingHeldPayload,
  MeetingNotesApprovedPayload,
  MeetingCancelledPayload,
  MeetingNotesDraftedPayload,
  MeetingNotesPublishedPayload,
  MeetingSnapshotPayload,
  StoredMeetingSnapshotPayload,
} from './events/meeting-payloads.ts';
import { withDefaultEntityId } from './default-entity-id.ts';
import { findForeignField } from './find-foreign-field.ts';
import { formatPath } from '../domain/parse-value.ts';
import { ProposalDisposedPayload, ProposalSubmittedPayload } from './events/proposal-payloads.ts';
import {
  OutreachLoggedPayload,
  StakeholderUpsertedPayload,
  UpdateReportedPayload,
  WorkplanUpdatedPayload,
} from './events/registry-payloads.ts';
import { ProcedureAgreedPayload, SignOffRecordedPayload, VerdictIssuedPayload } from './events/sign-off-payloads.ts';
import { TagRemovedPayload, TagSnapshotPayload } from './events/tag-payloads.ts';
import { IrmAssessedPayload, PlanRecordedPayload } from './events/public-record-payloads.ts';

/** The payload schema of every v1 event type (docs/ledger-events.md renders this table). */
export const EVENT_PAYLOADS = {
  'annotation.created': AnnotationCreatedPayload,
  'annotation.updated': AnnotationUpdatedPayload,
  'annotation.deleted': AnnotationDeletedPayload,
  'tag.created': TagSnapshotPayload,
  'tag.updated': TagSnapshotPayload,
  'tag.removed': TagRemovedPayload,
  'commitment.upserted': CommitmentUpsertedPayload,
  'proposal.submitted': ProposalSubmittedPayload,
  'proposal.disposed': ProposalDisposedPayload,
  'signoff.recorded': SignOffRecordedPayload,
  'verdict.issued': VerdictIssuedPayload,
  'procedure.agreed': ProcedureAgreedPayload,
  'workplan.updated': WorkplanUpdatedPayload,
  'meeting.scheduled': MeetingSnapshotPayload,
  'meeting.updated': MeetingSnapshotPayload,
  'meeting.held': MeetingHeldPayload,
  'meeting.notes_published': MeetingNotesPublishedPayload,
  'meeting.notes_drafted': MeetingNotesDraftedPayload,
  'meeting.notes_approved': MeetingNotesApprovedPayload,
  'meeting.cancelled': MeetingCancelledPayload,
  'stakeholder.upserted': StakeholderUpsertedPayload,
  'outreach.logged': OutreachLoggedPayload,
  'update.reported': UpdateReportedPayload,
  'plan.recorded': PlanRecordedPayload,
  'irm.assessed': IrmAssessedPayload,
} as const satisfies Record<EventType, z.ZodMiniType>;

export type PayloadOf<T extends EventType> = z.infer<(typeof EVENT_PAYLOADS)[T]>;

/**
 * Payload schemas for reading stored events: the client's, except where a client rule is newer than
 * events already stored (a snapshot's notes status), so an old log still reads whole and the fold
 * decides what such a field may show.
 */
const STORED_PAYLOADS = {
  ...EVENT_PAYLOADS,
  'meeting.scheduled': StoredMeetingSnapshotPayload,
  'meeting.updated': StoredMeetingSnapshotPayload,
} as const satisfies Record<EventType, z.ZodMiniType>;

/**
 * Types whose payload does not name the record it is about: the envelope's `entityId` does (for
 * `annotation.created` a client may leave it out: it then defaults to the event id).
 */
export const TYPES_NEEDING_ENTITY_ID = [
  'annotation.created',
  'annotation.updated',
  'annotation.deleted',
  'tag.removed',
] as const satisfies readonly EventType[];

const client = <T extends EventType>(type: T) =>
  z.object({ ...ClientEnvelope.shape, type: z.literal(type), payload: EVENT_PAYLOADS[type] });
const clientWithEntity = <T extends EventType>(type: T) =>
  z.object({ ...ClientEnvelope.shape, type: z.literal(type), entityId: Id, payload: EVENT_PAYLOADS[type] });
const stored = <T extends EventType>(type: T) =>
  z.object({ ...StoredEnvelope.shape, type: z.literal(type), payload: STORED_PAYLOADS[type] });
const storedWithEntity = <T extends EventType>(type: T) =>
  z.object({ ...StoredEnvelope.shape, type: z.literal(type), entityId: Id, payload: STORED_PAYLOADS[type] });

/**
 * The record an event is about: the annotation or tag id from the envelope, otherwise the id inside
 * the payload. `update.reported` has no id of its own; its key is (reportingPeriod, indicatorCode), R8.
 */
export function entityKeyOf(event: ClientEvent): string {
  switch (event.type) {
    case 'annotation.created':
    case 'annotation.updated':
    case 'annotation.deleted':
    case 'tag.removed':
      return event.entityId;
    case 'tag.created':
    case 'tag.updated':
      return event.payload.tag.id;
    case 'commitment.upserted':
      return event.payload.commitment.id;
    case 'proposal.submitted':
      return event.payload.proposal.id;
    case 'proposal.disposed':
      return event.payload.proposalId;
    case 'signoff.recorded':
      return event.payload.id;
    case 'verdict.issued':
      return event.payload.verdict.id;
    case 'procedure.agreed':
      return event.payload.procedure.id;
    case 'workplan.updated':
      return event.payload.workplan.id;
    case 'meeting.scheduled':
    case 'meeting.updated':
      return event.payload.meeting.id;
    case 'meeting.held':
    case 'meeting.notes_published':
    case 'meeting.notes_drafted':
    case 'meeting.notes_approved':
    case 'meeting.cancelled':
      return event.payload.meetingId;
    case 'stakeholder.upserted':
      return event.payload.stakeholder.id;
    case 'outreach.logged':
      return event.payload.activity.id;
    case 'update.reported':
      return `${event.payload.update.reportingPeriod}/${event.payload.update.indicatorCode}`;
    case 'plan.recorded':
      return event.payload.plan.id;
    case 'irm.assessed':
      return event.payload.assessment.id;
  }
}

/** An `entityId` the client sets on a snapshot event must name the same record as its payload. */
const entityConsistent = z.refine<ClientEvent>(
  (event) => {
    try {
      return event.entityId === undefined || event.entityId === entityKeyOf(event);
    } catch {
      return false; // zod runs this only on an otherwise valid event; the guard keeps parsing total anyway
    }
  },
  { error: 'ledger.invalid.entityMismatch', path: ['entityId'] },
);

const clientOptions = [
  clientWithEntity('annotation.created'),
  clientWithEntity('annotation.updated'),
  clientWithEntity('annotation.deleted'),
  client('tag.created'),
  client('tag.updated'),
  clientWithEntity('tag.removed'),
  client('commitment.upserted'),
  client('proposal.submitted'),
  client('proposal.disposed'),
  client('signoff.recorded'),
  client('verdict.issued'),
  client('procedure.agreed'),
  client('workplan.updated'),
  client('meeting.scheduled'),
  client('meeting.updated'),
  client('meeting.held'),
  client('meeting.notes_published'),
  client('meeting.notes_drafted'),
  client('meeting.notes_approved'),
  client('meeting.cancelled'),
  client('stakeholder.upserted'),
  client('outreach.logged'),
  client('update.reported'),
  client('plan.recorded'),
  client('irm.assessed'),
] as const;

const storedOptions = [
  storedWithEntity('annotation.created'),
  storedWithEntity('annotation.updated'),
  storedWithEntity('annotation.deleted'),
  stored('tag.created'),
  stored('tag.updated'),
  storedWithEntity('tag.removed'),
  stored('commitment.upserted'),
  stored('proposal.submitted'),
  stored('proposal.disposed'),
  stored('signoff.recorded'),
  stored('verdict.issued'),
  stored('procedure.agreed'),
  stored('workplan.updated'),
  stored('meeting.scheduled'),
  stored('meeting.updated'),
  stored('meeting.held'),
  stored('meeting.notes_published'),
  stored('meeting.notes_drafted'),
  stored('meeting.notes_approved'),
  stored('meeting.cancelled'),
  stored('stakeholder.upserted'),
  stored('outreach.logged'),
  stored('update.reported'),
  stored('plan.recorded'),
  stored('irm.assessed'),
] as const;

/** What a client posts: the envelope with the payload of its type. */
export const ClientEvent = z.discriminatedUnion('type', [...clientOptions]);
export type ClientEvent = z.infer<typeof ClientEvent>;

/** What the ledger stores: the stored envelope (seq, receivedAt, actor, prevHash, hash) with its typed payload. */
export const StoredEvent = z.discriminatedUnion('type', [...storedOptions]);
export type StoredEvent = z.infer<typeof StoredEvent>;

/** One event of one type, e.g. `ClientEventOf<'meeting.held'>`. */
export type ClientEventOf<T extends EventType> = Extract<ClientEvent, { type: T }>;
export type StoredEventOf<T extends EventType> = Extract<StoredEvent, { type: T }>;

const CheckedClientEvent = ClientEvent.check(entityConsistent);

/**
 * Parses one event a client sent. Never throws; errors name each field (`payload.text`) in English
 * and French. A text over MAX_TEXT_LENGTH is refused, never cut. Payloads are strict: a field the
 * event type's schema does not name (a disposition in `proposal.submitted`, a verdict outside
 * `verdict.issued`) is refused, not dropped, so an event carries only its own facts. Envelope fields
 * only the writer sets (actor, seq, hashes) are ignored: the writer sets its own.
 */
export function parseClientEvent(value: unknown): ParseResult<ClientEvent> {
  const oversized = findOversizedText(value);
  if (oversized !== undefined) {
    return {
      ok: false,
      errors: [{ path: oversized, code: 'too_big', message: bilingualMessage('schema.tooLong', { maximum: MAX_TEXT_LENGTH }) }],
    };
  }
  const input = withDefaultEntityId(value);
  const parsed = parseValue(CheckedClientEvent, input);
  if (!parsed.ok) return parsed;
  const foreign = findForeignField((input as { payload?: unknown }).payload, parsed.value.payload);
  if (foreign !== undefined) {
    return {
      ok: false,
      errors: [
        {
          path: formatPath(['payload', ...foreign]),
          code: 'unrecognized_keys',
          message: bilingualMessage('integrity.invalid.foreignField', { type: parsed.value.type }),
        },
      ],
    };
  }
  return parsed;
}

/** Parses an event as stored (a pulled event, a decoded event-log row). */
export function parseStoredEvent(value: unknown): ParseResult<StoredEvent> {
  return parseValue(StoredEvent, value);
}
