import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LedgerReply, LedgerTransport } from '../../../extension/adapters/ledger-client.ts';
import { createAnnotation } from '../../../extension/services/annotations.ts';
import type { CocreateDb } from '../../../extension/services/db.ts';
import { countOutbox, countRejected, listRejected } from '../../../extension/services/outbox.ts';
import type { Settings } from '../../../extension/services/settings.ts';
import { runSync, type SyncDeps } from '../../../extension/services/sync-engine.ts';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '../../../extension/services/sync-status.ts';
import type { ClientEnvelope } from '../../../shared/ledger/event-envelope.ts';
import type { AppendRequest, EventResult } from '../../../shared/protocol/ledger-api.ts';
import { fixedEnv, freshDb, MEETING_ID } from './fixed-env.ts';

const SETTINGS: Settings = {
  version: 1,
  ledgerUrl: 'https://script.google.com/macros/s/x/exec',
  token: 'secret-token',
  displayName: 'Ana',
  language: 'en',
};
const HEAD = { seq: 1, hash: 'a'.repeat(64) };

type Answer = (request: AppendRequest) => LedgerReply;

/** A ledger answering each append with the next scripted answer (the last one repeats). */
function scriptedLedger(...answers: Answer[]) {
  const requests: AppendRequest[] = [];
  const transport: LedgerTransport = async (_url, request) => {
    if (request.op !== 'append') throw new Error('only append is scripted');
    requests.push(request);
    return answers[Math.min(requests.length - 1, answers.length - 1)]!(request);
  };
  return { transport, requests };
}

const results = (request: AppendRequest, status: (event: ClientEnvelope, i: number) => EventResult['status']) =>
  (request.events as ClientEnvelope[]).map((event, i): EventResult => {
    const s = status(event, i);
    return s === 'rejected'
      ? { id: event.id, status: s, error: { code: 'forbidden', message: 'Your role does not allow this.' } }
      : { id: event.id, status: s, seq: i + 1 };
  });

const acceptAll: Answer = (request) => ({ kind: 'json', body: { ok: true, results: results(request, () => 'accepted'), head: HEAD } });
const duplicateAll: Answer = (request) => ({ kind: 'json', body: { ok: true, results: results(request, () => 'duplicate'), head: HEAD } });
const refuse =
  (code: string): Answer =>
  () => ({ kind: 'json', body: { ok: false, error: { code, message: `The ledger says ${code}.` } } });
const networkDown: Answer = () => ({ kind: 'network', detail: 'TypeError' });

let db: CocreateDb;
const env = fixedEnv();
beforeEach(async () => {
  db = await freshDb();
});

async function annotate(count: number) {
  for (let i = 0; i < count; i++) {
    const result = await createAnnotation(db, { meetingId: MEETING_ID, kind: 'note', text: `note ${i}` }, env);
    if (!result.ok) throw new Error('setup');
  }
}

function deps(transport: LedgerTransport, overrides: Partial<SyncDeps> = {}) {
  const published: SyncStatus[] = [];
  const sleeps: number[] = [];
  const all: SyncDeps = {
    db,
    transport,
    settings: SETTINGS,
    previous: INITIAL_SYNC_STATUS,
    publish: async (status) => {
      published.push(status);
    },
    now: () => new Date('2026-11-27T15:00:00.000Z'),
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  };
  return { deps: all, published, sleeps };
}

describe('runSync: batching', () => {
  it.each([
    [0, 0],
    [1, 1],
    [500, 1],
    [501, 2],
    [1_234, 3],
  ])('%i queued annotations go in %i requests of at most 500, each exactly once', async (count, expectedRequests) => {
    await annotate(count);
    const ledger = scriptedLedger(acceptAll);
    const { deps: d } = deps(ledger.transport);
    const report = await runSync(d);
    expect(ledger.requests).toHaveLength(expectedRequests);
    expect(ledger.requests.every((request) => request.events.length <= 500)).toBe(true);
    const sent = ledger.requests.flatMap((request) => (request.events as ClientEnvelope[]).map((event) => event.id));
    expect(new Set(sent).size).toBe(count);
    expect(sent).toHaveLength(count);
    expect(report.acknowledged).toBe(count);
    expect(await countOutbox(db)).toBe(0);
    expect(report.status).toMatchObject({ state: 'idle', queued: 0, rejected: 0 });
    // "Last sent" moves only when something was sent.
    expect(report.status.lastSyncAt).toBe(count > 0 ? '2026-11-27T15:00:00.000Z' : undefined);
  });

  it('sends the member token and protocol v1 append', async () => {
    await annotate(1);
    const ledger = scriptedLedger(acceptAll);
    await runSync(deps(ledger.transport).deps);
    expect(ledger.requests[0]).toMatchObject({ v: 1, op: 'append', token: 'secret-token' });
  });

  it('treats answers "duplicate" as acknowledged (the ledger has them already)', async () => {
    await annotate(3);
    const ledger = scriptedLedger(duplicateAll);
    const report = await runSync(deps(ledger.transport).deps);
    expect(report.acknowledged).toBe(3);
    expect(await countOutbox(db)).toBe(0);
    expect(await countRejected(db)).toBe(0);
  });

  it('with no ledger set up, sends nothing and says it works locally', async () => {
    await annotate(2);
    const ledger = scriptedLedger(acceptAll);
    const report = await runSync(deps(ledger.transport, { settings: { ...SETTINGS, token: '' } }).deps);
    expect(ledger.requests).toHaveLength(0);
    expect(report.status).toMatchObject({ state: 'local-only', queued: 2 });
  });
});

describe('runSync: errors, each as its code means', () => {
  it('unauthorized: stops at once, keeps everything, and tells the user in English and French', async () => {
    await annotate(3);
    const ledger = scriptedLedger(refuse('unauthorized'));
    const { deps: d, sleeps } = deps(ledger.transport);
    const report = await runSync(d);
    expect(ledger.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(await countOutbox(db)).toBe(3);
    expect(report.status.state).toBe('error');
    expect(report.status.nextRetryAt).toBeUndefined();
    expect(report.status.problem?.code).toBe('unauthorized');
    expect(report.status.problem?.message.en).toMatch(/member token/);
    expect(report.status.problem?.message.fr).toMatch(/jeton de membre/);
  });

  it('busy: waits with backoff and sends the same events again, then succeeds', async () => {
    await annotate(2);
    const ledger = scriptedLedger(refuse('busy'), refuse('busy'), acceptAll);
    const { deps: d, sleeps } = deps(ledger.transport);
    const report = await runSync(d);
    expect(ledger.requests).toHaveLength(3);
    expect(sleeps).toEqual([500, 1_000]); // full jitter: random 0.5 of a 1 s, then 2 s ceiling
    const idsPerTry = ledger.requests.map((request) => (request.events as ClientEnvelope[]).map((event) => event.id));
    expect(idsPerTry[1]).toEqual(idsPerTry[0]);
    expect(idsPerTry[2]).toEqual(idsPerTry[0]);
    expect(report.status).toMatchObject({ state: 'idle', queued: 0 });
    expect(report.status.problem).toBeUndefined();
  });

  it('rejected: the refused event is kept, marked and shown; the others are acknowledged', async () => {
    await annotate(3);
    const ledger = scriptedLedger((request) => ({
      kind: 'json',
      body: { ok: true, results: results(request, (_event, i) => (i === 1 ? 'rejected' : 'accepted')), head: HEAD },
    }));
    const report = await runSync(deps(ledger.transport).deps);
    expect(await countOutbox(db)).toBe(0);
    const rejected = await listRejected(db);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ state: 'rejected', error: { code: 'forbidden' }, event: { payload: { text: 'note 1' } } });
    expect(report.status).toMatchObject({ state: 'idle', rejected: 1, problem: { code: 'rejected' } });
    expect(report.status.problem?.message).toEqual({
      en: 'The ledger refused 1 of your entries. They are kept here; see the list for the reason.',
      fr: 'Le registre a refusé 1 de vos entrées. Elles sont conservées ici ; voyez la liste pour la raison.',
    });
  });

  it('network down: retries a few times, then goes offline with a next try; a later run resumes with the same ids', async () => {
    await annotate(2);
    const down = scriptedLedger(networkDown);
    const first = await runSync(deps(down.transport, { retriesPerRun: 2 }).deps);
    expect(down.requests).toHaveLength(3);
    expect(first.status).toMatchObject({ state: 'offline', queued: 2, failures: 3, problem: { code: 'offline' } });
    expect(first.status.nextRetryAt).toBe('2026-11-27T15:00:02.000Z');

    const back = scriptedLedger(acceptAll);
    const second = await runSync(deps(back.transport, { previous: first.status }).deps);
    expect(back.requests[0]?.events).toEqual(down.requests[0]?.events);
    expect(second.status).toMatchObject({ state: 'idle', queued: 0 });
    expect(second.status.failures).toBeUndefined();
  });

  // Was "backoff grows across runs": a run the user starts after an outage was held back by sleeps
  // of minutes (issue 12). Runs are spaced by the coordinator's next-try time instead.
  it('backoff starts from zero in every run, whatever the failures of the one before', async () => {
    await annotate(1);
    const down = scriptedLedger(networkDown);
    const previous: SyncStatus = { ...INITIAL_SYNC_STATUS, state: 'offline', failures: 5 };
    const report = await runSync(deps(down.transport, { previous, retriesPerRun: 0 }).deps);
    expect(report.status.failures).toBe(1);
    // Ceiling 1 s, random 0.5: 0.5 s.
    expect(report.status.nextRetryAt).toBe('2026-11-27T15:00:00.500Z');
  });

  it('network down and the host never granted: still offline and retried, and the problem says how to grant it', async () => {
    await annotate(1);
    const down = scriptedLedger(networkDown);
    const report = await runSync(deps(down.transport, { retriesPerRun: 0, canReachHost: async () => false }).deps);
    expect(report.status).toMatchObject({ state: 'offline', problem: { code: 'no_permission' } });
    expect(report.status.nextRetryAt).toBeDefined();
    expect(report.status.problem?.message.en).toMatch(/cannot be reached.*save the ledger URL again/);
  });

  it.each([
    ['internal (every event, every time: the ledger, not an event)', refuse('internal'), 'busy', 'internal'],
    ['bad_request', refuse('bad_request'), 'error', 'bad_request'],
    ['an HTML page instead of the ledger', (() => ({ kind: 'bad-response', detail: 'not JSON' })) as Answer, 'error', 'bad_response'],
    ['JSON that is not protocol v1', (() => ({ kind: 'json', body: { hello: 1 } })) as Answer, 'error', 'bad_response'],
  ])('%s: keeps the outbox and reports state %s (%s)', async (_name, answer, state, code) => {
    await annotate(2);
    const ledger = scriptedLedger(answer);
    const report = await runSync(deps(ledger.transport, { retriesPerRun: 1 }).deps);
    expect(await countOutbox(db)).toBe(2);
    expect(report.status).toMatchObject({ state, problem: { code } });
    expect(report.status.problem?.message.fr).toMatch(/\w/);
  });

  it('too_large: sends the same events in smaller requests', async () => {
    await annotate(8);
    const ledger = scriptedLedger((request) => (request.events.length > 2 ? refuse('too_large')(request) : acceptAll(request)));
    const report = await runSync(deps(ledger.transport).deps);
    expect(ledger.requests.map((request) => request.events.length)).toEqual([8, 4, 2, 2, 2, 2]);
    expect(report.acknowledged).toBe(8);
  });

  it('too_large for a single event: keeps it as refused and sends the rest', async () => {
    await annotate(3);
    const ledger = scriptedLedger((request) =>
      (request.events as ClientEnvelope[]).some((event) => event.payload.text === 'note 1') ? refuse('too_large')(request) : acceptAll(request),
    );
    const report = await runSync(deps(ledger.transport).deps);
    expect(report.acknowledged).toBe(2);
    expect(await listRejected(db)).toMatchObject([{ error: { code: 'too_large' }, event: { payload: { text: 'note 1' } } }]);
  });

  it('an answer that settles nothing sent stops rather than loops', async () => {
    await annotate(1);
    const ledger = scriptedLedger(() => ({ kind: 'json', body: { ok: true, results: [], head: HEAD } }));
    const report = await runSync(deps(ledger.transport).deps);
    expect(ledger.requests).toHaveLength(1);
    expect(report.status).toMatchObject({ state: 'error', queued: 1, problem: { code: 'bad_response' } });
    expect(report.status.lastSyncAt).toBeUndefined();
  });

  it('publishes "syncing" and the shrinking queue while it works, so the status region moves', async () => {
    await annotate(700);
    const { deps: d, published } = deps(scriptedLedger(acceptAll).transport);
    await runSync(d);
    expect(published.map((status) => [status.state, status.queued])).toEqual([
      ['syncing', 700],
      ['syncing', 200],
      ['syncing', 0],
      ['idle', 0],
    ]);
  });
});

describe('runSync: what the status says while it waits', () => {
  it('publishes "cannot be reached", the next try time and the true queued count before each sleep, not "sending"', async () => {
    await annotate(3);
    const ledger = scriptedLedger(networkDown, networkDown, acceptAll);
    const published: SyncStatus[] = [];
    const seenDuringSleep: SyncStatus[] = [];
    const { deps: d } = deps(ledger.transport, {
      publish: async (status) => {
        published.push(status);
      },
      sleep: async () => {
        seenDuringSleep.push(published.at(-1)!);
        await annotate(2); // annotations keep coming during the outage
      },
    });
    const report = await runSync(d);
    expect(seenDuringSleep.map((s) => [s.state, s.queued, s.nextRetryAt, s.problem?.code])).toEqual([
      ['offline', 3, '2026-11-27T15:00:00.500Z', 'offline'],
      ['offline', 5, '2026-11-27T15:00:01.000Z', 'offline'],
    ]);
    expect(report.status).toMatchObject({ state: 'idle', queued: 0 });
    expect(ledger.requests.at(-1)?.events).toHaveLength(7);
  });

  it('honours the ledger’s retry hint: never sooner, spread over the hint again', async () => {
    await annotate(1);
    const throttled: Answer = () => ({ kind: 'json', body: { ok: false, error: { code: 'busy', message: 'Throttled.', retryAfterMs: 30_000 } } });
    const ledger = scriptedLedger(throttled, throttled, throttled, acceptAll);
    const { deps: d, sleeps, published } = deps(ledger.transport);
    await runSync(d);
    // 30 s + 0.5 × 30 s, longer than the 0.5 s backoff; a repeated hint doubles.
    expect(sleeps).toEqual([45_000, 90_000, 180_000]);
    expect(published.find((s) => s.state === 'busy')).toMatchObject({ nextRetryAt: '2026-11-27T15:00:45.000Z', problem: { code: 'busy' } });
  });

  it('Google turning the request away (HTTP 429 with Retry-After) waits the same way', async () => {
    await annotate(1);
    const ledger = scriptedLedger(() => ({ kind: 'throttled', detail: 'HTTP 429', retryAfterMs: 20_000 }), acceptAll);
    const { deps: d, sleeps } = deps(ledger.transport);
    const report = await runSync(d);
    expect(sleeps).toEqual([30_000]);
    expect(report.status.state).toBe('idle');
  });

  it('Google’s "too many scripts running" page (no hint) waits at least 15 s, and keeps every event queued', async () => {
    await annotate(3);
    const page: Answer = () => ({ kind: 'throttled', detail: 'HTTP 200' });
    const ledger = scriptedLedger(page, page, page, page);
    const { deps: d, sleeps } = deps(ledger.transport);
    const report = await runSync(d);
    // random 0.5: 15 s + 0.5 × (60 − 15) s, then the window doubles; never the plain backoff's 0.5 s.
    expect(sleeps).toEqual([37_500, 67_500, 127_500]);
    expect(report.status).toMatchObject({ state: 'busy', queued: 3 });
    expect(Date.parse(report.status.nextRetryAt!) - Date.parse('2026-11-27T15:00:00.000Z')).toBeGreaterThanOrEqual(15_000);
    expect(await countOutbox(db)).toBe(3);
    expect(await countRejected(db)).toBe(0);
  });

  it('a sleep cut short by "Sync now" starts the backoff again from zero', async () => {
    await annotate(1);
    const ledger = scriptedLedger(networkDown, networkDown, networkDown, acceptAll);
    const sleeps: number[] = [];
    const { deps: d } = deps(ledger.transport, {
      random: () => 0.999,
      sleep: async (ms) => {
        sleeps.push(ms);
        return sleeps.length === 2 ? 'woken' : 'slept';
      },
    });
    await runSync(d);
    expect(sleeps).toEqual([999, 1_998, 999]);
  });
});

describe('runSync: a poison event (issue 8 item 7)', () => {
  const poisonOn = (text: string): Answer => (request) =>
    (request.events as ClientEnvelope[]).some((event) => event.payload.text === text)
      ? refuse('internal')(request)
      : acceptAll(request);

  it('a batch answered internal twice is split until the failing event is alone; it is kept as refused, the rest sync', async () => {
    await annotate(8);
    const ledger = scriptedLedger(poisonOn('note 5'));
    const report = await runSync(deps(ledger.transport).deps);
    // Halved after two failures until the poison is alone; then the size grows back (the rest is not sent one by one).
    expect(ledger.requests.map((r) => r.events.length)).toEqual([8, 8, 4, 4, 4, 2, 2, 1, 1, 1, 1, 1]);
    expect(ledger.requests.filter((r) => r.events.length === 1 && (r.events[0] as ClientEnvelope).payload.text === 'note 5')).toHaveLength(2);
    expect(report.acknowledged).toBe(7);
    expect(await countOutbox(db)).toBe(0);
    expect(await listRejected(db)).toMatchObject([{ error: { code: 'internal' }, event: { payload: { text: 'note 5' } } }]);
    expect(report.status).toMatchObject({ state: 'idle', rejected: 1, problem: { code: 'rejected' } });
  });

  it('a lone queued event that always fails is kept as refused instead of looping', async () => {
    await annotate(1);
    const ledger = scriptedLedger(poisonOn('note 0'));
    const report = await runSync(deps(ledger.transport).deps);
    expect(ledger.requests).toHaveLength(2);
    expect(report.status).toMatchObject({ state: 'idle', queued: 0, rejected: 1 });
  });

  it('a ledger failing on everything is not blamed on the events: nothing is marked refused', async () => {
    await annotate(4);
    const ledger = scriptedLedger(refuse('internal'));
    const report = await runSync(deps(ledger.transport, { retriesPerRun: 3 }).deps);
    expect(await countRejected(db)).toBe(0);
    expect(await countOutbox(db)).toBe(4);
    expect(report.status).toMatchObject({ state: 'busy', problem: { code: 'internal' } });
    expect(report.status.nextRetryAt).toBeDefined();
  });

  it('one transient internal error is simply retried with the same batch', async () => {
    await annotate(3);
    const ledger = scriptedLedger(refuse('internal'), acceptAll);
    const report = await runSync(deps(ledger.transport).deps);
    expect(ledger.requests.map((r) => r.events.length)).toEqual([3, 3]);
    expect(report.acknowledged).toBe(3);
  });
});
