import type { SyncStatus } from './sync-status.ts';

/** Why a sync was asked for. `manual` (the user) and `settings` (new URL or token) always run. */
export type SyncTrigger = 'change' | 'alarm' | 'online' | 'startup' | 'manual' | 'settings';

export type SyncCoordinatorDeps = {
  getStatus: () => Promise<SyncStatus>;
  /** One full run of the sync engine. */
  run: () => Promise<SyncStatus>;
  /** When a trigger does not run (a refused token, a backoff): the status with fresh counts. */
  skip?: () => Promise<SyncStatus>;
  now: () => Date;
};

/**
 * Runs one sync at a time: a trigger during a run asks for one more run after it, however many
 * triggers came (so 100 quick annotations cause 2 runs, not 100). Automatic triggers wait while a
 * refused token waits for the user, and alarms respect the backoff's next try time.
 */
export function createSyncCoordinator(deps: SyncCoordinatorDeps) {
  let running: Promise<SyncStatus> | undefined;
  let again = false;

  async function shouldRun(trigger: SyncTrigger): Promise<boolean> {
    if (trigger === 'manual' || trigger === 'settings') return true;
    const status = await deps.getStatus();
    if (status.problem?.code === 'unauthorized') return false;
    if (trigger === 'alarm' && status.nextRetryAt && Date.parse(status.nextRetryAt) > deps.now().getTime()) return false;
    return true;
  }

  async function loop(): Promise<SyncStatus> {
    let status: SyncStatus;
    do {
      again = false;
      status = await deps.run();
      // A refused token waits for the user even if more changes came in meanwhile.
    } while (again && status.problem?.code !== 'unauthorized');
    return status;
  }

  return {
    /** Resolves with the status after the run that includes this trigger (or the current one if skipped). */
    async trigger(trigger: SyncTrigger): Promise<SyncStatus> {
      if (running) {
        again = true;
        return running;
      }
      if (!(await shouldRun(trigger))) return deps.skip ? deps.skip() : deps.getStatus();
      if (running) {
        again = true;
        return running;
      }
      running = loop().finally(() => {
        running = undefined;
      });
      return running;
    },
    isRunning: () => running !== undefined,
  };
}
