import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  getSyncStatus,
  INITIAL_SYNC_STATUS,
  SYNC_STATUS_KEY,
  setSyncStatus,
  watchSyncStatus,
  type SyncStatus,
} from '../../../extension/services/sync-status.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sync status', () => {
  it('starts as local-only with nothing queued', async () => {
    expect(await getSyncStatus()).toEqual(INITIAL_SYNC_STATUS);
  });

  it('round-trips and reaches watchers', async () => {
    const status: SyncStatus = {
      version: 1,
      state: 'offline',
      queued: 3,
      rejected: 1,
      failures: 2,
      nextRetryAt: '2026-11-27T14:01:00.000Z',
      problem: { code: 'offline', message: { en: 'a', fr: 'b' } },
    };
    const seen: SyncStatus[] = [];
    const stop = watchSyncStatus((next) => seen.push(next));
    await setSyncStatus(status);
    stop();
    expect(await getSyncStatus()).toEqual(status);
    expect(seen).toEqual([status]);
  });

  it.each([
    ['nothing', undefined],
    ['an unversioned value', { state: 'idle', queued: 2 }],
    ['a damaged value', { version: 1, state: 'exploded', queued: -1 }],
    ['a value from a newer release', { version: 4, state: 'idle' }],
  ])('reads %s as the initial status', async (_name, value) => {
    await fakeBrowser.storage.local.set({ [SYNC_STATUS_KEY]: value });
    expect(await getSyncStatus()).toEqual(INITIAL_SYNC_STATUS);
  });
});

describe('sync status writer', () => {
  it('serialises writes: a patch made while a run publishes never brings back the older status', async () => {
    const { createSyncStatusWriter } = await import('../../../extension/services/sync-status.ts');
    const writer = createSyncStatusWriter();
    const offline: SyncStatus = { version: 1, state: 'offline', queued: 3, rejected: 0, nextRetryAt: '2026-11-27T14:01:00.000Z' };
    await writer.publish({ version: 1, state: 'syncing', queued: 3, rejected: 0 });
    // A fresh count asked for, then the run's own status, then another fresh count: in that order.
    const patched = writer.patch(async (current) => ({ ...current, queued: 4 }));
    const published = writer.publish({ ...offline, queued: 4 });
    const again = writer.patch(async (current) => ({ ...current, queued: 5 }));
    await Promise.all([patched, published, again]);
    expect(await getSyncStatus()).toEqual({ ...offline, queued: 5 });
  });
});
