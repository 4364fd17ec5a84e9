import { bilingualMessage } from '../../shared/i18n/translate.ts';
import type { MessageKey } from '../../shared/i18n/catalogue.ts';
import { MAX_EVENTS_PER_BATCH } from '../../shared/protocol/limits.ts';
import type { LedgerTransport } from '../adapters/ledger-client.ts';
import { backoffDelay, type BackoffOptions, DEFAULT_BACKOFF } from './backoff-delay.ts';
import type { CocreateDb } from './db.ts';
import { appendEvents, type CallFailure } from './ledger-calls.ts';
import { acknowledge, countOutbox, countRejected, markRejected, peekBatch, recordAttempt } from './outbox.ts';
import { hasLedger, type Settings } from './settings.ts';
import type { SyncProblem, SyncStatus } from './sync-status.ts';

export type SyncDeps = {
  db: CocreateDb;
  transport: LedgerTransport;
  settings: Settings;
  /** The status as last saved (failures so far, last sync time). */
  previous: SyncStatus;
  /** Saves each status change so the pages show it while the run goes on. */
  publish: (status: SyncStatus) => Promise<void>;
  now: () => Date;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  /** False when the browser has not granted the ledger's host: said instead of "offline". */
  canReachHost?: () => Promise<boolean>;
  /** Tries within one run before leaving the rest to the next trigger (alarm, online, change). */
  retriesPerRun?: number;
  batchSize?: number;
  backoff?: BackoffOptions;
};

export type SyncReport = { status: SyncStatus; requests: number; acknowledged: number; rejected: number };

const problem = (code: string, key: MessageKey, params?: Record<string, number>): SyncProblem => ({
  code,
  message: bilingualMessage(key, params),
});

/** Whether a failure may pass by itself (retry with backoff) or needs the user (stop and say so). */
function classify(failure: CallFailure): { transient: boolean; problem: SyncProblem } {
  switch (failure.kind) {
    case 'network':
      return { transient: true, problem: problem('offline', 'sync.problem.offline') };
    case 'bad-response':
      return { transient: false, problem: problem('bad_response', 'sync.problem.badResponse') };
    case 'refused':
      switch (failure.code) {
        case 'busy':
          return { transient: true, problem: problem('busy', 'sync.problem.busy') };
        case 'internal':
          return { transient: true, problem: problem('internal', 'sync.problem.internal') };
        case 'unauthorized':
          return { transient: false, problem: problem('unauthorized', 'sync.problem.unauthorized') };
        case 'too_large':
          return { transient: false, problem: problem('too_large', 'sync.problem.tooLarge') };
        case 'bad_request':
          return { transient: false, problem: problem('bad_request', 'sync.problem.badRequest') };
      }
  }
}

/**
 * Sends the outbox to the ledger, oldest first, in batches of at most 500 (DESIGN §5). Each entry
 * keeps its event id, so a retry after a lost answer is answered `duplicate`, which counts as
 * acknowledged. Refused events stay in the outbox, marked and counted. `unauthorized` stops the
 * run and says so; `busy`, server errors and a lost network are retried with backoff and jitter.
 */
export async function runSync(deps: SyncDeps): Promise<SyncReport> {
  const { db, settings } = deps;
  const report = { requests: 0, acknowledged: 0, rejected: 0 };
  const base = async (): Promise<SyncStatus> => ({
    version: 1,
    state: 'idle',
    queued: await countOutbox(db),
    rejected: await countRejected(db),
    ...(deps.previous.lastSyncAt ? { lastSyncAt: deps.previous.lastSyncAt } : {}),
  });
  const finish = async (status: SyncStatus): Promise<SyncReport> => {
    await deps.publish(status);
    return { status, ...report };
  };

  if (!hasLedger(settings)) return finish({ ...(await base()), state: 'local-only' });

  const connection = { transport: deps.transport, ledgerUrl: settings.ledgerUrl, token: settings.token };
  const retriesPerRun = deps.retriesPerRun ?? 3;
  let batchSize = Math.min(deps.batchSize ?? MAX_EVENTS_PER_BATCH, MAX_EVENTS_PER_BATCH);
  let failures = deps.previous.failures ?? 0;
  let triesThisRun = 0;
  let lastSyncAt = deps.previous.lastSyncAt;

  await deps.publish({ ...(await base()), state: 'syncing' });
  for (;;) {
    const batch = await peekBatch(db, batchSize);
    if (batch.length === 0) break;
    const ids = batch.map((entry) => entry.id);
    await recordAttempt(db, ids);
    report.requests++;
    const outcome = await appendEvents(
      connection,
      batch.map((entry) => entry.event),
    );

    if (outcome.kind === 'ok') {
      const inBatch = new Set(ids);
      const answered = outcome.results.filter((result) => inBatch.has(result.id));
      // An answer that settles none of what was sent would loop forever: treat it as a bad answer.
      if (answered.length === 0) {
        return finish({
          ...(await base()),
          ...(lastSyncAt ? { lastSyncAt } : {}),
          state: 'error',
          problem: problem('bad_response', 'sync.problem.badResponse'),
        });
      }
      const done = answered.filter((r) => r.status === 'accepted' || r.status === 'duplicate').map((r) => r.id);
      await acknowledge(db, done);
      for (const result of answered.filter((r) => r.status === 'rejected')) {
        const code = result.error?.code ?? 'rejected';
        await markRejected(db, result.id, { code, message: result.error?.message ?? '' });
      }
      report.acknowledged += done.length;
      report.rejected += answered.length - done.length;
      lastSyncAt = deps.now().toISOString();
      failures = 0;
      triesThisRun = 0;
      // Progress for the status region (and, in the background, a sign of life between requests).
      await deps.publish({ ...(await base()), lastSyncAt, state: 'syncing' });
      continue;
    }

    if (outcome.kind === 'refused' && outcome.code === 'too_large') {
      if (batch.length > 1) {
        batchSize = Math.ceil(batch.length / 2); // the same events again, in smaller requests
        continue;
      }
      // One event alone is too large: keep it, refused and shown, and let the rest through.
      await markRejected(db, ids[0]!, { code: 'too_large', message: outcome.message });
      report.rejected++;
      continue;
    }

    const { transient, problem: cause } = classify(outcome);
    failures++;
    triesThisRun++;
    const wait = backoffDelay(failures, deps.random, deps.backoff ?? DEFAULT_BACKOFF);
    if (transient && triesThisRun <= retriesPerRun) {
      await deps.sleep(wait);
      continue;
    }
    const shown =
      outcome.kind === 'network' && deps.canReachHost && !(await deps.canReachHost())
        ? problem('no_permission', 'sync.problem.noPermission')
        : cause;
    return finish({
      ...(await base()),
      ...(lastSyncAt ? { lastSyncAt } : {}),
      // Without the host grant a failed fetch may be CORS, not the network: still retried, but said.
      state: transient ? 'offline' : 'error',
      failures,
      // A refused token waits for the user (new token or "sync now"); the rest is tried again by itself.
      ...(shown.code === 'unauthorized' ? {} : { nextRetryAt: new Date(deps.now().getTime() + wait).toISOString() }),
      problem: shown,
    });
  }

  const status = await base();
  const rejectedProblem = status.rejected > 0 ? { problem: problem('rejected', 'sync.problem.rejected', { count: status.rejected }) } : {};
  return finish({ ...status, ...(lastSyncAt ? { lastSyncAt } : {}), state: 'idle', ...rejectedProblem });
}
