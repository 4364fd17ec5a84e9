import * as z from 'zod/mini';
import { ActionStatus } from './action-status.ts';
import { AnnotationKind } from './annotation-kind.ts';
import { FreeText } from './free-text.ts';
import { Id } from './id.ts';
import { IsoDate } from './iso-time.ts';
import { ShortText } from './short-text.ts';
import { Side } from './side.ts';
import { Language } from '../i18n/language.ts';

/**
 * Who spoke, apart from who wrote the annotation (the envelope's actor): the published notes name
 * the speaker, never the note-taker. Both parts are optional: a side alone, a name alone (a caption's
 * speaker not among the attendees), or nothing yet.
 */
export const Speaker = z.object({ side: z.optional(Side), name: z.optional(ShortText) });
export type Speaker = z.infer<typeof Speaker>;

/**
 * The `annotation.created` payload. Its first five fields are fixed by DESIGN §3 because other tools
 * write it; the rest are optional additions. `text` may be empty: one key press records the moment,
 * the words can come later or from the captions. Unknown extra fields are dropped, not refused.
 */
export const Annotation = z.object({
  meetingId: Id,
  kind: AnnotationKind,
  text: FreeText,
  /** Milliseconds since the meeting started. */
  offsetMs: z.optional(z.int().check(z.minimum(0))),
  commitmentId: z.optional(Id),
  /** Live captions around the moment, when the platform offers them. */
  captionText: z.optional(FreeText),
  /** For actions: who does it, by when, and whether it is done. */
  owner: z.optional(ShortText),
  dueDate: z.optional(IsoDate),
  actionStatus: z.optional(ActionStatus),
  speaker: z.optional(Speaker),
  /** The language `text` is written in; absent on annotations made before it was recorded. */
  language: z.optional(Language),
  /** `text` in the other language, added while the notes are reviewed; absent: awaiting translation. */
  translation: z.optional(FreeText),
});
export type Annotation = z.infer<typeof Annotation>;
