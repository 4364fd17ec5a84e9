import { describe, expect, it } from 'vitest';
import { createSyncCoordinator, type SyncTrigger, type WakeableSleep } from '../../../extension/services/sync-coordinator.ts';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '../../../extension/services/sync-status.ts';
import { fakeClock } from './fake-clock.ts';

function setup(status: Partial<SyncStatus> = {}, runBody?: (sleep: WakeableSleep) => Promise<void>) {
  const clock = fakeClock();
  let current: SyncStatus = { ...INITIAL_SYNC_STATUS, state: 'idle', ...status };
  let runs = 0;
  const runStarts: number[] = [];
  let refreshes = 0;
  let release: (() => void) | undefined;
  let hold = false;
  const coordinator = createSyncCoordinator({
    getStatus: async () => current,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    refresh: async () => {
      refreshes++;
    },
    run: async (sleep) => {
      runs++;
      runStarts.push(clock.now().getTime());
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      await runBody?.(sleep);
      return current;
    },
  });
  return {
    clock,
    coordinator,
    runs: () => runs,
    runStarts,
    refreshes: () => refreshes,
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

const START = Date.parse('2026-11-27T15:00:00.000Z');

describe('sync coordinator', () => {
  it('runs one sync at a time and folds triggers during a run into one more run', async () => {
    const s = setup();
    s.holdRuns();
    const first = s.coordinator.trigger('alarm');
    await s.clock.settle();
    const during = Array.from({ length: 100 }, () => s.coordinator.trigger('change'));
    s.releaseRun();
    await s.clock.advance(60_000);
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
    const done = s.coordinator.trigger(trigger);
    await s.clock.advance(60_000);
    await done;
    expect(s.runs()).toBe(expected);
  });

  it('does not run again after a refused token, however many changes came during the run', async () => {
    const s = setup();
    s.holdRuns();
    const first = s.coordinator.trigger('alarm');
    await s.clock.settle();
    const during = s.coordinator.trigger('change');
    s.setStatus({ state: 'error', problem: { code: 'unauthorized', message: { en: 'x', fr: 'y' } } });
    s.releaseRun();
    await s.clock.advance(60_000);
    await Promise.all([first, during]);
    expect(s.runs()).toBe(1);
  });
});

describe('sync coordinator: spreading the load', () => {
  it('a change waits a random gathering window of 2–10 s; the annotations that follow join the same run', async () => {
    const s = setup();
    const first = s.coordinator.trigger('change');
    await s.clock.advance(1_000);
    const more = [s.coordinator.trigger('change'), s.coordinator.trigger('change')];
    expect(s.runs()).toBe(0);
    await s.clock.advance(60_000);
    await Promise.all([first, ...more]);
    expect(s.clock.sleeps).toEqual([6_000]); // 2 s + 0.5 × 8 s
    expect(s.runStarts).toEqual([START + 6_000]);
    expect(s.runs()).toBe(1);
    expect(s.refreshes()).toBeGreaterThanOrEqual(3); // the queued count follows each annotation
  });

  it('a change never comes before the backoff’s next try time', async () => {
    const s = setup({ state: 'offline', nextRetryAt: '2026-11-27T15:00:45.000Z' });
    const done = s.coordinator.trigger('change');
    await s.clock.advance(120_000);
    await done;
    expect(s.runStarts).toEqual([START + 45_000]);
  });

  it('"Sync now" ends the gathering window at once', async () => {
    const s = setup({ state: 'offline', nextRetryAt: '2026-11-27T15:04:00.000Z' });
    const waiting = s.coordinator.trigger('change');
    await s.clock.advance(3_000);
    expect(s.runs()).toBe(0);
    const now = s.coordinator.trigger('manual');
    await s.clock.settle();
    expect(s.runStarts).toEqual([START + 3_000]);
    await s.clock.advance(300_000);
    await Promise.all([waiting, now]);
  });

  it('"Sync now" wakes a run sleeping in its backoff, which tries again at once', async () => {
    const woke: string[] = [];
    const s = setup({}, async (sleep) => {
      woke.push(await sleep(5 * 60_000));
    });
    const run = s.coordinator.trigger('alarm');
    await s.clock.advance(20_000);
    expect(woke).toEqual([]);
    const now = s.coordinator.trigger('manual');
    await s.clock.settle();
    expect(woke).toEqual(['woken']);
    expect(s.clock.now().getTime()).toBe(START + 20_000);
    await s.clock.advance(600_000);
    await Promise.all([run, now]);
    expect(s.runs()).toBe(1);
  });

  it('"Sync now" while a request is on its way gets a run right after it, without a gathering wait', async () => {
    const s = setup();
    s.holdRuns();
    const first = s.coordinator.trigger('alarm');
    await s.clock.settle();
    const now = s.coordinator.trigger('manual');
    s.releaseRun();
    await s.clock.settle();
    expect(s.runStarts).toEqual([START, START]);
    await Promise.all([first, now]);
  });
});
