import { useEffect, useRef, useState } from 'preact/hooks';
import type { Meeting } from '../../shared/domain/meeting.ts';
import type { Side } from '../../shared/domain/side.ts';
import type { Language } from '../../shared/i18n/language.ts';
import type { MeetingNotesInput } from '../../shared/ledger/exports/build-meeting-notes.ts';
import { meetingNotesHtml } from '../../shared/ledger/exports/meeting-notes-html.ts';
import { meetingNotesMarkdown } from '../../shared/ledger/exports/meeting-notes-markdown.ts';
import { meetingsToIcs } from '../../shared/ledger/exports/meetings-to-ics.ts';
import type { AnnotationRecord } from '../services/annotation-record.ts';
import type { MeetingRecord } from '../services/meeting-record.ts';
import { annotationsCsv } from '../../shared/ledger/exports/annotations-csv.ts';
import type { Translate } from './make-translate.ts';
import { formatLocalTime } from './SyncStatusRegion.tsx';

type Props = {
  t: Translate;
  language: Language;
  record: MeetingRecord;
  annotations: readonly AnnotationRecord[];
  /** Every meeting known here or in the ledger, for the schedule (ICS). */
  meetings: readonly Meeting[];
  author?: { name: string; side: Side };
  now: () => Date;
  download: (fileName: string, mimeType: string, text: string) => void;
  copy: (text: string) => Promise<boolean>;
  onNewMeeting: () => void;
};

/** A file name from the title and date, with only safe characters. */
export function fileBase(record: MeetingRecord): string {
  const slug = record.meeting.title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${record.meeting.startsAt.slice(0, 10)}-${slug || 'meeting'}`;
}

/** After "End meeting": the notes draft (Markdown and HTML from the shared exports), CSV and ICS. */
export function MeetingNotes(props: Props) {
  const { t, record } = props;
  const [notesLanguage, setNotesLanguage] = useState<Language>(props.language);
  const [announcement, setAnnouncement] = useState('');
  const input: MeetingNotesInput = {
    meeting: { ...record.meeting, ...(record.endedAt ? { endsAt: record.endedAt } : {}) },
    annotations: props.annotations
      .filter((annotation) => !annotation.deleted)
      .map((annotation) => ({
        id: annotation.id,
        at: annotation.createdAt,
        kind: annotation.kind,
        text: annotation.text,
        ...(annotation.offsetMs !== undefined ? { offsetMs: annotation.offsetMs } : {}),
        ...(annotation.commitmentId ? { commitmentId: annotation.commitmentId } : {}),
        ...(annotation.owner ? { owner: annotation.owner } : {}),
        ...(annotation.dueDate ? { dueDate: annotation.dueDate } : {}),
        ...(annotation.actionStatus ? { actionStatus: annotation.actionStatus } : {}),
        ...(props.author ? { author: props.author } : {}),
      })),
    language: notesLanguage,
    now: props.now().toISOString(),
  };
  const markdown = meetingNotesMarkdown(input);
  // The meeting was just ended from a button that is now gone: focus goes to what replaced it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const base = fileBase(record);

  const copy = async (text: string) => setAnnouncement(t((await props.copy(text)) ? 'extension.end.copied' : 'extension.end.copyFailed'));
  const download = (fileName: string, mimeType: string, text: string) => {
    props.download(fileName, mimeType, text);
    setAnnouncement(t('extension.end.downloaded', { file: fileName }));
  };

  return (
    <section class="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" tabIndex={-1} ref={headingRef}>{t('extension.end.heading')}</h2>
      {record.endedAt ? <p>{t('extension.end.ended', { time: formatLocalTime(record.endedAt, props.language) })}</p> : null}
      <label for="notes-language">{t('extension.end.language')}</label>
      <select id="notes-language" value={notesLanguage} onChange={(e) => setNotesLanguage(e.currentTarget.value as Language)}>
        <option value="en">{t('common.language.en')}</option>
        <option value="fr">{t('common.language.fr')}</option>
      </select>
      <label for="notes-preview">{t('extension.end.preview')}</label>
      <textarea id="notes-preview" rows={12} readOnly value={markdown} />
      <div class="row-actions wrap">
        <button type="button" onClick={() => copy(markdown)}>{t('extension.end.copyMarkdown')}</button>
        <button type="button" onClick={() => copy(meetingNotesHtml(input))}>{t('extension.end.copyHtml')}</button>
        <button type="button" onClick={() => download(`${base}-${notesLanguage}.md`, 'text/markdown', markdown)}>
          {t('extension.end.downloadMarkdown')}
        </button>
        <button type="button" onClick={() => download(`${base}-${notesLanguage}.html`, 'text/html', meetingNotesHtml(input))}>
          {t('extension.end.downloadHtml')}
        </button>
        <button type="button" onClick={() => download(`${base}-annotations.csv`, 'text/csv', annotationsCsv(input.annotations, { language: notesLanguage }))}>
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
      <button type="button" class="primary" onClick={props.onNewMeeting}>{t('extension.end.newMeeting')}</button>
    </section>
  );
}
