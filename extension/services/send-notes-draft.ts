import type { FieldError, ParseResult } from '../../shared/domain/parse-value.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import type { CocreateDb } from './db.ts';
import type { LocalEnv } from './local-env.ts';
import { makeEnvelope } from './make-envelope.ts';
import type { MeetingRecord } from './meeting-record.ts';
import { notFound, STORES } from './meetings.ts';
import { enqueueEvent } from './outbox.ts';
import { STORAGE_FAILED, writeTogether } from './write-together.ts';

// Apart from meetings.ts: only the notes page sends drafts, so the side panel ships none of this.

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
    if (current.joined && !current.joined.maySendDraft) {
      refused = [{ path: '', code: 'forbidden', message: bilingualMessage('join.error.draftNotYours', { name: current.joined.ownerName }) }];
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
