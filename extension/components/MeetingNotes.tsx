import { useEffect, useRef, useState } from 'preact/hooks';
import type { Meeting } from '../../shared/domain/meeting.ts';
import type { FieldError, ParseResult } from '../../shared/domain/parse-value.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { annotationsCsv } from '../../shared/ledger/exports/annotations-csv.ts';
import type { MeetingNotesInput, NotesAnnotation, NotesCommitment } from '../../shared/ledger/exports/build-meeting-notes.ts';
import { formatMeetingClock, formatMeetingDay, meetingDayKey } from '../../shared/ledger/exports/format-meeting-time.ts';
import { meetingNotesHtml } from '../../shared/ledger/exports/meeting-notes-html.ts';
import { meetingNotesMarkdown } from '../../shared/ledger/exports/meeting-notes-markdown.ts';
import { meetingsToIcs } from '../../shared/ledger/exports/meetings-to-ics.ts';
import type { AnnotationChange } from '../services/annotations.ts';
import type { AnnotationRecord } from '../services/annotation-record.ts';
import type { MeetingRecord } from '../services/meeting-record.ts';
import type { LedgerAnnotation } from '../../shared/protocol/extension-messages.ts';
import type { CommitmentChoice } from './AnnotationComposer.tsx';
import { AnnotationList } from './AnnotationList.tsx';
import { FieldErrors } from './FieldErrors.tsx';
import type { Translate } from './make-translate.ts';

/** A meeting for the schedule (ICS): the record, with the real end when this computer held it. */
export type ScheduleMeeting = Meeting & { endedAt?: string };

type Props = {
  t: Translate;
  language: Language;
  record: MeetingRecord;
  annotations: readonly AnnotationRecord[];
  /** Other attendees' annotations of this meeting, from the ledger (not held here): in the notes, not editable here. */
  othersAnnotations?: readonly LedgerAnnotation[];
  commitments: readonly CommitmentChoice[];
  /** Every meeting known here or in the ledger, for the schedule (ICS). */
  meetings: readonly ScheduleMeeting[];
  /** This meeting as the ledger holds it (notes status, link), once synced. */
  ledgerMeeting?: Meeting;
  hasLedger: boolean;
  now: () => Date;
  download: (fileName: string, mimeType: string, text: string) => void;
  copy: (text: string) => Promise<boolean>;
  onUpdate: (id: string, change: AnnotationChange) => Promise<ParseResult<unknown>>;
  onDelete: (id: string) => Promise<ParseResult<unknown>>;
  onSendDraft: (languages: Language[]) => Promise<ParseResult<unknown>>;
  /** Back to the meeting setup; absent on the notes page, which has no setup. */
  onNewMeeting?: () => void;
};

/** A file name from the title and the meeting's day where it was held, with only safe characters. */
export function fileBase(record: MeetingRecord): string {
  const slug = record.meeting.title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${meetingDayKey(record.meeting.startsAt, record.meeting.timeZone)}-${slug || 'meeting'}`;
}

/** The annotations as the notes read them: current text, who spoke, the link. The author is not passed on. */
export function notesAnnotations(annotations: readonly AnnotationRecord[]): NotesAnnotation[] {
  return annotations
    .filter((annotation) => !annotation.deleted)
    .map(({ v: _v, createdAt, updatedAt: _u, deleted: _d, meetingId: _m, ...rest }) => ({ ...rest, at: createdAt }));
}

/** The commitments as the notes name them (code and title); those without a title are left to the fallback. */
export function notesCommitments(choices: readonly CommitmentChoice[]): NotesCommitment[] {
  return choices.flatMap((choice) => (choice.title ? [{ id: choice.id, title: choice.title, ...(choice.code ? { code: choice.code } : {}) }] : []));
}

type NotesState = 'draft' | 'sent' | 'in_review' | 'published';

/** Where the notes stand: the ledger's word first, then what this computer sent. */
export function notesStateOf(record: MeetingRecord, ledgerMeeting: Meeting | undefined): NotesState {
  const status = ledgerMeeting?.notesStatus;
  if (status && (status.en === 'published' || status.fr === 'published')) return 'published';
  if (status && (status.en !== 'none' || status.fr !== 'none')) return 'in_review';
  return record.draftSentAt ? 'sent' : 'draft';
}

/**
 * After "End meeting": the notes editor (each correction an `annotation.updated` event), a preview
 * of the notes as they will be published, the downloads, and "Send the draft to the coordinators".
 */
export function MeetingNotes(props: Props) {
  const { t, record } = props;
  const zone = record.meeting.timeZone;
  const [notesLanguage, setNotesLanguage] = useState<Language>(props.language);
  const [draftLanguages, setDraftLanguages] = useState<Language[]>(['en', 'fr']);
  const [sendErrors, setSendErrors] = useState<readonly FieldError[]>([]);
  const [isSending, setSending] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const others = props.othersAnnotations ?? [];
  const annotations = [...notesAnnotations(props.annotations), ...others.map(({ meetingId: _meeting, ...annotation }) => annotation)];
  // A joiner who does not keep the meeting's record sends no draft: its owner or a coordinator does.
  const mayDraft = !record.joined || record.joined.maySendDraft;
  const input: MeetingNotesInput = {
    meeting: { ...record.meeting, ...(record.endedAt ? { endsAt: record.endedAt } : {}) },
    annotations,
    commitments: notesCommitments(props.commitments),
    language: notesLanguage,
    now: props.now().toISOString(),
  };
  const html = meetingNotesHtml(input);
  // The meeting was just ended from a button that is now gone: focus goes to what replaced it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const base = fileBase(record);
  const awaiting = annotations.filter((a) => a.text.trim() !== '' && a.language !== notesLanguage && !a.translation?.trim()).length;
  const state = notesStateOf(record, props.ledgerMeeting);
  const announcedIn = useRef(props.language);
  useEffect(() => {
    if (announcedIn.current !== props.language) setAnnouncement('');
    announcedIn.current = props.language;
  }, [props.language]);

  const copy = async (text: string) => setAnnouncement(t((await props.copy(text)) ? 'extension.end.copied' : 'extension.end.copyFailed'));
  const download = (fileName: string, mimeType: string, text: string) => {
    props.download(fileName, mimeType, text);
    setAnnouncement(t('extension.end.downloaded', { file: fileName }));
  };
  const send = async () => {
    if (isSending || draftLanguages.length === 0) return;
    setSending(true);
    const result = await props.onSendDraft(draftLanguages);
    setSending(false);
    setSendErrors(result.ok ? [] : result.errors);
    if (result.ok) setAnnouncement(t('notes.panel.sent'));
  };
  const attendees = record.meeting.attendees;

  return (
    <section class="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" tabIndex={-1} ref={headingRef}>{t('extension.end.heading')}</h2>
      {record.endedAt ? (
        <p>
          {t('notes.panel.ended', {
            day: formatMeetingDay(record.endedAt, props.language, zone),
            time: formatMeetingClock(record.endedAt, props.language, zone),
          })}
        </p>
      ) : null}

      <section class="notes-state" aria-labelledby="notes-state-heading">
        <h3 id="notes-state-heading">{t('notes.panel.stateHeading')}</h3>
        <p class={`state state-${state}`}>
          {state === 'sent' && record.draftSentAt
            ? t('notes.panel.state.sent', {
                day: formatMeetingDay(record.draftSentAt, props.language, zone),
                time: formatMeetingClock(record.draftSentAt, props.language, zone),
              })
            : t(`notes.panel.state.${state}`)}{' '}
          {state === 'published' && props.ledgerMeeting?.notesUrl ? (
            <a href={props.ledgerMeeting.notesUrl} target="_blank" rel="noreferrer noopener">
              {t('notes.panel.state.publishedLink')}
            </a>
          ) : null}
        </p>
        {state !== 'published' ? (
          !mayDraft ? (
            <p class="hint">{t('join.error.draftNotYours', { name: record.joined?.ownerName ?? '' })}</p>
          ) : props.hasLedger ? (
            <>
              <fieldset class="inline">
                <legend>{t('notes.panel.sendLanguages')}</legend>
                {(['en', 'fr'] as const).map((value) => (
                  <label key={value} class="checkbox">
                    <input
                      type="checkbox"
                      checked={draftLanguages.includes(value)}
                      onChange={(e) => {
                        const isChecked = e.currentTarget.checked;
                        setDraftLanguages((now) => (isChecked ? [...new Set([...now, value])].sort() : now.filter((l) => l !== value)));
                      }}
                    />
                    {t(`common.language.${value}`)}
                  </label>
                ))}
              </fieldset>
              <button type="button" class="primary" disabled={isSending || draftLanguages.length === 0} onClick={send}>
                {t(state === 'draft' ? 'notes.panel.send' : 'notes.panel.sendAgain')}
              </button>
            </>
          ) : (
            <p class="hint">{t('notes.panel.sendNeedsLedger')}</p>
          )
        ) : null}
        {sendErrors.length > 0 ? <FieldErrors lead={t('notes.panel.sendRefused')} errors={sendErrors} language={props.language} /> : null}
      </section>

      {others.length > 0 ? <p class="hint">{t('join.merged', { count: others.length })}</p> : null}
      <AnnotationList
        t={t}
        language={props.language}
        annotations={props.annotations}
        commitments={props.commitments}
        attendees={attendees}
        heading={t('notes.panel.correct')}
        isReviewing
        intro={t('notes.panel.correctHint')}
        onUpdate={props.onUpdate}
        onDelete={props.onDelete}
      />

      <label for="notes-language">{t('extension.end.language')}</label>
      <select id="notes-language" value={notesLanguage} onChange={(e) => setNotesLanguage(e.currentTarget.value as Language)}>
        <option value="en">{t('common.language.en')}</option>
        <option value="fr">{t('common.language.fr')}</option>
      </select>
      {awaiting > 0 ? <p class="note">{t('notes.panel.awaiting', { count: awaiting, language: t(`common.language.${notesLanguage}`) })}</p> : null}
      <iframe
        class="notes-preview"
        title={t('notes.panel.preview', { language: t(`common.language.${notesLanguage}`) })}
        // No scripts in the preview; same origin only so assistive tools can read it.
        sandbox="allow-same-origin"
        srcDoc={html}
      />
      <div class="row-actions wrap">
        <button type="button" onClick={() => download(`${base}-${notesLanguage}.html`, 'text/html', html)}>
          {t('extension.end.downloadHtml')}
        </button>
        <button type="button" onClick={() => download(`${base}-${notesLanguage}.md`, 'text/markdown', meetingNotesMarkdown(input))}>
          {t('extension.end.downloadMarkdown')}
        </button>
        <button type="button" onClick={() => copy(html)}>{t('extension.end.copyHtml')}</button>
        <button type="button" onClick={() => copy(meetingNotesMarkdown(input))}>{t('extension.end.copyMarkdown')}</button>
        <button
          type="button"
          onClick={() => download(`${base}-annotations.csv`, 'text/csv', annotationsCsv(annotations, { language: notesLanguage, commitments: input.commitments ?? [] }))}
        >
          {t('extension.end.downloadCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              'cocreate-meetings.ics',
              'text/calendar',
              meetingsToIcs(
                props.meetings.map((meeting) => ({
                  id: meeting.id,
                  title: meeting.title,
                  startsAt: meeting.startsAt,
                  ...(meeting.endsAt ? { endsAt: meeting.endsAt } : {}),
                  ...(meeting.endedAt ? { endedAt: meeting.endedAt } : {}),
                  venue: meeting.venueName ?? t(`domain.venueType.${meeting.venueType}`),
                  ...(meeting.remoteUrl ? { remoteUrl: meeting.remoteUrl } : {}),
                  ...(meeting.agenda ? { agenda: meeting.agenda } : {}),
                })),
                { dtstamp: props.now().toISOString(), language: notesLanguage },
              ),
            )
          }
        >
          {t('extension.end.downloadIcs')}
        </button>
      </div>
      <p role="status" class="announce">{announcement}</p>
      {props.onNewMeeting ? <button type="button" class="primary" onClick={props.onNewMeeting}>{t('extension.setup.heading')}</button> : null}
    </section>
  );
}

