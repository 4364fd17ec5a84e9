import { type FieldError, type ParseResult, parseValue } from '../../shared/domain/parse-value.ts';
import { type Attendee, Meeting } from '../../shared/domain/meeting.ts';
import type { JoinableMeeting } from '../../shared/protocol/extension-messages.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import type { CocreateDb } from './db.ts';
import type { LocalEnv } from './local-env.ts';
import { makeEnvelope } from './make-envelope.ts';
import type { MeetingRecord } from './meeting-record.ts';
import { enqueueEvent } from './outbox.ts';
import { STORAGE_FAILED, writeTogether } from './write-together.ts';

export const STORES = ['meetings', 'outbox', 'meta'] as const;

export const notFound = (id: string): FieldError => ({
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
    // A joiner ends their own participation; the meeting's record is its owner's to close.
    if (held && (!current.joined || current.joined.ownsRecord)) {
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

/**
 * Joins a meeting the ledger holds: this computer annotates that very meeting (same id), saved here
 * first as a meeting started here is, with `me` added to its attendance when missing. Nothing is
 * queued: the record exists already. Its clock counts from the scheduled start when the meeting is
 * on (every attendee's offsets then agree), from now when joined early. The background calls it
 * (ledger-mirror.ts joinLedgerMeeting) with an entry and rights it worked out from the ledger itself.
 */
export async function joinMeeting(db: CocreateDb, entry: JoinableMeeting, me: Attendee | undefined, env: Pick<LocalEnv, 'now'>): Promise<MeetingRecord | undefined> {
  const { meeting, ownerName, ownsRecord, maySendDraft } = entry;
  const at = env.now().toISOString();
  const listed = !me || meeting.attendees.some((person) => person.name === me.name);
  const record: MeetingRecord = {
    v: 1,
    id: meeting.id,
    meeting: listed ? meeting : { ...meeting, attendees: [...meeting.attendees, me] },
    startedAt: Date.parse(meeting.startsAt) < Date.parse(at) ? meeting.startsAt : at,
    updatedAt: at,
    joined: { ownerName, ownsRecord, maySendDraft },
  };
  // `add`, not `put`: joining a meeting this computer already holds leaves it as it is.
  return db.add('meetings', record).then(
    () => record,
    async () => (await db.get('meetings', meeting.id).catch(() => undefined)),
  );
}

/** Marks the moment the meeting started; annotation offsets count from it. Starting twice keeps the first. */
export function startMeeting(db: CocreateDb, id: string, env: LocalEnv): Promise<ParseResult<MeetingRecord>> {
  return changeMeeting(db, id, env, (record, at) => ({
    record: { ...record, startedAt: record.startedAt ?? at, updatedAt: at },
    held: false,
  }));
}

/**
 * Ends the meeting and queues `meeting.held` (once: ending again changes nothing). For a joined
 * meeting whose record is another member's, only this computer's participation ends: nothing is queued.
 */
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

/** Milliseconds since the meeting started, for stamping an annotation; undefined before it starts. */
export function offsetSinceStart(record: MeetingRecord, now: Date): number | undefined {
  if (!record.startedAt) return undefined;
  return Math.max(0, now.getTime() - Date.parse(record.startedAt));
}
