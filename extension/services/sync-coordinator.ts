import type { SyncStatus } from './sync-status.ts';

/** Why a sync was asked for. `manual` (the user) and `settings` (new URL or token) always run. */
export type SyncTrigger = 'change' | 'alarm' | 'online' | 'startup' | 'manual' | 'settings';

/** A wait that the coordinator can cut short: `'woken'` when it was. */
export type WakeableSleep = (ms: number) => Promise<'slept' | 'woken'>;

export type GatherWindow = { minMs: number; maxMs: number };

/**
 * After an annotation, sync waits a random 2–10 s so that the next few (a burst after a decision)
 * go in the same request, and so that hundreds of attendees who react to the same moment do not
 * reach the ledger in the same second. Short beside the 2-minute lag target (DESIGN §8).
 */
export const DEFAULT_GATHER: GatherWindow = { minMs: 2_000, maxMs: 10_000 };

export type SyncCoordinatorDeps = {
  getStatus: () => Promise<SyncStatus>;
  /** One full run of the sync engine; its waits go through `sleep` so "Sync now" can end them. */
  run: (sleep: WakeableSleep) => Promise<SyncStatus>;
  /** When a trigger does not run (a refused token, a backoff): the status with fresh counts. */
  skip?: () => Promise<SyncStatus>;
  /** A change came while a run goes on or gathers: show the true queued count now. */
  refresh?: () => Promise<unknown>;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  gather?: GatherWindow;
};

/**
 * Runs one sync at a time: a trigger during a run asks for one more run after it, however many
 * triggers came (so 100 quick annotations cause 2 runs, not 100). A change waits a short random
 * gathering window, and never comes before the backoff's next try time; alarms respect that time
 * too. "Sync now", new settings and the network coming back end any wait at once (the run's sleep
 * included) and the run tries again from a fresh backoff. Automatic triggers wait while a refused
 * token waits for the user.
 */
export function createSyncCoordinator(deps: SyncCoordinatorDeps) {
  let running: Promise<SyncStatus> | undefined;
  let again = false;
  let forced = false;
  /** Before the run's first request: a change now simply joins it. */
  let gathering = false;
  let wake: (() => void) | undefined;
  const gather = deps.gather ?? DEFAULT_GATHER;

  const sleep: WakeableSleep = (ms) =>
    new Promise<'slept' | 'woken'>((resolve) => {
      wake = () => resolve('woken');
      deps.sleep(ms).then(() => resolve('slept'));
    }).finally(() => {
      wake = undefined;
    });

  const isForced = (trigger: SyncTrigger) => trigger === 'manual' || trigger === 'settings' || trigger === 'online';

  async function shouldRun(trigger: SyncTrigger): Promise<boolean> {
    if (trigger === 'manual' || trigger === 'settings') return true;
    const status = await deps.getStatus();
    if (status.problem?.code === 'unauthorized') return false;
    if (trigger === 'alarm' && status.nextRetryAt && Date.parse(status.nextRetryAt) > deps.now().getTime()) return false;
    return true;
  }

  /** Before an automatic run: the gathering window for a change, and no earlier than the next try time. */
  async function waitBeforeRun(trigger: SyncTrigger): Promise<void> {
    if (isForced(trigger)) return;
    if (trigger === 'change') await deps.refresh?.().catch(() => undefined);
    const status = await deps.getStatus();
    const backoffLeft = status.nextRetryAt ? Date.parse(status.nextRetryAt) - deps.now().getTime() : 0;
    const window = trigger === 'change' ? gather.minMs + deps.random() * (gather.maxMs - gather.minMs) : 0;
    const wait = Math.max(backoffLeft, window);
    if (wait > 0) await sleep(wait);
  }

  async function loop(first: SyncTrigger): Promise<SyncStatus> {
    let next = first;
    for (;;) {
      again = false;
      forced = false;
      gathering = true;
      await waitBeforeRun(next);
      gathering = false;
      const status = await deps.run(sleep);
      if (forced) {
        next = 'manual';
        continue;
      }
      // A refused token waits for the user even if more changes came in meanwhile.
      if (!again || status.problem?.code === 'unauthorized') return status;
      next = 'change';
    }
  }

  /** Resolves with the status after the run that includes this trigger (or the current one if skipped). */
  async function trigger(why: SyncTrigger): Promise<SyncStatus> {
    if (running) {
      if (isForced(why)) {
        // A wait under way (gathering, backoff) ends now and the run goes on with everything queued;
        // a request under way gets a run right after it.
        if (wake) wake();
        else forced = true;
      } else {
        if (!gathering) again = true;
        if (why === 'change') void deps.refresh?.().catch(() => undefined);
      }
      return running;
    }
    if (!(await shouldRun(why))) return deps.skip ? deps.skip() : deps.getStatus();
    if (running) return trigger(why);
    running = loop(why).finally(() => {
      running = undefined;
    });
    return running;
  }

  return { trigger, isRunning: () => running !== undefined };
}
