import type { Annotation } from '../../domain/annotation.ts';
import type { AnnotationKind } from '../../domain/annotation-kind.ts';
import type { IsoDateTime } from '../../domain/iso-time.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { Side } from '../../domain/side.ts';
import type { Language } from '../../i18n/language.ts';
import { translate } from '../../i18n/translate.ts';
import { formatOffset } from './format-offset.ts';

/** The meeting fields notes print; the side panel's local record and the ledger's view both fit. */
export type NotesMeeting = Pick<Meeting, 'id' | 'title' | 'startsAt' | 'venueType' | 'chairSide' | 'attendees' | 'attribution'> &
  Partial<Pick<Meeting, 'endsAt' | 'venueName' | 'remoteUrl'>>;

/** An annotation as it stands now (edits applied, deleted ones left out), with who made it. */
export type NotesAnnotation = Pick<Annotation, 'kind' | 'text'> &
  Partial<Pick<Annotation, 'offsetMs' | 'commitmentId' | 'owner' | 'dueDate' | 'actionStatus'>> & {
    id: string;
    at: IsoDateTime;
    author?: { name: string; side: Side };
  };

export type MeetingNotesInput = {
  meeting: NotesMeeting;
  annotations: readonly NotesAnnotation[];
  /** The ledger's chain head when the notes were made; absent while the meeting is only local. */
  headHash?: string;
  language: Language;
  now: IsoDateTime;
};

export type NotesBlock =
  | { type: 'list'; heading: string; items: string[] }
  | { type: 'table'; heading: string; columns: string[]; rows: string[][] };

/** Notes as plain text pieces; the Markdown and HTML renderers only escape and lay them out. */
export type NotesDocument = {
  language: Language;
  title: string;
  details: Array<{ label: string; value: string; isLink?: boolean }>;
  attendance: { heading: string; lines: string[] };
  attributionNote: string;
  /** In print order: decisions, agreements, disagreements, questions, actions (a table), notes. */
  blocks: NotesBlock[];
  emptyText: string;
  footer: string[];
};

const STATEMENT_KINDS = ['decision', 'agreement', 'disagreement', 'question', 'note'] as const satisfies readonly AnnotationKind[];
const SIDES: readonly Side[] = ['government', 'csn', 'other'];

/** `2026-11-27T14:05:00.000Z` → `2026-11-27 14:05 UTC`, the same in both languages. */
export function formatUtc(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const text = new Date(ms).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

/** Position in the meeting: the recorded offset, else the time since the meeting's start. */
function momentOf(annotation: NotesAnnotation, startMs: number): number {
  if (annotation.offsetMs !== undefined) return annotation.offsetMs;
  const at = Date.parse(annotation.at) - startMs;
  return Number.isFinite(at) ? at : 0;
}

/** Builds the pieces of the notes in one language; the attribution setting decides who is named. */
export function buildMeetingNotes(input: MeetingNotesInput): NotesDocument {
  const { meeting, language } = input;
  const t = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) => translate(key, language, params);
  const sideName = (side: Side) => t(`common.side.${side}`);

  const details: NotesDocument['details'] = [
    { label: t('exports.notes.date'), value: meeting.endsAt ? `${formatUtc(meeting.startsAt)} – ${formatUtc(meeting.endsAt)}` : formatUtc(meeting.startsAt) },
    {
      label: t('exports.notes.venue'),
      value: meeting.venueName ? `${meeting.venueName} (${t(`exports.notes.venueType.${meeting.venueType}`)})` : t(`exports.notes.venueType.${meeting.venueType}`),
    },
  ];
  if (meeting.remoteUrl) details.push({ label: t('exports.notes.remoteLink'), value: meeting.remoteUrl, isLink: true });
  details.push({ label: t('exports.notes.chair'), value: meeting.chairSide === 'co_chaired' ? t('exports.notes.coChaired') : sideName(meeting.chairSide) });

  // Attendance is named only when statements are: "by side" and "none" meetings publish counts.
  const attendanceLines = SIDES.flatMap((side) => {
    const people = meeting.attendees.filter((person) => person.side === side);
    if (people.length === 0) return [];
    if (meeting.attribution !== 'by_name') return [t('exports.notes.attendanceCount', { side: sideName(side), count: people.length })];
    const names = [...people]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((person) => (person.org ? `${person.name} (${person.org})` : person.name));
    return [t('exports.notes.attendanceNames', { side: sideName(side), count: people.length, names: names.join(', ') })];
  });

  const speaker = (annotation: NotesAnnotation): string | undefined => {
    if (!annotation.author || meeting.attribution === 'none') return undefined;
    return meeting.attribution === 'by_name'
      ? `${annotation.author.name} (${sideName(annotation.author.side)})`
      : sideName(annotation.author.side);
  };
  const describe = (annotation: NotesAnnotation, isAttributed = true): string => {
    const text = annotation.text.trim() === '' ? t('exports.notes.noText') : annotation.text.trim();
    const who = isAttributed ? speaker(annotation) : undefined;
    const parts = [
      annotation.offsetMs === undefined ? '' : `[${formatOffset(annotation.offsetMs)}] `,
      who ? t('exports.notes.said', { who, text }) : text,
      annotation.commitmentId ? ` (${t('exports.notes.commitment', { id: annotation.commitmentId })})` : '',
    ];
    return parts.join('');
  };

  const startMs = Date.parse(meeting.startsAt);
  const sorted = [...input.annotations].sort(
    (a, b) => momentOf(a, startMs) - momentOf(b, startMs) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const list = (kind: (typeof STATEMENT_KINDS)[number]): NotesBlock => ({
    type: 'list',
    heading: t(`exports.notes.section.${kind}`),
    items: sorted.filter((annotation) => annotation.kind === kind).map((annotation) => describe(annotation)),
  });
  const actionRows = sorted
    .filter((annotation) => annotation.kind === 'action')
    .map((annotation) => [
      describe(annotation, false),
      annotation.owner ?? t('exports.notes.unassigned'),
      annotation.dueDate ?? t('exports.notes.noDueDate'),
      t(`exports.notes.actionStatus.${annotation.actionStatus ?? 'open'}`),
    ]);

  return {
    language,
    title: meeting.title,
    details,
    attendance: { heading: t('exports.notes.attendance'), lines: attendanceLines.length > 0 ? attendanceLines : [t('exports.notes.noAttendance')] },
    attributionNote: t(`exports.notes.attribution.${meeting.attribution}`),
    blocks: [
      list('decision'),
      list('agreement'),
      list('disagreement'),
      list('question'),
      {
        type: 'table',
        heading: t('exports.notes.section.action'),
        columns: [t('exports.notes.column.action'), t('exports.notes.column.owner'), t('exports.notes.column.due'), t('exports.notes.column.status')],
        rows: actionRows,
      },
      list('note'),
    ],
    emptyText: t('exports.notes.none'),
    footer: [
      t('exports.notes.prepared', { date: formatUtc(input.now) }),
      input.headHash ? t('exports.notes.headHash', { hash: input.headHash }) : t('exports.notes.noHeadHash'),
    ],
  };
}
