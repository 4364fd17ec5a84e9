import type { Language } from '../../shared/i18n/language.ts';
import type { SyncStatus } from '../services/sync-status.ts';
import type { Translate } from './make-translate.ts';

const STATE_KEYS = {
  'local-only': 'extension.sync.localOnly',
  idle: 'extension.sync.idle',
  syncing: 'extension.sync.syncing',
  offline: 'extension.sync.offline',
  busy: 'syncload.status.busy',
  error: 'extension.sync.error',
} as const;

/** The state line: "up to date" only when it is (nothing waiting, something sent at least once). */
function stateKey(status: SyncStatus) {
  if (status.state === 'idle' && status.queued > 0) return 'syncload.status.aboutToSend' as const;
  if (status.state === 'idle' && !status.lastSyncAt) return 'syncload.status.nothingYet' as const;
  return STATE_KEYS[status.state];
}

/** The next try's time of day (the date is today's, or said by "last sync" when it matters). */
export function formatTimeOfDay(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleTimeString(language === 'fr' ? 'fr-CA' : 'en-CA', { hour: 'numeric', minute: '2-digit', second: '2-digit' });
}

export function formatLocalTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The "Sync status" live region: what sync is doing now (sending, waiting for the ledger and until
 * when), the true queued count, last sync, and any problem in plain words.
 */
export function SyncStatusRegion(props: { status: SyncStatus; t: Translate; language: Language; onSyncNow?: () => void }) {
  const { status, t, language } = props;
  return (
    <section class="sync" aria-labelledby="sync-heading">
      {/* Not atomic: after each annotation only the changed line ("Waiting to be sent: 4") is read out. */}
      <div role="status" aria-labelledby="sync-heading" aria-atomic="false" data-state={status.state}>
        <h2 id="sync-heading">{t('extension.sync.heading')}</h2>
        <p>{t(stateKey(status))}</p>
        {status.problem ? <p class="problem-text">{status.problem.message[language]}</p> : null}
        {(status.state === 'offline' || status.state === 'busy') && status.nextRetryAt ? (
          <p>{t('syncload.status.nextTry', { time: formatTimeOfDay(status.nextRetryAt, language) })}</p>
        ) : null}
        <p>{t('extension.sync.queued', { count: status.queued })}</p>
        {status.rejected > 0 ? <p class="problem-text">{t('extension.sync.rejected', { count: status.rejected })}</p> : null}
        <p>
          {status.lastSyncAt
            ? t('extension.sync.lastSync', { time: formatLocalTime(status.lastSyncAt, language) })
            : t('extension.sync.never')}
        </p>
      </div>
      {props.onSyncNow && status.state !== 'local-only' ? (
        <button type="button" onClick={props.onSyncNow}>
          {t('extension.sync.now')}
        </button>
      ) : null}
    </section>
  );
}
