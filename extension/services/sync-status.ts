import * as z from 'zod/mini';
import { BilingualText } from '../../shared/domain/bilingual-text.ts';
import { IsoDateTime } from '../../shared/domain/iso-time.ts';
import { localArea, type StorageArea } from '../adapters/storage-area.ts';
import { type Migration, migrateVersioned } from './migrate-versioned.ts';

/**
 * What the "Sync status" region shows. `local-only`: no ledger configured (a normal way to work);
 * `syncing`: a request is on its way; `offline`: the ledger could not be reached, sync resumes by
 * itself at `nextRetryAt`; `busy`: the ledger answered but asked to come back later (busy, throttled,
 * an internal error), also at `nextRetryAt`; `error`: the user must act (e.g. a revoked token), and
 * `problem` says what, in both languages.
 */
export const SyncState = z.enum(['idle', 'syncing', 'offline', 'busy', 'error', 'local-only']);
export type SyncState = z.infer<typeof SyncState>;

export const SyncProblem = z.object({ code: z.string(), message: BilingualText });
export type SyncProblem = z.infer<typeof SyncProblem>;

export const SyncStatus = z.object({
  version: z.literal(1),
  state: SyncState,
  /** Events waiting for the ledger. */
  queued: z.int().check(z.minimum(0)),
  /** Events the ledger refused; kept and listed, never dropped. */
  rejected: z.int().check(z.minimum(0)),
  lastSyncAt: z.optional(IsoDateTime),
  /** Failed tries in a row within the current run (each run starts again from zero). */
  failures: z.optional(z.int().check(z.minimum(0))),
  nextRetryAt: z.optional(IsoDateTime),
  problem: z.optional(SyncProblem),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SYNC_STATUS_KEY = 'syncStatus';

export const INITIAL_SYNC_STATUS: SyncStatus = { version: 1, state: 'local-only', queued: 0, rejected: 0 };

/** Version 0 never existed on disk; anything unversioned is replaced by the initial status. */
export const SYNC_STATUS_MIGRATIONS: readonly Migration[] = [() => ({ ...INITIAL_SYNC_STATUS })];

function readStatus(value: unknown): SyncStatus {
  const migrated = migrateVersioned(value, SYNC_STATUS_MIGRATIONS);
  if (migrated.kind !== 'current' && migrated.kind !== 'migrated') return INITIAL_SYNC_STATUS;
  const parsed = SyncStatus.safeParse(migrated.value);
  return parsed.success ? parsed.data : INITIAL_SYNC_STATUS;
}

export async function getSyncStatus(area: StorageArea = localArea): Promise<SyncStatus> {
  return readStatus(await area.get(SYNC_STATUS_KEY));
}

/** Written by the background only; pages watch it. */
export async function setSyncStatus(status: SyncStatus, area: StorageArea = localArea): Promise<void> {
  await area.set(SYNC_STATUS_KEY, SyncStatus.parse(status));
}

/**
 * The background's one writer of the status: every write, whole (a run's progress) or a patch (a
 * fresh queued count while a run sleeps), goes through one queue, so a patch never brings back a
 * status that a run has since replaced.
 */
export function createSyncStatusWriter(area: StorageArea = localArea) {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    publish: (status: SyncStatus) => enqueue(() => setSyncStatus(status, area)),
    patch: (change: (current: SyncStatus) => Promise<SyncStatus>) =>
      enqueue(async () => {
        const next = await change(await getSyncStatus(area));
        await setSyncStatus(next, area);
        return next;
      }),
  };
}

export function watchSyncStatus(onChange: (status: SyncStatus) => void, area: StorageArea = localArea): () => void {
  return area.watch(SYNC_STATUS_KEY, (value) => onChange(readStatus(value)));
}
