// Figure (DESIGN §8, issue 9): a webinar of N attendees (50, 200, 500) for 60 minutes on the
// quota-honest doubles: nothing lost, no duplicate, creation-to-storage lag p95 under 2 minutes, no
// quota exceeded in steady state.
//
// Each attendee runs the extension's REAL sync code: its own IndexedDB (fake-indexeddb), the real
// createAnnotation → outbox, the real sync coordinator (gathering window, next-try time) and sync
// engine (batching, full-jitter backoff, retry hints), and the real transport's reading of answers
// (a fetch stand-in hands it Response objects). They all post to the REAL ledger bundle on the Google
// doubles with the Sheets quotas on (60 reads + 60 writes a minute for the owner, whose quota every
// web-app request spends) and at most 30 simultaneous executions, each a worker thread running the
// bundle at the same time as the others (bench/support/virtual-executions.ts: the script lock, each
// call's latency and Utilities.sleep wait on the virtual clock). Time is virtual: a 60-minute
// meeting runs in the time the CPU needs. Usage:
//   npx tsx bench/webinar.bench.ts                       # N = 50, 200, 500
//   npx tsx bench/webinar.bench.ts --attendees 50 --minutes 20
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import { createLedgerTransport } from '../extension/adapters/ledger-client.ts';
import { createAnnotation } from '../extension/services/annotations.ts';
import { openCocreateDb } from '../extension/services/db.ts';
import { countOutbox, countRejected } from '../extension/services/outbox.ts';
import { createSyncCoordinator } from '../extension/services/sync-coordinator.ts';
import { runSync } from '../extension/services/sync-engine.ts';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '../extension/services/sync-status.ts';
import { TOO_MANY_EXECUTIONS_MESSAGE } from '../tests/support/concurrent-executions.ts';
import { createGoogleWorld } from '../tests/support/google-world.ts';
import { ensureLedgerBundle, loadLedgerBundle, postEvent } from '../tests/support/ledger-bundle.ts';
import { addMember } from '../tests/support/ledger-fixture.ts';
import { createExecutionPool } from './support/virtual-executions.ts';

const { values: args } = parseArgs({
  options: {
    attendees: { type: 'string', default: '50,200,500' },
    minutes: { type: 'string', default: '60' },
    seed: { type: 'string', default: '20261201' },
  },
});

/**
 * Latencies, ms (assumptions, not measurements of Google; change them here to test another guess):
 * - REQUEST_OVERHEAD: an Apps Script web-app round trip that does nothing still takes about half a
 *   second to a second from a browser (TLS to script.google.com, starting the execution, then the
 *   302 and the GET of the answer from script.googleusercontent.com): 800 ms, half each way.
 * - a Sheets advanced-service request from Apps Script: 150–300 ms for small ranges; 250 ms here,
 *   plus 1 ms per 5 kB of values moved would be finer, but the count of requests dominates.
 * - LockService, PropertiesService, CacheService: tens of ms; 20 ms.
 * - SpreadsheetApp (not used by doPost): 100 ms.
 */
const REQUEST_OVERHEAD_MS = 800;
const callLatency = (service: string, method = ''): number => {
  // Getting the cache, the lock or the properties object is not a call to the service.
  if (/^get(Script|User|Document)(Cache|Lock|Properties)$/.test(method)) return 0;
  switch (service) {
    case 'Sheets':
      return 250;
    case 'SpreadsheetApp':
      return 100;
    case 'LockService':
    case 'PropertiesService':
    case 'CacheService':
      return 20;
    default:
      return 0;
  }
};
const DRAIN_LIMIT_MS = 60 * 60_000; // after the meeting, how long to wait for outboxes to empty

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Virtual time: timers wait in a heap; the loop fires the earliest only once every task that can
 * run without time passing has run. fake-indexeddb schedules its work with `setImmediate`, looked up
 * at each call, so counting those tells when the process is idle.
 */
class VirtualTime {
  now: number;
  private timers: { at: number; seq: number; fire: () => void }[] = [];
  private seq = 0;
  private pending = 0;
  private readonly realImmediate = globalThis.setImmediate;

  constructor(start: number) {
    this.now = start;
    const real = this.realImmediate;
    const counted = ((fn: (...a: unknown[]) => void, ...rest: unknown[]) => {
      this.pending++;
      return real(() => {
        this.pending--;
        fn(...rest);
      });
    }) as typeof setImmediate;
    globalThis.setImmediate = counted;
  }

  sleep = (ms: number): Promise<void> => this.until(this.now + Math.max(0, ms));

  until(at: number): Promise<void> {
    return new Promise((resolve) => {
      this.timers.push({ at: Math.max(at, this.now), seq: this.seq++, fire: resolve });
    });
  }

  /** Work outside the timers (an execution computing in its worker thread): time waits for it. */
  private external = 0;
  private externalEnded: (() => void) | undefined;
  busy = (): void => {
    this.external++;
  };
  idle = (): void => {
    this.external--;
    this.externalEnded?.();
  };

  private async settle(): Promise<void> {
    for (;;) {
      await new Promise<void>((resolve) => this.realImmediate(resolve));
      if (this.pending > 0) continue;
      if (this.external > 0) {
        await new Promise<void>((resolve) => {
          this.externalEnded = resolve;
        });
        this.externalEnded = undefined;
        continue;
      }
      return;
    }
  }

  /** Runs until `stop()` says so or no timer is left. */
  async run(stop: () => Promise<boolean>): Promise<void> {
    for (;;) {
      await this.settle();
      if ((await stop()) || this.timers.length === 0) return;
      let best = 0;
      for (let i = 1; i < this.timers.length; i++) {
        const t = this.timers[i]!;
        const b = this.timers[best]!;
        if (t.at < b.at || (t.at === b.at && t.seq < b.seq)) best = i;
      }
      const [timer] = this.timers.splice(best, 1);
      this.now = timer!.at;
      timer!.fire();
    }
  }
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
const minutes = (ms: number) => `${(ms / 60_000).toFixed(2)} min`;

async function webinar(attendees: number, meetingMinutes: number, seed: number) {
  const T0 = Date.UTC(2026, 11, 1, 14, 0, 0);
  const time = new VirtualTime(T0 - 4 * 3_600_000);
  const random = mulberry32(seed + attendees);
  const code = await ensureLedgerBundle();

  // The Google side: one world, the owner's quotas and the cache on the virtual clock.
  let quotaClockOffset = 0;
  const world = createGoogleWorld({ sheetsQuota: { now: () => time.now + quotaClockOffset }, now: () => time.now });
  const app = loadLedgerBundle(code, world.globals);
  app.setUpLedger();
  // Members are added before the meeting, slowly enough to stay within the write quota.
  const tokens = Array.from({ length: attendees }, (_, i) => {
    time.now += 1_100;
    return addMember(world, { name: `Attendee ${i + 1}`, org: 'Forum', side: i % 3 === 0 ? 'government' : 'csn', roles: ['attendee'] }).token;
  });
  time.now = T0;
  // Web-app executions: the real bundle in up to 30 worker threads at once, each call's latency,
  // the script lock's waits and Utilities.sleep on the virtual clock (bench/support/virtual-executions.ts).
  const pool = createExecutionPool(world, code, time, { latencyMs: callLatency });

  const storedAt = new Map<string, number>();
  const answers = { ok: 0, busy: 0, busyThrottled: 0, busyHinted: 0, internal: 0, tooManyExecutions: 0, other: 0 };
  const quotaRefusalsByMinute = new Map<number, number>();
  let lastQuotaRefused = 0;
  const requestsByMinute = new Map<number, number>();
  const executionMs: number[] = [];

  /** One web-app request arriving now: answered when its execution ends (virtual time). */
  async function serve(body: string): Promise<{ status: number; text: string }> {
    const arrival = time.now;
    const minute = Math.floor((arrival - T0) / 60_000);
    requestsByMinute.set(minute, (requestsByMinute.get(minute) ?? 0) + 1);
    const running = pool.run('doPost', [postEvent(body)]);
    if (!running) {
      answers.tooManyExecutions++;
      return { status: 200, text: `<html><body>${TOO_MANY_EXECUTIONS_MESSAGE}</body></html>` };
    }
    const done = await running;
    if (done.error !== undefined) throw new Error(`doPost threw: ${done.error}`);
    const text = done.content!;
    executionMs.push(time.now - arrival);
    const refusedNow = world.quota!.refused.read + world.quota!.refused.write;
    if (refusedNow > lastQuotaRefused) quotaRefusalsByMinute.set(minute, (quotaRefusalsByMinute.get(minute) ?? 0) + refusedNow - lastQuotaRefused);
    lastQuotaRefused = refusedNow;
    const answer = JSON.parse(text) as { ok: boolean; results?: { id: string; status: string }[]; error?: { code: string; message?: string; retryAfterMs?: number } };
    if (answer.ok) {
      answers.ok++;
      // Stored when the browser learns it: accepted, or (its earlier answer lost) seen as a duplicate.
      for (const r of answer.results ?? []) if ((r.status === 'accepted' || r.status === 'duplicate') && !storedAt.has(r.id)) storedAt.set(r.id, time.now);
    } else if (answer.error?.code === 'busy') {
      answers.busy++;
      if (answer.error.retryAfterMs && /quota|throttl/i.test(answer.error.message ?? '')) answers.busyThrottled++;
      else if (answer.error.retryAfterMs) answers.busyHinted++;
    } else if (answer.error?.code === 'internal') answers.internal++;
    else answers.other++;
    return { status: 200, text };
  }

  const half = REQUEST_OVERHEAD_MS / 2;
  const fakeFetch = (async (_url: string, init: { body: string }) => {
    await time.sleep(half);
    const { status, text } = await serve(init.body);
    await time.sleep(half);
    return new Response(text, { status, headers: { 'content-type': text.startsWith('<') ? 'text/html' : 'application/json' } });
  }) as unknown as typeof fetch;
  const transport = createLedgerTransport(fakeFetch);

  // The attendees: each its own database, status, coordinator and random stream.
  const createdAt = new Map<string, number>();
  const clients = await Promise.all(
    tokens.map(async (token, i) => {
      const db = await openCocreateDb(`webinar-${attendees}-${seed}-${i}`);
      const clientRandom = mulberry32(seed * 7919 + i);
      let status: SyncStatus = { ...INITIAL_SYNC_STATUS, state: 'idle' };
      const settings = { version: 1 as const, ledgerUrl: 'https://script.google.com/macros/s/bench/exec', token, displayName: `Attendee ${i + 1}`, language: 'en' as const };
      const now = () => new Date(time.now);
      const coordinator = createSyncCoordinator({
        getStatus: async () => status,
        now,
        sleep: time.sleep,
        random: clientRandom,
        run: async (sleep) => {
          const report = await runSync({ db, transport, settings, previous: status, publish: async (s) => {
              status = s;
            },
            now, random: clientRandom, sleep });
          return report.status;
        },
      });
      let n = 0;
      // The event id is the last one drawn (the record's id comes first): what the ledger stores.
      let lastId = '';
      const env = {
        now,
        newId: () => {
          lastId = crypto.randomUUID();
          return lastId;
        },
      };
      const annotate = async () => {
        const kind = (['note', 'decision', 'action', 'agreement', 'disagreement', 'question'] as const)[n % 6];
        const result = await createAnnotation(db, { meetingId: 'webinar', kind, text: `Attendee ${i + 1}, note ${++n}: the deadline for milestone C01.1 should stay in March.` }, env);
        if (!result.ok) throw new Error('could not save an annotation');
        createdAt.set(lastId, time.now);
        void coordinator.trigger('change');
      };
      return { db, coordinator, annotate, random: clientRandom };
    }),
  );

  const meetingEnd = T0 + meetingMinutes * 60_000;
  const decisions = [10, 25, 40, 55].filter((m) => m < meetingMinutes).map((m) => T0 + m * 60_000);
  // One annotation every 1–3 minutes per attendee.
  for (const client of clients) {
    void (async () => {
      await time.sleep(client.random() * 180_000);
      while (time.now < meetingEnd) {
        await client.annotate();
        await time.sleep(60_000 + client.random() * 120_000);
      }
    })();
    // The extension's alarm, once a minute, each browser at its own phase.
    void (async () => {
      await time.sleep(client.random() * 60_000);
      while (time.now < meetingEnd + DRAIN_LIMIT_MS) {
        void client.coordinator.trigger('alarm');
        await time.sleep(60_000);
      }
    })();
  }
  // Bursts: after each decision, 60 % of the attendees react within a minute, some twice.
  for (const at of decisions) {
    for (const client of clients) {
      if (random() > 0.6) continue;
      const reactions = random() < 0.3 ? 2 : 1;
      void (async () => {
        await time.until(at + random() * 60_000);
        for (let k = 0; k < reactions; k++) {
          await client.annotate();
          await time.sleep(5_000 + random() * 20_000);
        }
      })();
    }
  }

  const wall = performance.now();
  let checkAt = meetingEnd;
  let queuedAtEnd = 0;
  let progressAt = T0 + 10 * 60_000;
  await time.run(async () => {
    if (time.now >= progressAt) {
      // On stderr, so a long run shows it is alive; stdout keeps the report and its BENCH_RESULT line.
      console.error(`  N = ${attendees}: virtual minute ${Math.round((time.now - T0) / 60_000)}, ${storedAt.size} events stored, ${((performance.now() - wall) / 1000).toFixed(0)} s of real time`);
      progressAt += 10 * 60_000;
    }
    if (time.now < checkAt) return false;
    checkAt = time.now + 60_000; // once a virtual minute after the meeting: are the outboxes empty?
    queuedAtEnd = (await Promise.all(clients.map((c) => countOutbox(c.db)))).reduce((a, b) => a + b, 0);
    return queuedAtEnd === 0 || time.now > meetingEnd + DRAIN_LIMIT_MS;
  });
  const wallMs = performance.now() - wall;

  // What the ledger holds: every id in the Log tab, counted. This read is the bench's, not a web-app
  // request: it is made two minutes later, so it never meets the attendees' spent read quota (429).
  quotaClockOffset = 120_000;
  await pool.close();
  const logRows = (world.globals.Sheets.Spreadsheets.Values.get(world.store.state.spreadsheetId, "'Log'").values ?? []) as string[][];
  const idColumn = logRows[0]!.indexOf('id');
  const storedIds = logRows.slice(1).map((row) => row[idColumn]!);
  const counts = new Map<string, number>();
  for (const id of storedIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const duplicates = [...counts.values()].reduce((a, c) => a + (c - 1), 0);
  const lost = [...createdAt.keys()].filter((id) => !counts.has(id)).length;
  const rejected = (await Promise.all(clients.map((c) => countRejected(c.db)))).reduce((a, b) => a + b, 0);
  const lags = [...createdAt].flatMap(([id, at]) => (storedAt.has(id) ? [storedAt.get(id)! - at] : [])).sort((a, b) => a - b);
  const steadyFrom = 5; // minutes: the first minutes of a meeting are not its steady state
  const steady429 = [...quotaRefusalsByMinute].filter(([m]) => m >= steadyFrom && m < meetingMinutes).reduce((a, [, c]) => a + c, 0);
  const peakRequests = Math.max(0, ...[...requestsByMinute].filter(([m]) => m < meetingMinutes).map(([, c]) => c));
  const sheets = world.log.tally('Sheets');
  return {
    attendees,
    created: createdAt.size,
    stored: storedIds.length,
    duplicates,
    lost,
    stillQueued: queuedAtEnd,
    refusedKept: rejected,
    requests: [...requestsByMinute.values()].reduce((a, b) => a + b, 0),
    peakRequestsPerMinute: peakRequests,
    answers,
    quota429: { read: world.quota!.refused.read, write: world.quota!.refused.write, afterMinute5: steady429 },
    sheetsRequests: { read: world.quota!.granted.read, write: world.quota!.granted.write, byMethod: sheets },
    executionsRefused: pool.stats.refused,
    peakSimultaneousExecutions: pool.stats.peak,
    lockWaits: pool.lock.waits,
    execution: (() => {
      const sorted = [...executionMs].sort((a, b) => a - b);
      return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? Number.NaN };
    })(),
    lag: { median: percentile(lags, 0.5), p95: percentile(lags, 0.95), max: lags.at(-1) ?? Number.NaN },
    drainedAfter: time.now - meetingEnd,
    wallMs,
  };
}

const meetingMinutes = Number(args.minutes);
const seed = Number(args.seed);
console.log(`Webinar: ${meetingMinutes} virtual minutes, request overhead ${REQUEST_OVERHEAD_MS} ms, Sheets request ${callLatency('Sheets')} ms, seed ${seed}`);
const results: Array<{ attendees: number; meets: boolean; detail: string; p95: number }> = [];
for (const n of args.attendees.split(',').map(Number)) {
  const r = await webinar(n, meetingMinutes, seed);
  const meets = r.lost === 0 && r.duplicates === 0 && r.lag.p95 < 120_000 && r.quota429.afterMinute5 === 0;
  results.push({
    attendees: n,
    meets,
    p95: r.lag.p95 / 60_000,
    detail: `N=${n}, ${meetingMinutes} min: lost ${r.lost}, duplicates ${r.duplicates}, lag median ${minutes(r.lag.median)}, p95 ${minutes(r.lag.p95)}, Sheets 429s after minute 5: ${r.quota429.afterMinute5}`,
  });
  console.log(`\nN = ${r.attendees}: ${meets ? 'meets' : 'MISSES'} the targets (nothing lost, no duplicate, p95 < 2 min, no 429 after minute ${5})`);
  console.log(`  events created ${r.created}, stored ${r.stored}, duplicates ${r.duplicates}, lost ${r.lost} (still queued ${r.stillQueued}, kept as refused ${r.refusedKept})`);
  console.log(`  lag creation→storage: median ${minutes(r.lag.median)}, p95 ${minutes(r.lag.p95)}, max ${minutes(r.lag.max)}; outboxes empty ${minutes(r.drainedAfter)} after the end`);
  console.log(`  web-app requests ${r.requests} (peak ${r.peakRequestsPerMinute}/min): ok ${r.answers.ok}, busy ${r.answers.busy} (${r.answers.busyThrottled} throttled by a Sheets 429, ${r.answers.busyHinted} gave up waiting for the lock), internal ${r.answers.internal}, too many executions ${r.answers.tooManyExecutions}`);
  console.log(`  execution time: median ${(r.execution.median / 1000).toFixed(2)} s, p95 ${(r.execution.p95 / 1000).toFixed(2)} s, max ${(r.execution.max / 1000).toFixed(2)} s; lock waits ${r.lockWaits}`);
  console.log(`  Sheets requests served: ${r.sheetsRequests.read} reads, ${r.sheetsRequests.write} writes; 429s: ${r.quota429.read} reads, ${r.quota429.write} writes (${r.quota429.afterMinute5} after minute 5); peak simultaneous executions ${r.peakSimultaneousExecutions}`);
  console.log(`  Sheets calls by method: ${JSON.stringify(r.sheetsRequests.byMethod)}`);
  console.log(`  (${(r.wallMs / 1000).toFixed(1)} s of real time)`);
}

// BENCH_RESULT (COMMON protocol): the DESIGN §8 row names 500 attendees for 60 minutes; other runs say so in `detail`.
const figure = results.find((r) => r.attendees === 500) ?? results.at(-1);
if (figure) {
  const line = {
    figure: 'webinar of 500 attendees for 60 minutes, on quota-honest doubles',
    value: Number(figure.p95.toFixed(2)),
    unit: 'min (creation-to-storage lag p95)',
    target: 'nothing lost, no duplicate, creation-to-storage lag p95 under 2 min',
    pass: figure.attendees === 500 && meetingMinutes >= 60 && figure.meets,
    detail: results.map((r) => r.detail).join('; '),
  };
  console.log(`BENCH_RESULT ${JSON.stringify(line)}`);
}
