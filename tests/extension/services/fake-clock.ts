/**
 * A clock for sync tests: `sleep(ms)` waits until `advance` moves time past it, so a test sees
 * every wait, can say what the status shows during it, and runs minutes of backoff instantly.
 */
export function fakeClock(start = '2026-11-27T15:00:00.000Z') {
  let time = Date.parse(start);
  const timers: { at: number; fire: () => void }[] = [];
  const sleeps: number[] = [];
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  return {
    now: () => new Date(time),
    sleeps,
    pending: () => timers.length,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        sleeps.push(ms);
        timers.push({ at: time + ms, fire: resolve });
      }),
    /** Lets promise chains and fake-indexeddb finish what they can without time passing. */
    settle,
    /** Moves time forward, firing due timers in order, letting each one's work finish. */
    async advance(ms: number) {
      const until = time + ms;
      await settle();
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > until) break;
        timers.shift();
        time = Math.max(time, next.at);
        next.fire();
        await settle();
      }
      time = until;
    },
  };
}
