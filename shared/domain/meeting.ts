import * as z from 'zod/mini';
import { FreeText } from './free-text.ts';
import { HttpUrl } from './http-url.ts';
import { Id } from './id.ts';
import { IsoDateTime } from './iso-time.ts';
import { ShortText } from './short-text.ts';
import { Side } from './side.ts';

/** What kind of meeting (ogp-domain §3.7); R18 looks at consecutive `msf_regular` meetings. */
export const MeetingType = z.enum([
  'msf_regular',
  'cocreation_workshop',
  'implementation_tracking',
  'public_consultation',
  'webinar',
  'csn_internal',
  'gov_internal',
]);
export type MeetingType = z.infer<typeof MeetingType>;

/** Where it is held; the seed letter asks for a neutral place open to remote participation (R19). */
export const VenueType = z.enum(['neutral', 'government_premises', 'cso_premises', 'online_only']);
export type VenueType = z.infer<typeof VenueType>;

/** Who chairs; the seed letter asks for chairing to alternate (R18). */
export const ChairSide = z.enum(['government', 'csn', 'co_chaired']);
export type ChairSide = z.infer<typeof ChairSide>;

/** How published notes attribute what was said: by person, by side only, or not at all. */
export const Attribution = z.enum(['by_name', 'by_side', 'none']);
export type Attribution = z.infer<typeof Attribution>;

/** How far the notes in one language have come (ogp-domain §4.4). */
export const NotesStatus = z.enum(['none', 'drafted', 'translated', 'reviewed', 'published']);
export type NotesStatus = z.infer<typeof NotesStatus>;

/**
 * An IANA time zone (`America/Toronto`): the notes print the meeting's times in it. Checked with Intl,
 * which refuses a name it does not know.
 */
export const TimeZone = z.string().check(
  z.maxLength(100),
  z.refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, { error: 'notes.error.timeZone' }),
);
export type TimeZone = z.infer<typeof TimeZone>;

export const Attendee = z.object({ name: ShortText, side: Side, org: z.optional(ShortText) });
export type Attendee = z.infer<typeof Attendee>;

/** A meeting record (`meeting.scheduled|updated|held|notes_published`). */
export const Meeting = z
  .object({
    id: Id,
    planId: z.optional(Id),
    title: ShortText,
    type: MeetingType,
    startsAt: IsoDateTime,
    endsAt: z.optional(IsoDateTime),
    venueType: VenueType,
    venueName: z.optional(ShortText),
    remoteUrl: z.optional(HttpUrl),
    chairSide: ChairSide,
    attendees: z.array(Attendee),
    attribution: Attribution,
    notesStatus: z.object({ en: NotesStatus, fr: NotesStatus }),
    notesUrl: z.optional(HttpUrl),
    noticeSentAt: z.optional(IsoDateTime),
    /** Set by `meeting.held`: a past `startsAt` alone may be a meeting that never took place (R10, R11). */
    heldAt: z.optional(IsoDateTime),
    /** Set by `meeting.notes_published` (R12). */
    notesPublishedAt: z.optional(IsoDateTime),
    agenda: z.optional(FreeText),
    /** Where the meeting's clock is; the notes print times there (absent: UTC). */
    timeZone: z.optional(TimeZone),
  })
  .check(
    z.refine((meeting) => meeting.endsAt === undefined || Date.parse(meeting.startsAt) < Date.parse(meeting.endsAt), {
      error: 'domain.error.endsBeforeStart',
      path: ['endsAt'],
    }),
  );
export type Meeting = z.infer<typeof Meeting>;
