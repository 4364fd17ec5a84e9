import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../shared/i18n/language.ts';
import type { ParseResult } from '../../shared/domain/parse-value.ts';
import { deleteAnnotation, listAnnotations, updateAnnotation } from '../services/annotations.ts';
import type { AnnotationRecord } from '../services/annotation-record.ts';
import { listMeetings } from '../services/meetings.ts';
import { draftAttribution, sendNotesDraft } from '../services/send-notes-draft.ts';
import type { MeetingRecord } from '../services/meeting-record.ts';
import { hasLedger, type Settings, watchSettings } from '../services/settings.ts';
import { getSyncStatus, INITIAL_SYNC_STATUS, type SyncStatus, watchSyncStatus } from '../services/sync-status.ts';
import { makeTranslate } from './make-translate.ts';
import { MeetingNotes } from './MeetingNotes.tsx';
import { PastMeetings } from './PastMeetings.tsx';
import type { PanelPorts } from './panel-ports.ts';
import { meetingHistory } from './read-ledger-meetings.ts';
import { useLedgerAnnotations } from './use-ledger-annotations.ts';
import { useLedgerLists } from './use-ledger-lists.ts';
import { useDocumentLanguage } from './use-document-language.ts';

/** What the notes page needs from the browser: the side panel's ports, less the meeting tab's. */
export type NotesPorts = Pick<PanelPorts, 'db' | 'env' | 'sendToBackground' | 'watchAnnotations'> & Required<Pick<PanelPorts, 'download' | 'copy'>>;

/**
 * The after-meeting notes in a tab of their own (`notes.html?meeting=<id>`): a full-width editor
 * for long corrections, and a page apart from the side panel, which keeps the panel's code small
 * (DESIGN §8). It reads the same database, settings and ledger lists as the panel.
 */
export function NotesApp({ ports, meetingId: initialMeetingId, settings: initial }: { ports: NotesPorts; meetingId: string; settings: Settings }) {
  // Opened for one meeting (notes.html?meeting=<id>), or for none: then it lists the earlier ones to choose from.
  const [meetingId, setMeetingId] = useState(initialMeetingId);
  // The settings are read before the first render: the notes open in the user's language.
  const [settings, setSettings] = useState<Settings>(initial);
  const [status, setStatus] = useState<SyncStatus>(INITIAL_SYNC_STATUS);
  const [meetings, setMeetings] = useState<MeetingRecord[] | undefined>();
  // Undefined until read: the editor never shows, or exports, notes without their annotations.
  const [annotations, setAnnotations] = useState<AnnotationRecord[] | undefined>();
  useDocumentLanguage(settings.language);
  const t = makeTranslate(settings.language);
  const { db, env } = ports;

  useEffect(() => {
    document.title = t('notespage.title');
  }, [settings.language]);

  useEffect(() => {
    getSyncStatus().then(setStatus);
    listMeetings(db).then(setMeetings);
    const stops = [watchSettings(setSettings), watchSyncStatus(setStatus)];
    return () => {
      for (const stop of stops) stop();
    };
  }, [db]);

  useEffect(() => {
    listAnnotations(db, meetingId).then(setAnnotations);
    // An annotation recorded from the meeting tab meanwhile shows here too.
    return ports.watchAnnotations?.((changed) => {
      if (changed === meetingId) listAnnotations(db, meetingId).then(setAnnotations, () => undefined);
    });
  }, [db, meetingId, ports]);

  const { commitments, ledgerMeetings } = useLedgerLists(settings, status, ports);

  const record = meetings?.find((candidate) => candidate.id === meetingId);
  // Other attendees' annotations of this meeting (it was joined from the ledger, or others joined it):
  // each once, this computer's own copy first (it may hold corrections not synced yet).
  const fromLedger = useLedgerAnnotations(settings, status, ports, meetingId);
  const held = new Set((annotations ?? []).map((annotation) => annotation.id));
  const others = fromLedger.filter((annotation) => !held.has(annotation.id));

  // After a write that succeeded: a failed re-read leaves the list as it was, never the write in doubt.
  const refresh = async () => {
    ports.sendToBackground({ type: 'outbox-changed' }).catch(() => undefined);
    await listAnnotations(db, meetingId).then(setAnnotations, () => undefined);
  };
  const update = async (id: string, change: Parameters<typeof updateAnnotation>[2]) => {
    const result = await updateAnnotation(db, id, change, env);
    if (result.ok) await refresh();
    return result;
  };
  const remove = async (id: string) => {
    const result = await deleteAnnotation(db, id, env);
    if (result.ok) await refresh();
    return result;
  };
  const sendDraft = async (languages: Language[]): Promise<ParseResult<unknown>> => {
    if (!record) return { ok: false, errors: [] };
    const ids = [...(annotations ?? []).filter((annotation) => !annotation.deleted).map((annotation) => annotation.id), ...others.map((annotation) => annotation.id)];
    const sent = await sendNotesDraft(db, record.id, { attribution: draftAttribution(record.meeting.attribution), languages, annotationIds: ids }, env);
    if (sent.ok) {
      setMeetings(await listMeetings(db));
      ports.sendToBackground({ type: 'outbox-changed' }).catch(() => undefined);
    }
    return sent;
  };

  const endedAt = new Map((meetings ?? []).flatMap((meeting) => (meeting.endedAt ? [[meeting.id, meeting.endedAt] as const] : [])));
  const schedule = (meetings ? meetingHistory(meetings, ledgerMeetings) : []).map((meeting) =>
    endedAt.has(meeting.id) ? { ...meeting, endedAt: endedAt.get(meeting.id)! } : meeting,
  );
  const ledgerMeeting = ledgerMeetings.find((meeting) => meeting.id === meetingId);

  return (
    <div class="panel notes-page">
      <header class="panel-header">
        <h1>{record ? record.meeting.title : t('extension.sidepanel.title')}</h1>
      </header>
      <main>
        {meetings === undefined || annotations === undefined ? (
          <p>{t('extension.sidepanel.loading')}</p>
        ) : !record?.endedAt ? (
          <>
            <p class="note">{t('notespage.notFound')}</p>
            <PastMeetings t={t} language={settings.language} meetings={meetings} onOpen={setMeetingId} />
          </>
        ) : (
          <MeetingNotes
            t={t}
            language={settings.language}
            record={record}
            annotations={annotations}
            othersAnnotations={others}
            commitments={commitments}
            meetings={schedule}
            {...(ledgerMeeting ? { ledgerMeeting } : {})}
            hasLedger={hasLedger(settings)}
            now={env.now}
            download={ports.download}
            copy={ports.copy}
            onUpdate={update}
            onDelete={remove}
            onSendDraft={sendDraft}
          />
        )}
      </main>
    </div>
  );
}
