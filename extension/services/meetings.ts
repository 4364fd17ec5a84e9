import { type FieldError, type ParseResult, parseValue } from '../../shared/domain/parse-value.ts';
import { Meeting } from '../../shared/domain/meeting.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import type { CocreateDb } from './db.ts';
import type { LocalEnv } from './local-env.ts';
import { makeEnvelope } from './make-envelope.ts';
import type { MeetingRecord } from './meeting-record.ts';
import { enqueueEvent } from './outbox.ts';
import { STORAGE_FAILED, writeTogether } from './write-together.ts';

const STORES = ['meetings', 'outbox', 'meta'] as const;

const notFound = (id: string): FieldError => ({
  path: 'id',
  code: 'not_found',
  message: bilingualMessage('sync.error.meetingNotFound', { id }),
});

/**
 * Saves a meeting (a new one gets an id) and queues `meeting.scheduled` the first time,
 * `meeting.updated` after, both as full snapshots, in the same transaction.
 */
export async function saveMeeting(db: CocreateDb, input: unknown, env: LocalEnv): Promise<ParseResult<MeetingRecord>> {
  const withId =
    input && typeof input === 'object' && !('id' in input && (input as { id?: unknown }).id)
      ? { ...input, id: env.newId() }
      : input;
  const parsed = parseValue(Meeting, withId);
  if (!parsed.ok) return parsed;
  const meeting = parsed.value;
  const at = env.now().toISOString();
  const written = await writeTogether(db, [...STORES], async (tx) => {
    const current = await tx.objectStore('meetings').get(meeting.id);
    const record: MeetingRecord = { ...current, v: 1, id: meeting.id, meeting, updatedAt: at };
    await tx.objectStore('meetings').put(record);
    const event = makeEnvelope(current ? 'meeting.updated' : 'meeting.scheduled', undefined, { meeting }, env);
    if (!event.ok) throw new Error('meeting snapshot refused by the catalogue');
    await enqueueEvent(tx, event.value, at);
    return record;
  });
  return written.ok ? { ok: true, value: written.value } : { ok: false, errors: [STORAGE_FAILED] };
}

export async function getMeeting(db: CocreateDb, id: string): Promise<MeetingRecord | undefined> {
  return db.get('meetings', id);
}

/** Newest first, by when they start. */
export async function listMeetings(db: CocreateDb): Promise<MeetingRecord[]> {
  const all = await db.getAll('meetings');
  return all.sort((a, b) => b.meeting.startsAt.localeCompare(a.meeting.startsAt) || a.id.localeCompare(b.id));
}

async function changeMeeting(
  db: CocreateDb,
  id: string,
  env: LocalEnv,
  apply: (record: MeetingRecord, at: string) => { record: MeetingRecord; held: boolean },
): Promise<ParseResult<MeetingRecord>> {
  const at = env.now().toISOString();
  let missing = false;
  const written = await writeTogether(db, [...STORES], async (tx) => {
    const current = await tx.objectStore('meetings').get(id);
    if (!current) {
      missing = true;
      return undefined;
    }
    const { record, held } = apply(current, at);
    await tx.objectStore('meetings').put(record);
    if (held) {
      const payload = { meetingId: id, startedAt: record.startedAt, endedAt: record.endedAt, attendees: record.meeting.attendees };
      const event = makeEnvelope('meeting.held', undefined, payload, env);
      if (!event.ok) throw new Error('meeting.held refused by the catalogue');
      await enqueueEvent(tx, event.value, at);
    }
    return record;
  });
  if (missing) return { ok: false, errors: [notFound(id)] };
  return written.ok && written.value ? { ok: true, value: written.value } : { ok: false, errors: [STORAGE_FAILED] };
}

/** Marks the moment the meeting started; annotation offsets count from it. Starting twice keeps the first. */
export function startMeeting(db: CocreateDb, id: string, env: LocalEnv): Promise<ParseResult<MeetingRecord>> {
  return changeMeeting(db, id, env, (record, at) => ({
    record: { ...record, startedAt: record.startedAt ?? at, updatedAt: at },
    held: false,
  }));
}

/** Ends the meeting and queues `meeting.held` (once: ending again changes nothing). */
export function endMeeting(db: CocreateDb, id: string, env: LocalEnv): Promise<ParseResult<MeetingRecord>> {
  return changeMeeting(db, id, env, (record, at) =>
    record.endedAt
      ? { record, held: false }
      : {
          record: {
            ...record,
            meeting: { ...record.meeting, heldAt: record.meeting.heldAt ?? record.startedAt ?? at },
            startedAt: record.startedAt ?? at,
            endedAt: at,
            updatedAt: at,
          },
          held: true,
        },
  );
}

/** What the note-taker sends for review: how the notes attribute, in which languages, which annotations. */
export type NotesDraft = { attribution: 'name' | 'side' | 'none'; languages: Array<'en' | 'fr'>; annotationIds: string[] };

/**
 * "Send the draft to the coordinators": queues `meeting.notes_drafted` and notes when it was sent,
 * in one transaction. The draft's text is the annotations as they stand (their corrections are
 * already `annotation.updated` events ahead of it in the outbox). Refused input writes nothing.
 */
export async function sendNotesDraft(db: CocreateDb, id: string, draft: NotesDraft, env: LocalEnv): Promise<ParseResult<MeetingRecord>> {
  const at = env.now().toISOString();
  let missing = false;
  let refused: FieldError[] | undefined;
  const written = await writeTogether(db, [...STORES], async (tx) => {
    const current = await tx.objectStore('meetings').get(id);
    if (!current) {
      missing = true;
      return undefined;
    }
    const event = makeEnvelope('meeting.notes_drafted', undefined, { meetingId: id, ...draft }, env);
    if (!event.ok) {
      refused = event.errors;
      return undefined;
    }
    const record: MeetingRecord = { ...current, draftSentAt: at, updatedAt: at };
    await tx.objectStore('meetings').put(record);
    await enqueueEvent(tx, event.value, at);
    return record;
  });
  if (missing) return { ok: false, errors: [notFound(id)] };
  if (refused) return { ok: false, errors: refused };
  return written.ok && written.value ? { ok: true, value: written.value } : { ok: false, errors: [STORAGE_FAILED] };
}

/** How the meeting's attribution setting is named in a notes draft. */
export function draftAttribution(attribution: MeetingRecord['meeting']['attribution']): NotesDraft['attribution'] {
  return attribution === 'by_name' ? 'name' : attribution === 'by_side' ? 'side' : 'none';
}

/** Milliseconds since the meeting started, for stamping an annotation; undefined before it starts. */
export function offsetSinceStart(record: MeetingRecord, now: Date): number | undefined {
  if (!record.startedAt) return undefined;
  return Math.max(0, now.getTime() - Date.parse(record.startedAt));
}
