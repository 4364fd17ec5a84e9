import { describe, expect, it } from 'vitest';
import { createSyncCoordinator, type SyncTrigger } from '../../../extension/services/sync-coordinator.ts';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '../../../extension/services/sync-status.ts';

const NOW = new Date('2026-11-27T15:00:00.000Z');

function setup(status: Partial<SyncStatus> = {}) {
  let current: SyncStatus = { ...INITIAL_SYNC_STATUS, state: 'idle', ...status };
  let runs = 0;
  let release: (() => void) | undefined;
  let hold = false;
  const coordinator = createSyncCoordinator({
    getStatus: async () => current,
    now: () => NOW,
    run: async () => {
      runs++;
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      return current;
    },
  });
  return {
    coordinator,
    runs: () => runs,
    holdRuns: () => {
      hold = true;
    },
    releaseRun: () => {
      hold = false;
      release?.();
    },
    setStatus: (next: Partial<SyncStatus>) => {
      current = { ...current, ...next };
    },
  };
}

describe('sync coordinator', () => {
  it('runs one sync at a time and folds triggers during a run into one more run', async () => {
    const s = setup();
    s.holdRuns();
    const first = s.coordinator.trigger('change');
    await Promise.resolve();
    await Promise.resolve();
    const during = Array.from({ length: 100 }, () => s.coordinator.trigger('change'));
    s.releaseRun();
    await Promise.all([first, ...during]);
    expect(s.runs()).toBe(2);
    expect(s.coordinator.isRunning()).toBe(false);
  });

  it.each<[string, Partial<SyncStatus>, SyncTrigger, number]>([
    ['an alarm with nothing pending', {}, 'alarm', 1],
    ['an alarm before the backoff time', { nextRetryAt: '2026-11-27T15:00:30.000Z' }, 'alarm', 0],
    ['an alarm after the backoff time', { nextRetryAt: '2026-11-27T14:59:30.000Z' }, 'alarm', 1],
    ['the network coming back, even before the backoff time', { nextRetryAt: '2026-11-27T15:00:30.000Z' }, 'online', 1],
    ['a change while the token is refused', { state: 'error', problem: { code: 'unauthorized', message: { en: 'x', fr: 'y' } } }, 'change', 0],
    ['an alarm while the token is refused', { state: 'error', problem: { code: 'unauthorized', message: { en: 'x', fr: 'y' } } }, 'alarm', 0],
    ['new settings while the token is refused', { state: 'error', problem: { code: 'unauthorized', message: { en: 'x', fr: 'y' } } }, 'settings', 1],
    ['"sync now" while the token is refused', { state: 'error', problem: { code: 'unauthorized', message: { en: 'x', fr: 'y' } } }, 'manual', 1],
  ])('%s: %i run(s)', async (_name, status, trigger, expected) => {
    const s = setup(status);
    await s.coordinator.trigger(trigger);
    expect(s.runs()).toBe(expected);
  });

  it('does not run again after a refused token, however many changes came during the run', async () => {
    const s = setup();
    s.holdRuns();
    const first = s.coordinator.trigger('change');
    await Promise.resolve();
    await Promise.resolve();
    const during = s.coordinator.trigger('change');
    s.setStatus({ state: 'error', problem: { code: 'unauthorized', message: { en: 'x', fr: 'y' } } });
    s.releaseRun();
    await Promise.all([first, during]);
    expect(s.runs()).toBe(1);
  });
});
