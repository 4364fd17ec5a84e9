import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';
import type { FieldError, ParseResult } from '../../shared/domain/parse-value.ts';
import { PageContext } from '../features/page-context.ts';
import { createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '../services/annotations.ts';
import type { AnnotationRecord } from '../services/annotation-record.ts';
import { endMeeting, listMeetings, offsetSinceStart, saveMeeting, startMeeting } from '../services/meetings.ts';
import { JoinMeetings } from './JoinMeetings.tsx';
import { AckReply } from '../../shared/protocol/extension-messages.ts';
import type { MeetingRecord } from '../services/meeting-record.ts';
import { DEFAULT_SETTINGS, getSettings, hasLedger, type Settings, watchSettings } from '../services/settings.ts';
import { getSyncStatus, INITIAL_SYNC_STATUS, type SyncStatus, watchSyncStatus } from '../services/sync-status.ts';
import { type AnnotationFields, AnnotationComposer } from './AnnotationComposer.tsx';
import { AnnotationList } from './AnnotationList.tsx';
import { EndMeetingButton } from './EndMeetingButton.tsx';
import { FieldErrors } from './FieldErrors.tsx';
import { formatOffset } from '../../shared/ledger/exports/format-offset.ts';
import { makeTranslate } from './make-translate.ts';
import { MeetingClock } from './MeetingClock.tsx';
import { useDocumentLanguage } from './use-document-language.ts';
import { type MeetingDraft, MeetingSetup } from './MeetingSetup.tsx';
import type { PanelPorts } from './panel-ports.ts';
import { meetingHistory } from './read-ledger-meetings.ts';
import { useLedgerLists } from './use-ledger-lists.ts';
import { SyncStatusRegion } from './SyncStatusRegion.tsx';
import { useLazyComponent } from './use-lazy-component.ts';

const importRejectedChanges = () => import('./RejectedChanges.tsx').then((module) => module.RejectedChanges);
const importDocsLedgerPanel = () => import('./DocsLedgerPanel.tsx').then((module) => module.DocsLedgerPanel);

/** The meeting being annotated: started and not ended. */
function activeMeeting(meetings: readonly MeetingRecord[]): MeetingRecord | undefined {
  return meetings.find((record) => record.startedAt && !record.endedAt);
}

/**
 * Who the captions say is speaking. The platform features add `speaker.name` to the page context;
 * it is read from the raw message, so it reaches the panel whichever schema version sent it.
 */

/** The page's address as a remote link: only a meeting page's own http(s) address. */
function meetingUrl(page: PageContext | undefined): string | undefined {
  if (!page?.isMeetingOn || page.platform === 'docs' || !/^https?:\/\//i.test(page.url)) return undefined;
  return page.url;
}

/** This computer's time zone (IANA), for the notes' times; undefined if the runtime does not say. */
function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}


/**
 * An ended meeting in the panel: a short summary and the way to its notes, which open in a tab of
 * their own (the notes page: a full-width editor, and code the panel need not ship).
 */
function EndedMeeting(props: {
  t: ReturnType<typeof makeTranslate>;
  record: MeetingRecord;
  annotations: readonly AnnotationRecord[];
  onOpen: () => void;
  onNewMeeting: () => void;
}) {
  const { t, record } = props;
  // The meeting was just ended from a button that is now gone: focus goes to what replaced it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section class="notes" aria-labelledby="ended-heading">
      <h2 id="ended-heading" tabIndex={-1} ref={headingRef}>{t('extension.end.heading')}</h2>
      <p>{t('notespage.summary', { title: record.meeting.title, count: props.annotations.filter((annotation) => !annotation.deleted).length })}</p>
      <p class="hint">{t('notespage.openHint')}</p>
      <div class="row-actions wrap">
        <button type="button" class="primary" onClick={props.onOpen}>{t('notespage.open')}</button>
        <button type="button" onClick={props.onNewMeeting}>{t('extension.setup.heading')}</button>
      </div>
    </section>
  );
}

/** What the entrypoint already read while the page loaded, so the first render is the real one. */
export type PanelStart = { settings: Settings; meetings: MeetingRecord[] };

export function SidePanelApp({ ports, start: initial, undoMs }: { ports: PanelPorts; start?: PanelStart; undoMs?: number }) {
  const [settings, setSettings] = useState<Settings>(initial?.settings ?? DEFAULT_SETTINGS);
  const [status, setStatus] = useState<SyncStatus>(INITIAL_SYNC_STATUS);
  const [meetings, setMeetings] = useState<MeetingRecord[] | undefined>(initial?.meetings);
  const [shownId, setShownId] = useState<string | undefined>(initial && activeMeeting(initial.meetings)?.id);
  const [annotations, setAnnotations] = useState<AnnotationRecord[]>([]);
  const [page, setPage] = useState<PageContext | undefined>();
  const [captionSpeaker, setCaptionSpeaker] = useState<string | undefined>();
  const [endErrors, setEndErrors] = useState<readonly FieldError[]>([]);
  useDocumentLanguage(settings.language);
  const t = makeTranslate(settings.language);
  const { db, env } = ports;

  useEffect(() => {
    if (!initial) {
      getSettings().then(setSettings);
      listMeetings(db).then((all) => {
        setMeetings(all);
        setShownId(activeMeeting(all)?.id);
      });
    }
    getSyncStatus().then(setStatus);
    const stops = [watchSettings(setSettings), watchSyncStatus(setStatus)];
    // null: the active tab has nothing to say (not a meeting or Docs page).
    const takeContext = (raw: unknown) => {
      if (raw === null) {
        setCaptionSpeaker(undefined);
        return setPage(undefined);
      }
      const parsed = PageContext.safeParse(raw);
      if (!parsed.success) return;
      setPage(parsed.data);
      // Who is speaking now: the speaker of the platform's last caption line (extension/features).
      const name = parsed.data.captions === 'ok' ? parsed.data.captionLines?.at(-1)?.speaker?.trim() : undefined;
      setCaptionSpeaker(name || undefined);
    };
    ports.getPageContext().then(takeContext, () => undefined);
    stops.push(ports.watchPageContext(takeContext));
    return () => {
      for (const stop of stops) stop();
    };
  }, [db, ports]);

  // Sync now also asks the ledger's lists again (a meeting scheduled since the panel opened).
  const [asked, setAsked] = useState(0);
  const { commitments, ledgerMeetings, joinable } = useLedgerLists(settings, status, ports, asked);

  const shown = meetings?.find((record) => record.id === shownId);
  useEffect(() => {
    if (shownId) listAnnotations(db, shownId).then(setAnnotations);
    else setAnnotations([]);
    // Annotations made from the meeting tab (shortcut, on-page control) show at once.
    return ports.watchAnnotations?.((meetingId) => {
      if (meetingId === shownId) listAnnotations(db, meetingId).then(setAnnotations, () => undefined);
    });
  }, [db, shownId, ports]);

  // After a write that succeeded: a failed re-read leaves the list as it was, never the write in doubt.
  const refresh = async (meetingId: string) => {
    ports.sendToBackground({ type: 'outbox-changed' }).catch(() => undefined);
    await listAnnotations(db, meetingId).then(setAnnotations, () => undefined);
  };

  const start = async (draft: MeetingDraft): Promise<ParseResult<unknown>> => {
    const saved = await saveMeeting(
      db,
      { ...draft, startsAt: env.now().toISOString(), notesStatus: { en: 'none', fr: 'none' } },
      env,
    );
    if (!saved.ok) return saved;
    const started = await startMeeting(db, saved.value.id, env);
    if (!started.ok) return started;
    setMeetings(await listMeetings(db));
    setShownId(started.value.id);
    // The meeting header and clock sit at the top: bring them into view.
    globalThis.scrollTo?.({ top: 0 });
    ports.sendToBackground({ type: 'outbox-changed' }).catch(() => undefined);
    return started;
  };

  // The background joins (it knows from the ledger what this member may write about the meeting).
  const [joinProblem, setJoinProblem] = useState<AckReply>();
  const join = async (id: string) => {
    const reply = AckReply.safeParse(await ports.sendToBackground({ type: 'join-meeting', meetingId: id }).catch(() => undefined));
    setJoinProblem(reply.success ? reply.data : undefined);
    const all = await listMeetings(db);
    setMeetings(all);
    if (all.some((record) => record.id === id)) setShownId(id);
    globalThis.scrollTo?.({ top: 0 });
  };

  const update = async (id: string, change: Parameters<typeof updateAnnotation>[2]) => {
    const result = await updateAnnotation(db, id, change, env);
    if (result.ok && shown) await refresh(shown.id);
    return result;
  };
  const remove = async (id: string) => {
    const result = await deleteAnnotation(db, id, env);
    if (result.ok && shown) await refresh(shown.id);
    return result;
  };

  const annotate = async (fields: AnnotationFields): Promise<ParseResult<AnnotationRecord>> => {
    if (!shown) return { ok: false, errors: [] };
    const offsetMs = offsetSinceStart(shown, env.now());
    const caption = page?.captions === 'ok' ? page.captionText : undefined;
    const result = await createAnnotation(
      db,
      { meetingId: shown.id, ...fields, ...(offsetMs !== undefined ? { offsetMs } : {}), ...(caption ? { captionText: caption } : {}) },
      env,
    );
    if (result.ok) await refresh(shown.id);
    return result;
  };

  const end = async () => {
    if (!shown) return;
    const ended = await endMeeting(db, shown.id, env);
    setEndErrors(ended.ok ? [] : ended.errors);
    if (ended.ok) {
      setMeetings(await listMeetings(db));
      ports.sendToBackground({ type: 'outbox-changed' }).catch(() => undefined);
    }
  };

  const syncNow = useCallback(() => {
    ports.sendToBackground({ type: 'sync-now' }).catch(() => undefined);
    setAsked((n) => n + 1);
  }, [ports]);

  const describeSaved = (kind: AnnotationKind, offsetMs: number | undefined) =>
    t('extension.annotate.saved', { kind: t(`extension.kind.${kind}`), time: formatOffset(offsetMs) });

  const isDocs = page?.platform === 'docs' && page.docId;
  const history = meetings ? meetingHistory(meetings, ledgerMeetings) : [];
  const lastMeeting = meetings?.find((record) => record.meeting.attendees.length > 0)?.meeting;
  const DocsLedgerPanel = useLazyComponent(Boolean(isDocs), importDocsLedgerPanel);
  const RejectedChanges = useLazyComponent(status.rejected > 0, importRejectedChanges);
  return (
    <div class="panel" lang={settings.language}>
      <header class="panel-header">
        <h1>{t('extension.sidepanel.title')}</h1>
        <button type="button" class="link" onClick={ports.openOptions}>
          {t('extension.common.options')}
        </button>
      </header>
      <main>
        {isDocs && DocsLedgerPanel ? (
          <DocsLedgerPanel t={t} language={settings.language} docId={page.docId!} hasLedger={hasLedger(settings)} sendToBackground={ports.sendToBackground} />
        ) : null}
        {meetings === undefined ? (
          <p>{t('extension.sidepanel.loading')}</p>
        ) : !shown ? (
          <>
          {hasLedger(settings) ? (
            <JoinMeetings
              t={t}
              language={settings.language}
              entries={joinable.filter((entry) => !meetings.some((record) => record.id === entry.meeting.id))}
              {...(localTimeZone() ? { timeZone: localTimeZone() } : {})}
              onJoin={join}
              {...(joinProblem && !joinProblem.ok ? { problem: joinProblem.problem.message[settings.language] } : {})}
            />
          ) : null}
          <MeetingSetup
            t={t}
            language={settings.language}
            history={history}
            {...(page?.isMeetingOn && page.title ? { detectedTitle: page.title } : {})}
            {...(meetingUrl(page) ? { detectedUrl: meetingUrl(page) } : {})}
            {...(lastMeeting ? { lastMeeting } : {})}
            {...(localTimeZone() ? { timeZone: localTimeZone() } : {})}
            {...(settings.displayName && settings.side ? { defaultAttendee: { name: settings.displayName, side: settings.side } } : {})}
            onStart={start}
          />
          {meetings?.some((record) => record.endedAt) ? (
            <p>
              <button type="button" class="link" onClick={() => ports.openNotes('')}>{t('notes.past.heading')}</button>
            </p>
          ) : null}
          </>
        ) : shown.endedAt ? (
          <EndedMeeting t={t} record={shown} annotations={annotations} onOpen={() => ports.openNotes(shown.id)} onNewMeeting={() => setShownId(undefined)} />
        ) : (
          <>
            <div class="meeting-bar">
              <p class="meeting-on">
                <strong>{shown.meeting.title}</strong> · {t(`domain.meetingType.${shown.meeting.type}`)} ·{' '}
                {t(`domain.chairSide.${shown.meeting.chairSide}`)}
              </p>
              {shown.joined && !shown.joined.ownsRecord ? <p class="hint">{t('join.joined', { name: shown.joined.ownerName })}</p> : null}
              {shown.startedAt ? (
                <MeetingClock t={t} language={settings.language} startedAt={shown.startedAt} {...(shown.meeting.timeZone ? { timeZone: shown.meeting.timeZone } : {})} now={env.now} />
              ) : null}
            </div>
            {page?.isMeetingOn ? (
              <p class={page.captions === 'ok' ? 'hint' : 'note'}>
                {t(
                  page.captions === 'ok'
                    ? 'extension.annotate.captionsOk'
                    : page.captions === 'off'
                      ? 'platforms.panel.captionsOff'
                      : 'extension.annotate.captionsUnreadable',
                )}
              </p>
            ) : null}
            <AnnotationComposer
              t={t}
              language={settings.language}
              commitments={commitments}
              attendees={shown.meeting.attendees}
              {...(captionSpeaker ? { captionSpeaker } : {})}
              onSave={annotate}
              describeSaved={describeSaved}
            />
            <AnnotationList
              t={t}
              language={settings.language}
              annotations={annotations}
              commitments={commitments}
              attendees={shown.meeting.attendees}
              onUpdate={update}
              onDelete={remove}
              {...(undoMs !== undefined ? { undoMs } : {})}
            />
            {endErrors.length > 0 ? <FieldErrors lead={t('extension.end.refused')} errors={endErrors} language={settings.language} /> : null}
            <EndMeetingButton t={t} onEnd={end} />
          </>
        )}
      </main>
      <footer>
        <SyncStatusRegion status={status} t={t} language={settings.language} onSyncNow={syncNow} />
        {RejectedChanges ? <RejectedChanges t={t} language={settings.language} db={db} count={status.rejected} onRequeued={syncNow} /> : null}
      </footer>
    </div>
  );
}
