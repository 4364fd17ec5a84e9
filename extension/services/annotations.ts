import { Annotation } from '../../shared/domain/annotation.ts';
import { type FieldError, type ParseResult, parseValue } from '../../shared/domain/parse-value.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import { AnnotationRecord } from './annotation-record.ts';
import type { CocreateDb } from './db.ts';
import type { LocalEnv } from './local-env.ts';
import { makeEnvelope } from './make-envelope.ts';
import { enqueueEvent } from './outbox.ts';
import { STORAGE_FAILED, writeTogether } from './write-together.ts';

const STORES = ['annotations', 'outbox', 'meta'] as const;

const notFound = (id: string): FieldError => ({
  path: 'id',
  code: 'not_found',
  message: bilingualMessage('sync.error.annotationNotFound', { id }),
});

/** The `annotation.*` payload of a record: the domain fields only, no local bookkeeping. */
export function annotationPayload(record: AnnotationRecord): Annotation {
  const { v: _v, id: _id, createdAt: _c, updatedAt: _u, deleted: _d, ...payload } = record;
  return payload;
}

/**
 * Records an annotation and queues its `annotation.created` event in ONE transaction, so what the
 * side panel shows as saved is also on its way to the ledger. Refused input writes nothing.
 */
export async function createAnnotation(db: CocreateDb, input: unknown, env: LocalEnv): Promise<ParseResult<AnnotationRecord>> {
  const parsed = parseValue(Annotation, input);
  if (!parsed.ok) return parsed;
  const at = env.now().toISOString();
  const record: AnnotationRecord = { v: 1, id: env.newId(), ...parsed.value, createdAt: at, updatedAt: at, deleted: false };
  const event = makeEnvelope('annotation.created', record.id, parsed.value, env);
  if (!event.ok) return event;
  const written = await writeTogether(db, [...STORES], async (tx) => {
    await tx.objectStore('annotations').add(record);
    await enqueueEvent(tx, event.value, at);
  });
  return written.ok ? { ok: true, value: record } : { ok: false, errors: [STORAGE_FAILED] };
}

/** Fields an attendee may change after the fact; the meeting stays the same. */
export type AnnotationChange = Partial<Omit<Annotation, 'meetingId'>>;

/**
 * Edits an annotation and queues `annotation.updated` (a full snapshot, so a cleared field is
 * cleared in the ledger too). `undefined` in the change clears an optional field.
 */
export async function updateAnnotation(
  db: CocreateDb,
  id: string,
  change: AnnotationChange,
  env: LocalEnv,
): Promise<ParseResult<AnnotationRecord>> {
  const at = env.now().toISOString();
  let refused: FieldError[] | undefined;
  const written = await writeTogether(db, [...STORES], async (tx) => {
    const current = await tx.objectStore('annotations').get(id);
    if (!current || current.deleted) {
      refused = [notFound(id)];
      return undefined;
    }
    const merged: Record<string, unknown> = { ...annotationPayload(current), ...change, meetingId: current.meetingId };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    const payload = parseValue(Annotation, merged);
    if (!payload.ok) {
      refused = payload.errors;
      return undefined;
    }
    const event = makeEnvelope('annotation.updated', id, payload.value, env);
    if (!event.ok) {
      refused = event.errors;
      return undefined;
    }
    const next = AnnotationRecord.parse({ ...payload.value, v: 1, id, createdAt: current.createdAt, updatedAt: at, deleted: false });
    await tx.objectStore('annotations').put(next);
    await enqueueEvent(tx, event.value, at);
    return next;
  });
  if (refused) return { ok: false, errors: refused };
  return written.ok && written.value ? { ok: true, value: written.value } : { ok: false, errors: [STORAGE_FAILED] };
}

/**
 * Deletes by tombstone: the row stays (marked `deleted`, hidden from lists) and
 * `annotation.deleted` is queued, so the deletion reaches the ledger and nothing is lost.
 */
export async function deleteAnnotation(db: CocreateDb, id: string, env: LocalEnv): Promise<ParseResult<AnnotationRecord>> {
  const at = env.now().toISOString();
  let missing = false;
  const written = await writeTogether(db, [...STORES], async (tx) => {
    const current = await tx.objectStore('annotations').get(id);
    if (!current || current.deleted) {
      missing = true;
      return undefined;
    }
    const event = makeEnvelope('annotation.deleted', id, { meetingId: current.meetingId }, env);
    if (!event.ok) throw new Error('annotation.deleted refused by the catalogue');
    const next: AnnotationRecord = { ...current, deleted: true, updatedAt: at };
    await tx.objectStore('annotations').put(next);
    await enqueueEvent(tx, event.value, at);
    return next;
  });
  if (missing) return { ok: false, errors: [notFound(id)] };
  return written.ok && written.value ? { ok: true, value: written.value } : { ok: false, errors: [STORAGE_FAILED] };
}

/** A meeting's annotations in meeting order (offset, then creation time); tombstones only on request. */
export async function listAnnotations(
  db: CocreateDb,
  meetingId: string,
  options: { includeDeleted?: boolean } = {},
): Promise<AnnotationRecord[]> {
  const all = await db.getAllFromIndex('annotations', 'byMeeting', meetingId);
  return all
    .filter((record) => options.includeDeleted || !record.deleted)
    .sort(
      (a, b) =>
        (a.offsetMs ?? Number.POSITIVE_INFINITY) - (b.offsetMs ?? Number.POSITIVE_INFINITY) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    );
}
