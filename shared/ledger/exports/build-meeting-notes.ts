import type { Annotation } from '../../domain/annotation.ts';
import type { BilingualText } from '../../domain/bilingual-text.ts';
import type { IsoDateTime } from '../../domain/iso-time.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { Side } from '../../domain/side.ts';
import type { Language } from '../../i18n/language.ts';
import { translate } from '../../i18n/translate.ts';
import { formatMeetingClock, formatMeetingDay, formatZoneName } from './format-meeting-time.ts';

/** The meeting fields notes print; the side panel's local record and the ledger's view both fit. */
export type NotesMeeting = Pick<Meeting, 'id' | 'title' | 'type' | 'startsAt' | 'venueType' | 'chairSide' | 'attendees' | 'attribution'> &
  Partial<Pick<Meeting, 'endsAt' | 'venueName' | 'remoteUrl' | 'agenda' | 'timeZone'>>;

/**
 * An annotation as it stands now (edits applied, deleted ones left out). `author` is who wrote it:
 * kept for the record, never printed; the notes name the `speaker`.
 */
export type NotesAnnotation = Pick<Annotation, 'kind' | 'text'> &
  Partial<Pick<Annotation, 'offsetMs' | 'commitmentId' | 'owner' | 'dueDate' | 'actionStatus' | 'speaker' | 'language' | 'translation' | 'captionText'>> & {
    id: string;
    at: IsoDateTime;
    author?: { name: string; side: Side };
  };

/** What the notes need of a commitment to name it: its code and title. */
export type NotesCommitment = { id: string; code?: string; title: BilingualText };

export type MeetingNotesInput = {
  meeting: NotesMeeting;
  annotations: readonly NotesAnnotation[];
  /** The plan's commitments, so a link prints as "C01 — title" rather than an id. */
  commitments?: readonly NotesCommitment[];
  /** The ledger's chain head when the notes were made; absent while the meeting is only local. */
  headHash?: string;
  language: Language;
  now: IsoDateTime;
};

/** One statement as printed: its words in the language they are in, who said it, what it is about. */
export type NotesItem = {
  text: string;
  /** The language of `text`; undefined when the note-taker did not record it. */
  lang?: Language;
  /** Set when `text` is not in the document's language: the reader is told, never left to guess. */
  flag?: string;
  who?: string;
  commitment?: string;
};

export type NotesBlock =
  | { type: 'list'; id: string; heading: string; items: NotesItem[] }
  | { type: 'positions'; id: string; heading: string; groups: Array<{ heading: string; items: NotesItem[] }> }
  | {
      type: 'table';
      id: string;
      heading: string;
      columns: string[];
      rows: Array<{ action: NotesItem; owner: string; due: string; status: string; isDone: boolean }>;
    };

/** Notes as plain text pieces; the Markdown and HTML renderers only escape and lay them out. */
export type NotesDocument = {
  language: Language;
  /** "Meeting notes" in the document's language, above the meeting's own title. */
  kicker: string;
  title: string;
  details: Array<{ label: string; value: string; isLink?: boolean; isMultiline?: boolean }>;
  attendance: { heading: string; lines: string[] };
  attributionNote: string;
  /** Said once above the sections when some items still wait for translation. */
  translationNote?: string;
  /** In print order: decisions, agreements, disagreements (by side), questions, actions (a table), notes. */
  blocks: NotesBlock[];
  emptyText: string;
  footer: string[];
};

const LIST_KINDS = ['decision', 'agreement', 'question', 'note'] as const;
const SIDES: readonly Side[] = ['government', 'csn', 'other'];
const OTHER_LANGUAGE: Record<Language, Language> = { en: 'fr', fr: 'en' };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Position in the meeting: the recorded offset, else the time since the meeting's start. */
function momentOf(annotation: NotesAnnotation, startMs: number): number {
  if (annotation.offsetMs !== undefined) return annotation.offsetMs;
  const at = Date.parse(annotation.at) - startMs;
  return Number.isFinite(at) ? at : 0;
}

/**
 * Builds the notes in one language. Statements are attributed by their speaker as the meeting chose
 * (name, side or not at all), never by the note-taker; each text is printed in the document's
 * language when it exists in it, otherwise as written and flagged as awaiting translation.
 */
export function buildMeetingNotes(input: MeetingNotesInput): NotesDocument {
  const { meeting, language } = input;
  const t = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) => translate(key, language, params);
  const sideName = (side: Side) => t(`common.side.${side}`);
  const zone = meeting.timeZone;
  const clock = (iso: string) => formatMeetingClock(iso, language, zone);

  const day = formatMeetingDay(meeting.startsAt, language, zone);
  const zoneName = formatZoneName(meeting.startsAt, language, zone);
  const when = meeting.endsAt
    ? t('notes.doc.timeRange', { day, start: clock(meeting.startsAt), end: clock(meeting.endsAt), zone: zoneName })
    : t('notes.doc.timeStart', { day, start: clock(meeting.startsAt), zone: zoneName });
  const details: NotesDocument['details'] = [
    { label: t('exports.notes.date'), value: when },
    { label: t('notes.doc.type'), value: t(`domain.meetingType.${meeting.type}`) },
    {
      label: t('exports.notes.venue'),
      value: meeting.venueName ? `${meeting.venueName} (${t(`exports.notes.venueType.${meeting.venueType}`)})` : t(`domain.venueType.${meeting.venueType}`),
    },
  ];
  if (meeting.remoteUrl) details.push({ label: t('exports.notes.remoteLink'), value: meeting.remoteUrl, isLink: true });
  details.push({ label: t('exports.notes.chair'), value: meeting.chairSide === 'co_chaired' ? t('exports.notes.coChaired') : sideName(meeting.chairSide) });
  if (meeting.agenda?.trim()) details.push({ label: t('notes.doc.agenda'), value: meeting.agenda.trim(), isMultiline: true });

  // Attendance is named only when statements are: "by side" and "none" meetings publish counts.
  const attendanceLines = SIDES.flatMap((side) => {
    const people = meeting.attendees.filter((person) => person.side === side);
    if (people.length === 0) return [];
    if (meeting.attribution !== 'by_name') return [t('exports.notes.attendanceCount', { side: sideName(side), count: people.length })];
    const names = [...people]
      .sort((a, b) => a.name.localeCompare(b.name, language))
      .map((person) => (person.org ? `${person.name} (${person.org})` : person.name));
    return [t('exports.notes.attendanceNames', { side: sideName(side), count: people.length, names: names.join(', ') })];
  });

  const commitments = new Map((input.commitments ?? []).map((commitment) => [commitment.id, commitment]));
  const commitmentLabel = (id: string): string => {
    const known = commitments.get(id);
    if (!known) return t('notes.doc.unknownCommitment');
    const title = known.title[language].trim() || known.title[OTHER_LANGUAGE[language]].trim();
    return known.code ? t('notes.doc.commitment', { code: known.code, title }) : title;
  };

  const speakerOf = (annotation: NotesAnnotation): string | undefined => {
    const speaker = annotation.speaker;
    if (meeting.attribution === 'none' || !speaker) return undefined;
    if (meeting.attribution === 'by_side') return speaker.side ? sideName(speaker.side) : undefined;
    if (speaker.name && speaker.side) return t('notes.doc.nameAndSide', { name: speaker.name, side: sideName(speaker.side) });
    return speaker.name ?? (speaker.side ? sideName(speaker.side) : undefined);
  };

  let isAwaitingTranslation = false;
  const itemOf = (annotation: NotesAnnotation, isAttributed = true): NotesItem => {
    const written = annotation.text.trim();
    const translation = annotation.translation?.trim() ?? '';
    const isOtherLanguage = annotation.language !== undefined && annotation.language !== language;
    let text = written;
    let lang: Language | undefined = annotation.language;
    let flag: string | undefined;
    if (isOtherLanguage && translation !== '') {
      text = translation;
      lang = language;
    } else if (written === '') {
      text = t('exports.notes.noText');
      lang = language;
    } else if (isOtherLanguage) {
      flag = t('notes.doc.awaitingTranslation', { language: t(`common.language.${annotation.language!}`) });
      isAwaitingTranslation = true;
    } else if (annotation.language === undefined) {
      flag = t('notes.doc.languageUnknown');
      isAwaitingTranslation = true;
    }
    const who = isAttributed ? speakerOf(annotation) : undefined;
    return {
      text,
      ...(lang ? { lang } : {}),
      ...(flag ? { flag } : {}),
      ...(who ? { who } : {}),
      ...(annotation.commitmentId ? { commitment: commitmentLabel(annotation.commitmentId) } : {}),
    };
  };

  const startMs = Date.parse(meeting.startsAt);
  const sorted = [...input.annotations].sort((a, b) => momentOf(a, startMs) - momentOf(b, startMs) || compareText(a.id, b.id));
  const ofKind = (kind: Annotation['kind']) => sorted.filter((annotation) => annotation.kind === kind);
  const list = (kind: (typeof LIST_KINDS)[number]): NotesBlock => ({
    type: 'list',
    id: kind,
    heading: t(`exports.notes.section.${kind}`),
    items: ofKind(kind).map((annotation) => itemOf(annotation)),
  });

  // Disagreements are set out side by side: each side's position under its own heading.
  const disagreements = ofKind('disagreement');
  const positionGroups: Array<{ heading: string; items: NotesItem[] }> =
    meeting.attribution === 'none'
      ? [{ heading: '', items: disagreements.map((annotation) => itemOf(annotation)) }]
      : [
          ...SIDES.map((side) => ({
            heading: t(`notes.doc.position.${side}`),
            items: disagreements.filter((annotation) => annotation.speaker?.side === side).map((annotation) => itemOf(annotation)),
          })),
          {
            heading: t('notes.doc.position.unattributed'),
            items: disagreements.filter((annotation) => annotation.speaker?.side === undefined).map((annotation) => itemOf(annotation)),
          },
        ].filter((group) => group.items.length > 0);

  const actionRows = ofKind('action').map((annotation) => {
    const status = annotation.actionStatus ?? 'open';
    return {
      action: itemOf(annotation, false),
      owner: annotation.owner ?? t('exports.notes.unassigned'),
      due: annotation.dueDate ?? t('exports.notes.noDueDate'),
      status: t(`exports.notes.actionStatus.${status}`),
      isDone: status === 'done',
    };
  });

  const blocks: NotesBlock[] = [
    list('decision'),
    list('agreement'),
    { type: 'positions', id: 'disagreement', heading: t('exports.notes.section.disagreement'), groups: positionGroups },
    list('question'),
    {
      type: 'table',
      id: 'action',
      heading: t('exports.notes.section.action'),
      columns: [t('exports.notes.column.action'), t('exports.notes.column.owner'), t('exports.notes.column.due'), t('exports.notes.column.status')],
      rows: actionRows,
    },
    list('note'),
  ];

  return {
    language,
    // Until the chain head is printed the notes are a draft, and say so at the top.
    kicker: t(input.headHash ? 'notes.doc.kicker' : 'notes.doc.kickerDraft'),
    title: meeting.title,
    details,
    attendance: { heading: t('exports.notes.attendance'), lines: attendanceLines.length > 0 ? attendanceLines : [t('exports.notes.noAttendance')] },
    attributionNote: t(`exports.notes.attribution.${meeting.attribution}`),
    ...(isAwaitingTranslation ? { translationNote: t('notes.doc.translationNote') } : {}),
    blocks,
    emptyText: t('exports.notes.none'),
    footer: [
      t('notes.doc.prepared', {
        day: formatMeetingDay(input.now, language, zone),
        time: clock(input.now),
        zone: formatZoneName(input.now, language, zone),
      }),
      input.headHash ? t('exports.notes.headHash', { hash: input.headHash }) : t('exports.notes.noHeadHash'),
    ],
  };
}
