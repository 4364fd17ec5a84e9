import * as z from 'zod/mini';
import { Id } from '../../domain/id.ts';
import { HttpUrl } from '../../domain/http-url.ts';
import { IsoDateTime } from '../../domain/iso-time.ts';
import { Attendee, Meeting } from '../../domain/meeting.ts';
import { Sha256Hex } from '../event-envelope.ts';

/** `meeting.scheduled` and `meeting.updated`: a snapshot of the meeting record. */
export const MeetingSnapshotPayload = z.object({ meeting: Meeting });
export type MeetingSnapshotPayload = z.infer<typeof MeetingSnapshotPayload>;

/** `meeting.held`: the meeting took place; attendance by side feeds R24 and the dashboard. */
export const MeetingHeldPayload = z
  .object({
    meetingId: Id,
    startedAt: IsoDateTime,
    endedAt: z.optional(IsoDateTime),
    attendees: z.optional(z.array(Attendee)),
  })
  .check(
    z.refine((held) => held.endedAt === undefined || Date.parse(held.startedAt) <= Date.parse(held.endedAt), {
      error: 'domain.error.endsBeforeStart',
      path: ['endedAt'],
    }),
  );
export type MeetingHeldPayload = z.infer<typeof MeetingHeldPayload>;

/**
 * `meeting.notes_published`: notes are out in one language or both. `headHash` is the ledger head
 * printed in the notes, so a copy of the chain head exists outside the sheet.
 */
export const MeetingNotesPublishedPayload = z.object({
  meetingId: Id,
  language: z.enum(['en', 'fr', 'bilingual']),
  url: z.optional(HttpUrl),
  headHash: Sha256Hex,
});
export type MeetingNotesPublishedPayload = z.infer<typeof MeetingNotesPublishedPayload>;

/** How a notes draft attributes statements: by the speaker's name, by their side, or not at all. */
export const NotesAttribution = z.enum(['name', 'side', 'none']);
export type NotesAttribution = z.infer<typeof NotesAttribution>;

/**
 * `meeting.notes_drafted`: a note-taker sends the corrected notes to the coordinators for review
 * ("Send the draft to the coordinators"). The draft is the annotations named here as the ledger holds
 * them (their corrections are `annotation.updated` events), in these languages, attributed so.
 */
export const MeetingNotesDraftedPayload = z.object({
  meetingId: Id,
  attribution: NotesAttribution,
  languages: z
    .array(z.enum(['en', 'fr']))
    .check(
      z.minLength(1),
      z.maxLength(2),
      z.refine((languages) => new Set(languages).size === languages.length, { error: 'notes.error.duplicateLanguage' }),
    ),
  annotationIds: z.array(Id).check(z.maxLength(5000)),
});
export type MeetingNotesDraftedPayload = z.infer<typeof MeetingNotesDraftedPayload>;
