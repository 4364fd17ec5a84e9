import * as z from 'zod/mini';
import { Id } from '../../domain/id.ts';
import { RequiredText } from '../../domain/free-text.ts';
import { HttpUrl } from '../../domain/http-url.ts';
import { IsoDateTime } from '../../domain/iso-time.ts';
import { Attendee, Meeting } from '../../domain/meeting.ts';
import { Sha256Hex } from '../event-envelope.ts';

const { notesUrl: _url, heldAt: _held, notesPublishedAt: _published, ...snapshotFields } = Meeting.shape;

/** The meeting as a snapshot may state it: what was planned, not what happened since. */
const SnapshotMeeting = z.object(snapshotFields).check(
  z.refine((meeting) => meeting.endsAt === undefined || Date.parse(meeting.startsAt) < Date.parse(meeting.endsAt), {
    error: 'domain.error.endsBeforeStart',
    path: ['endsAt'],
  }),
);

/**
 * `meeting.scheduled` and `meeting.updated` as stored: a snapshot of the meeting record. When it was
 * held comes from `meeting.held`, the notes' link and publication from the notes events; old logs may
 * hold a notes status here, which the views read only up to `reviewed` (only publication publishes).
 */
export const StoredMeetingSnapshotPayload = z.object({ meeting: SnapshotMeeting });

/**
 * `meeting.scheduled` and `meeting.updated` as a client sends them: as stored, and the notes status
 * is `none` in both languages (the extension always sends that); drafting, approval and publication
 * are their own events, written by whoever may write them.
 */
export const MeetingSnapshotPayload = StoredMeetingSnapshotPayload.check(
  z.refine((payload) => payload.meeting.notesStatus.en === 'none' && payload.meeting.notesStatus.fr === 'none', {
    error: 'integrity.invalid.notesInSnapshot',
    path: ['meeting', 'notesStatus'],
  }),
);
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
  /** The draft version both co-chairs approved (`meeting.notes_approved`); absent in logs written before approval existed. */
  draftHash: z.optional(Sha256Hex),
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

/**
 * `meeting.notes_approved`: one co-chair approves a notes draft for their side. The side is the
 * approver's own (the writer's `actor.side`, from the Members tab), never a payload field, so nobody
 * approves for the other side. `draftHash` names the draft version approved: the notes as they would
 * print (the draft's statements as the ledger holds them now), so a statement corrected after the
 * approval makes it stale and publication waits for both sides again.
 */
export const MeetingNotesApprovedPayload = z.object({
  meetingId: Id,
  draftEventId: Id,
  draftHash: Sha256Hex,
});
export type MeetingNotesApprovedPayload = z.infer<typeof MeetingNotesApprovedPayload>;

/**
 * `meeting.cancelled`: a coordinator calls off a scheduled meeting, saying why in English and French
 * (attendees read it in the calendar and the repository). The meeting record stays (its history, R18's
 * rotation) and shows as cancelled; its ICS entry becomes `STATUS:CANCELLED` so calendars remove it.
 */
export const MeetingCancelledPayload = z.object({
  meetingId: Id,
  reason: z.object({ en: RequiredText, fr: RequiredText }),
});
export type MeetingCancelledPayload = z.infer<typeof MeetingCancelledPayload>;
