import type { Attribution } from '../../domain/meeting.ts';
import { canonicalJson, type Digest } from '../../domain/canonical-json.ts';
import type { AnnotationView, CommitmentView, MeetingView } from '../views/ledger-views.ts';
import type { MeetingNotesInput, NotesAnnotation } from './build-meeting-notes.ts';

/** The notes a draft stands for, in both languages' shared terms: everything but language, time and head. */
export type DraftNotes = {
  draftEventId: string;
  languages: ReadonlyArray<'en' | 'fr'>;
  input: Omit<MeetingNotesInput, 'language' | 'now' | 'headHash'>;
};

const ATTRIBUTION: Record<'name' | 'side' | 'none', Attribution> = { name: 'by_name', side: 'by_side', none: 'none' };

/**
 * The notes a meeting's latest draft (`meeting.notes_drafted`) names, as the ledger holds them now:
 * the meeting as scheduled and held, the draft's attribution, and the annotations it lists with their
 * corrections applied (a withdrawn one is left out). Undefined when no draft was sent.
 */
export function notesFromDraft(view: MeetingView, annotations: readonly AnnotationView[], commitments: readonly CommitmentView[] = []): DraftNotes | undefined {
  const draft = view.notesDraft;
  if (!draft) return undefined;
  const named = new Set(draft.annotationIds);
  const statements: NotesAnnotation[] = annotations
    .filter((annotation) => annotation.meetingId === view.meeting.id && named.has(annotation.id))
    .map(({ meetingId: _meeting, author, ...annotation }) => ({ ...annotation, author: { name: author.name, side: author.side } }));
  return {
    draftEventId: draft.eventId,
    languages: draft.languages,
    input: {
      meeting: { ...view.meeting, attribution: ATTRIBUTION[draft.attribution] },
      annotations: statements,
      commitments: commitments.map(({ commitment }) => ({ id: commitment.id, ...(commitment.code ? { code: commitment.code } : {}), title: commitment.title })),
    },
  };
}

/**
 * The draft version the co-chairs approve: a digest of what the notes would print (the draft event
 * and every meeting field and statement the notes read). Publication time and chain head are left
 * out: they are added on publication and change nothing the co-chairs read.
 */
export function draftVersionHash(notes: DraftNotes, digest: Digest): string {
  const { notesUrl: _url, notesPublishedAt: _published, notesStatus: _status, ...meeting } = notes.input.meeting as DraftNotes['input']['meeting'] & {
    notesUrl?: string;
    notesPublishedAt?: string;
    notesStatus?: unknown;
  };
  return digest(canonicalJson({ draftEventId: notes.draftEventId, languages: notes.languages, meeting, annotations: notes.input.annotations, commitments: notes.input.commitments }));
}
