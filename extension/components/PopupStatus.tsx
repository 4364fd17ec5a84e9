import { useEffect, useState } from 'preact/hooks';
import type { MeetingRecord } from '../services/meeting-record.ts';
import { DEFAULT_SETTINGS, getSettings, type Settings, watchSettings } from '../services/settings.ts';
import { getSyncStatus, INITIAL_SYNC_STATUS, type SyncStatus, watchSyncStatus } from '../services/sync-status.ts';
import { makeTranslate } from './make-translate.ts';
import { useDocumentLanguage } from './use-document-language.ts';
import { SyncStatusRegion } from './SyncStatusRegion.tsx';

export type PopupPorts = {
  /** The meeting in progress, if any. */
  activeMeeting: () => Promise<MeetingRecord | undefined>;
  /** Opens the side panel (Chrome sidePanel, Firefox sidebarAction); false when the browser refused. */
  openSidePanel: () => Promise<boolean>;
  openOptions: () => void;
};

/** The toolbar popup: a short status and the way into the side panel. */
export function PopupStatus({ ports }: { ports: PopupPorts }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<SyncStatus>(INITIAL_SYNC_STATUS);
  const [meeting, setMeeting] = useState<MeetingRecord | undefined>();
  const [failed, setFailed] = useState(false);
  useDocumentLanguage(settings.language);
  const t = makeTranslate(settings.language);

  useEffect(() => {
    getSettings().then(setSettings);
    getSyncStatus().then(setStatus);
    ports.activeMeeting().then(setMeeting, () => undefined);
    const stops = [watchSettings(setSettings), watchSyncStatus(setStatus)];
    return () => {
      for (const stop of stops) stop();
    };
  }, [ports]);

  return (
    <main class="page popup" lang={settings.language}>
      <h1>{t('common.appName')}</h1>
      <p>{meeting ? t('extension.popup.meetingOn', { title: meeting.meeting.title }) : t('extension.popup.noMeeting')}</p>
      {/* Called straight from the click: opening a side panel needs the user gesture. */}
      <button type="button" class="primary" onClick={() => ports.openSidePanel().then((ok) => setFailed(!ok))}>
        {t('extension.popup.open')}
      </button>
      {failed ? <p role="alert" class="problem-text">{t('extension.popup.openFailed')}</p> : null}
      <SyncStatusRegion status={status} t={t} language={settings.language} />
      <button type="button" class="link" onClick={ports.openOptions}>
        {t('extension.common.options')}
      </button>
    </main>
  );
}
