import { bilingualMessage } from '../../shared/i18n/translate.ts';
import type { MessageKey } from '../../shared/i18n/catalogue.ts';
import { MAX_EVENTS_PER_BATCH } from '../../shared/protocol/limits.ts';
import type { LedgerTransport } from '../adapters/ledger-client.ts';
import { backoffDelay, type BackoffOptions, crowdDelay, DEFAULT_BACKOFF, hintedDelay } from './backoff-delay.ts';
import type { CocreateDb } from './db.ts';
import { appendEvents, type CallFailure } from './ledger-calls.ts';
import { acknowledge, countOutbox, countRejected, markRejected, peekBatch, recordAttempt, requeueEntry } from './outbox.ts';
import { hasLedger, type Settings } from './settings.ts';
import type { SyncProblem, SyncState, SyncStatus } from './sync-status.ts';

export type SyncDeps = {
  db: CocreateDb;
  transport: LedgerTransport;
  settings: Settings;
  /** The status as last saved (the last sync time; a run's failures start again from zero). */
  previous: SyncStatus;
  /** Saves each status change so the pages show it while the run goes on. */
  publish: (status: SyncStatus) => Promise<void>;
  now: () => Date;
  random: () => number;
  /** Waits `ms`; resolves `'woken'` when the user asked to sync now meanwhile (sync-coordinator.ts). */
  sleep: (ms: number) => Promise<unknown>;
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
function classify(failure: CallFailure): { transient: boolean; state: SyncState; problem: SyncProblem } {
  switch (failure.kind) {
    case 'network':
      return { transient: true, state: 'offline', problem: problem('offline', 'sync.problem.offline') };
    case 'bad-response':
      return { transient: false, state: 'error', problem: problem('bad_response', 'sync.problem.badResponse') };
    case 'refused':
      switch (failure.code) {
        case 'busy':
          return { transient: true, state: 'busy', problem: problem('busy', 'sync.problem.busy') };
        case 'internal':
          return { transient: true, state: 'busy', problem: problem('internal', 'sync.problem.internal') };
        case 'unauthorized':
          return { transient: false, state: 'error', problem: problem('unauthorized', 'sync.problem.unauthorized') };
        case 'too_large':
          return { transient: false, state: 'error', problem: problem('too_large', 'sync.problem.tooLarge') };
        case 'bad_request':
          return { transient: false, state: 'error', problem: problem('bad_request', 'sync.problem.badRequest') };
      }
  }
}

/** How many `internal` answers in a row to the same events before they are split to find the one. */
const INTERNAL_STRIKES = 2;

/**
 * Sends the outbox to the ledger, oldest first, in batches of at most 500 (DESIGN §5). Each entry
 * keeps its event id, so a retry after a lost answer is answered `duplicate`, which counts as
 * acknowledged. Refused events stay in the outbox, marked and counted. `unauthorized` stops the
 * run and says so; `busy`, server errors and a lost network are retried with full-jitter backoff
 * (or after the ledger's retry hint), and the status says so, with the next try's time, while it
 * waits. The backoff starts from zero in every run: a run the user starts is never held back by
 * the failures of an earlier one. A batch answered `internal` twice is split in halves until the one
 * event that fails is alone; that event is kept as refused (`internal`), the rest go through.
 */
export async function runSync(deps: SyncDeps): Promise<SyncReport> {
  const { db, settings } = deps;
  const report = { requests: 0, acknowledged: 0, rejected: 0 };
  let lastSyncAt = deps.previous.lastSyncAt;
  const base = async (): Promise<SyncStatus> => ({
    version: 1,
    state: 'idle',
    queued: await countOutbox(db),
    rejected: await countRejected(db),
    ...(lastSyncAt ? { lastSyncAt } : {}),
  });
  const finish = async (status: SyncStatus): Promise<SyncReport> => {
    await deps.publish(status);
    return { status, ...report };
  };

  if (!hasLedger(settings)) return finish({ ...(await base()), state: 'local-only' });

  const connection = { transport: deps.transport, ledgerUrl: settings.ledgerUrl, token: settings.token };
  const retriesPerRun = deps.retriesPerRun ?? 3;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const fullBatch = Math.min(deps.batchSize ?? MAX_EVENTS_PER_BATCH, MAX_EVENTS_PER_BATCH);
  let batchSize = fullBatch;
  // Halved to find a poison event; once it is found, grows back after each success so the rest is
  // not sent one by one (growing earlier would send the suspect again with its neighbours).
  let narrowed = false;
  let hunting = false;
  let failures = 0;
  let triesThisRun = 0;
  let internalStrikes = 0;
  // An event kept as refused for `internal` while no request of this run has gone through: if the
  // next lone event fails the same way too, it is the ledger that is broken, not the event, so the
  // first goes back in the queue and, for the rest of the run, `internal` is only waited out.
  let anySuccess = false;
  let unconfirmedPoison: string | undefined;
  let ledgerLooksBroken = false;

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
        return finish({ ...(await base()), state: 'error', problem: problem('bad_response', 'sync.problem.badResponse') });
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
      internalStrikes = 0;
      anySuccess = true;
      unconfirmedPoison = undefined;
      if (narrowed && !hunting) batchSize = Math.min(fullBatch, batchSize * 2);
      // Progress for the status region (and, in the background, a sign of life between requests).
      await deps.publish({ ...(await base()), state: 'syncing' });
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

    if (outcome.kind === 'refused' && outcome.code === 'internal' && !ledgerLooksBroken && ++internalStrikes >= INTERNAL_STRIKES) {
      // The same events failed twice: one of them may be what breaks the ledger (a poison event).
      internalStrikes = 0;
      if (batch.length > 1) {
        batchSize = Math.ceil(batch.length / 2);
        narrowed = true;
        hunting = true;
        triesThisRun = 0; // narrowing down is progress, not another failed try
      } else if (unconfirmedPoison === undefined) {
        await markRejected(db, ids[0]!, { code: 'internal', message: outcome.message });
        report.rejected++;
        hunting = false;
        if (!anySuccess) unconfirmedPoison = ids[0];
        triesThisRun = 0;
        continue;
      } else {
        await requeueEntry(db, unconfirmedPoison);
        report.rejected--;
        unconfirmedPoison = undefined;
        ledgerLooksBroken = true;
      }
    }

    const { transient, state, problem: cause } = classify(outcome);
    failures++;
    triesThisRun++;
    const hint = outcome.kind === 'refused' ? outcome.retryAfterMs : undefined;
    // A hint repeated means the ledger is still overloaded: each one doubles (up to the cap, never
    // below the hint itself), so a crowd of browsers sends fewer and fewer requests, not the same
    // number all refused.
    // Turned away by Google with no hint (every execution taken): a floor, so the room does not storm.
    const crowded = outcome.kind === 'refused' && outcome.crowded === true;
    const wait =
      hint !== undefined
        ? Math.max(hint, Math.min(backoff.capMs, hintedDelay(hint * 2 ** (failures - 1), deps.random)))
        : crowded
          ? crowdDelay(failures, deps.random)
          : backoffDelay(failures, deps.random, backoff);
    const nextRetryAt = new Date(deps.now().getTime() + wait).toISOString();
    const shown =
      outcome.kind === 'network' && deps.canReachHost && !(await deps.canReachHost())
        ? problem('no_permission', 'sync.problem.noPermission')
        : cause;
    if (transient && triesThisRun <= retriesPerRun) {
      // Said while waiting, so the status is never "sending" during the sleep.
      await deps.publish({ ...(await base()), state, failures, nextRetryAt, problem: shown });
      if ((await deps.sleep(wait)) === 'woken') {
        failures = 0;
        triesThisRun = 0;
      }
      await deps.publish({ ...(await base()), state: 'syncing' });
      continue;
    }
    return finish({
      ...(await base()),
      // Without the host grant a failed fetch may be CORS, not the network: still retried, but said.
      state,
      failures,
      // A refused token waits for the user (new token or "sync now"); the rest is tried again by itself.
      ...(transient ? { nextRetryAt } : {}),
      problem: shown,
    });
  }

  const status = await base();
  const rejectedProblem = status.rejected > 0 ? { problem: problem('rejected', 'sync.problem.rejected', { count: status.rejected }) } : {};
  return finish({ ...status, state: 'idle', ...rejectedProblem });
}
