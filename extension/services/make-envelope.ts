import * as z from 'zod/mini';
import { Id } from '../../shared/domain/id.ts';
import { type ParseResult, parseValue } from '../../shared/domain/parse-value.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import type { ClientEventOf } from '../../shared/ledger/event-catalogue.ts';
import { ClientEnvelope } from '../../shared/ledger/event-envelope.ts';
import {
  AnnotationCreatedPayload,
  AnnotationDeletedPayload,
  AnnotationUpdatedPayload,
} from '../../shared/ledger/events/annotation-payloads.ts';
import { MeetingHeldPayload, MeetingNotesDraftedPayload, MeetingSnapshotPayload } from '../../shared/ledger/events/meeting-payloads.ts';
import { withDefaultEntityId } from '../../shared/ledger/default-entity-id.ts';
import { findForeignField } from '../../shared/ledger/find-foreign-field.ts';
import { findOversizedText } from '../../shared/protocol/find-oversized-text.ts';
import { formatPath } from '../../shared/domain/parse-value.ts';
import { MAX_TEXT_LENGTH } from '../../shared/protocol/limits.ts';
import type { LocalEnv } from './local-env.ts';

/** The event types the extension writes; the pages never make any other. */
export type ExtensionEventType =
  | 'annotation.created'
  | 'annotation.updated'
  | 'annotation.deleted'
  | 'meeting.scheduled'
  | 'meeting.updated'
  | 'meeting.held'
  | 'meeting.notes_drafted';
export type ExtensionEvent = ClientEventOf<ExtensionEventType>;

const withEntity = <T extends ExtensionEventType, P extends z.ZodMiniType>(type: T, payload: P) =>
  z.object({ ...ClientEnvelope.shape, type: z.literal(type), entityId: Id, payload });
const withoutEntity = <T extends ExtensionEventType, P extends z.ZodMiniType>(type: T, payload: P) =>
  z.object({ ...ClientEnvelope.shape, type: z.literal(type), entityId: z.optional(z.undefined()), payload });

/**
 * The ledger catalogue's schemas for just these seven types (the pages would otherwise ship every
 * payload schema of the ledger, DESIGN §8 size budget); tests hold it to the catalogue's verdicts.
 * Meeting events carry no `entityId`: the payload names the meeting.
 */
const ExtensionEventSchema = z.discriminatedUnion('type', [
  withEntity('annotation.created', AnnotationCreatedPayload),
  withEntity('annotation.updated', AnnotationUpdatedPayload),
  withEntity('annotation.deleted', AnnotationDeletedPayload),
  withoutEntity('meeting.scheduled', MeetingSnapshotPayload),
  withoutEntity('meeting.updated', MeetingSnapshotPayload),
  withoutEntity('meeting.held', MeetingHeldPayload),
  withoutEntity('meeting.notes_drafted', MeetingNotesDraftedPayload),
]);

/** Checks an event as the ledger's catalogue would (texts over MAX_TEXT_LENGTH refused, never cut). */
export function parseExtensionEvent(value: unknown): ParseResult<ExtensionEvent> {
  const oversized = findOversizedText(value);
  if (oversized !== undefined) {
    return {
      ok: false,
      errors: [{ path: oversized, code: 'too_big', message: bilingualMessage('schema.tooLong', { maximum: MAX_TEXT_LENGTH }) }],
    };
  }
  // As the catalogue: `annotation.created` may leave entityId out, and a payload field the type does
  // not name is refused rather than dropped (issue 8), so the panel never queues what the ledger refuses.
  const input = withDefaultEntityId(value);
  const parsed = parseValue(ExtensionEventSchema, input) as ParseResult<ExtensionEvent>;
  if (!parsed.ok) return parsed;
  const foreign = findForeignField((input as { payload?: unknown }).payload, parsed.value.payload);
  if (foreign === undefined) return parsed;
  const message = bilingualMessage('integrity.invalid.foreignField', { type: parsed.value.type });
  return { ok: false, errors: [{ path: formatPath(['payload', ...foreign]), code: 'unrecognized_keys', message }] };
}

/**
 * A client event made by the extension, checked before it is queued (so the ledger will not refuse
 * its shape). Its fresh id is kept for every retry.
 */
export function makeEnvelope(
  type: ExtensionEventType,
  entityId: string | undefined,
  payload: unknown,
  env: LocalEnv,
): ParseResult<ExtensionEvent> {
  return parseExtensionEvent({
    v: 1,
    id: env.newId(),
    type,
    at: env.now().toISOString(),
    source: 'extension',
    ...(entityId === undefined ? {} : { entityId }),
    payload,
  });
}
