import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { verifyChain } from '../../shared/ledger/verify-chain.ts';
import { encodeViewTab, foldEvents, VIEW_TAB_SPECS, VIEW_TABS } from '../../shared/ledger/views/index.ts';
import * as domain from '../shared/domain/examples.ts';
import { CACHE_ITEM_CAP, createCacheServiceDouble } from '../support/cache-service-double.ts';
import { CallLog } from '../support/call-log.ts';
import { runConcurrently } from '../support/concurrent-executions.ts';
import type { GoogleWorld } from '../support/google-world.ts';
import { postEvent } from '../support/ledger-bundle.ts';
import { addMember, annotationEvent, type LedgerFixture, ledgerFixture, nodeSha256 } from '../support/ledger-fixture.ts';
import { readLedgerTab, storedLogEvents, trimTrailingCells } from '../support/read-ledger-tab.ts';

// Real worker threads running the bundle at once, on the doubles: slower than a unit test under load.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

/** The staging slots of apps-script/ledger/server/stage-batch.ts, as the cache double holds them. */
const SLOT_KEYS = Array.from({ length: 64 }, (_, i) => `cocreate.stage.slot.${i}`);
const stagedCount = (world: GoogleWorld) => Object.keys(world.cache.getScriptCache().getAll(SLOT_KEYS)).length;

/** Waits (for the state, not for a time) until `ready` holds; fails the test after `ms`. */
async function until(ready: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

type Answer = { ok: boolean; results?: Array<{ id: string; status: string; error?: { code: string } }>; error?: { code: string; retryAfterMs?: number } };

/** Six members, one annotation of Ann's already stored, the token index warm. */
async function webinarRoom(options: { lockTimeScale?: number } = {}) {
  const f = await ledgerFixture(options);
  const member = (name: string, roles: ('attendee' | 'coordinator' | 'drafter')[], side: 'csn' | 'government' = 'csn') => addMember(f.world, { name, side, roles });
  const people = {
    ann: member('Ann Attendee', ['attendee']),
    bo: member('Bo Attendee', ['attendee'], 'government'),
    co: member('Co Ordinator', ['coordinator'], 'government'),
    di: member('Di Attendee', ['attendee']),
    eve: member('Eve Attendee', ['attendee']),
    fay: member('Fay Attendee', ['attendee'], 'government'),
  };
  const annsEarlier = annotationEvent('Ann: the deadline stays in March.', { payload: { meetingId: 'meeting-1', kind: 'decision', text: 'The deadline stays in March.' } });
  expect(f.post({ v: 1, op: 'append', token: people.ann.token, events: [annsEarlier] })).toMatchObject({ ok: true, results: [{ status: 'accepted' }] });
  return { f, people, annsEarlier };
}

function batchesOf(room: Awaited<ReturnType<typeof webinarRoom>>) {
  const { people, annsEarlier } = room;
  const edit = (text: string) => ({ ...annotationEvent(text), id: randomUUID(), type: 'annotation.updated', entityId: annsEarlier.entityId, payload: { meetingId: 'meeting-1', kind: 'decision', text } });
  const meeting = {
    v: 1,
    id: randomUUID(),
    type: 'meeting.scheduled',
    at: '2026-11-27T13:00:00.000Z',
    source: 'sheet',
    payload: { meeting: { ...domain.meeting, id: 'meeting-1', title: 'Forum webinar', startsAt: '2026-11-27T14:00:00.000Z', endsAt: '2026-11-27T16:00:00.000Z', notesStatus: { en: 'none', fr: 'none' } } },
  };
  return [
    { who: 'ann', token: people.ann.token, events: [annotationEvent('Ann 1'), edit('Ann: the deadline stays in March (edited).'), annotationEvent('Ann 2', { payload: { meetingId: 'meeting-1', kind: 'action', text: 'Send the draft', dueDate: '2026-12-31', actionStatus: 'open', owner: 'TBS' } })] },
    // Bo edits Ann's annotation: forbidden for him alone; his own note beside it is stored.
    { who: 'bo', token: people.bo.token, events: [edit('Bo rewrites Ann.'), annotationEvent('Bo 1')] },
    { who: 'co', token: people.co.token, events: [meeting] },
    // Di retries Ann's stored event (as if she had it): a duplicate, beside her own new one.
    { who: 'di', token: people.di.token, events: [annotationEvent('Di 1'), annsEarlier] },
    { who: 'eve', token: people.eve.token, events: [annotationEvent('Eve 1'), annotationEvent('Eve 2'), annotationEvent('Eve 3')] },
    { who: 'fay', token: people.fay.token, events: [annotationEvent('Fay 1', { payload: { meetingId: 'meeting-1', kind: 'question', text: 'Who signs?' } })] },
  ];
}

const EXPECTED_STATUSES: Record<string, string[]> = {
  ann: ['accepted', 'accepted', 'accepted'],
  bo: ['rejected', 'accepted'],
  co: ['accepted'],
  di: ['accepted', 'duplicate'],
  eve: ['accepted', 'accepted', 'accepted'],
  fay: ['accepted'],
};

function run(f: LedgerFixture, batches: ReturnType<typeof batchesOf>) {
  return runConcurrently(
    f.world,
    f.code,
    batches.map((b) => ({ entry: 'doPost', args: [postEvent(JSON.stringify({ v: 1, op: 'append', token: b.token, events: b.events }))] })),
    { latencyMs: 2 },
  );
}

function expectViewsAreAFullFold(f: LedgerFixture, coordinatorId: string) {
  const events = storedLogEvents(f.world);
  const today = readLedgerTab(f.world, 'Dashboard').find((row) => row[1] === 'ledger' && row[2] === 'today')?.[3] ?? '';
  const views = foldEvents(events, { today, coordinators: new Set([coordinatorId]) });
  for (const view of VIEW_TABS) expect(readLedgerTab(f.world, VIEW_TAB_SPECS[view].title), view).toEqual(trimTrailingCells(encodeViewTab(view, views)));
}

describe('group commit: requests that arrive while the ledger is writing are stored together', () => {
  it('six members’ batches staged while the lock is held are stored in one write, each answered for its own member', async () => {
    const room = await webinarRoom();
    const { f, people } = room;
    const batches = batchesOf(room);
    // Another execution holds the lock (a long store): every request finds it taken and stages its batch.
    f.world.arbiter.holdAs('a-long-store');
    const answers = run(f, batches);
    await until(() => stagedCount(f.world) === batches.length, 'all six batches are staged');
    f.world.log.reset();
    f.world.arbiter.release('a-long-store');
    const replies = (await answers).map((a) => JSON.parse(a.content ?? JSON.stringify({ thrown: a.error })) as Answer);

    for (const [i, batch] of batches.entries()) {
      expect(replies[i], batch.who).toMatchObject({ ok: true });
      expect(replies[i]!.results!.map((r) => r.id)).toEqual(batch.events.map((e) => e.id));
      expect(replies[i]!.results!.map((r) => r.status), batch.who).toEqual(EXPECTED_STATUSES[batch.who]);
    }
    expect(replies[1]!.results![0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    // Ten storing requests' worth of events (five requests store something), one read and one write.
    const sheets = f.world.log.tally('Sheets');
    expect(sheets['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(sheets['Sheets.Spreadsheets.batchUpdate']).toBeLessThan(batches.filter((b) => EXPECTED_STATUSES[b.who]!.includes('accepted')).length);
    expect(sheets['Sheets.Spreadsheets.Values.batchGet']).toBe(1);

    const stored = storedLogEvents(f.world);
    const accepted = batches.flatMap((b, i) => b.events.filter((_, j) => replies[i]!.results![j]!.status === 'accepted').map((e) => e.id));
    expect(stored.map((e) => e.id).sort()).toEqual([room.annsEarlier.id, ...accepted].sort());
    expect(new Set(stored.map((e) => e.id)).size).toBe(stored.length);
    // Each stored event carries its own member as actor, whatever execution wrote it.
    const ownerOf = new Map(batches.flatMap((b) => b.events.map((e) => [e.id, people[b.who as keyof typeof people].id] as const)));
    for (const event of stored.slice(1)) expect(event.actor.memberId).toBe(ownerOf.get(event.id));
    expect(verifyChain(readLedgerTab(f.world, 'Log'), nodeSha256)).toMatchObject({ ok: true, count: stored.length });
    expectViewsAreAFullFold(f, people.co.id);
    // "Rebuild views" from the log gives the very same tabs.
    const before = VIEW_TABS.map((view) => readLedgerTab(f.world, VIEW_TAB_SPECS[view].title));
    f.app.rebuildLedgerViews();
    expect(VIEW_TABS.map((view) => readLedgerTab(f.world, VIEW_TAB_SPECS[view].title))).toEqual(before);
    expect(stagedCount(f.world)).toBe(0);
    expect(f.world.arbiter.heldBy).toBeNull();
  });

  it('batches evicted from the staging area are stored by their own executions: nothing lost, nothing twice', async () => {
    const room = await webinarRoom();
    const { f, people } = room;
    const batches = batchesOf(room);
    f.world.arbiter.holdAs('a-long-store');
    const answers = run(f, batches);
    await until(() => stagedCount(f.world) === batches.length, 'all six batches are staged');
    // CacheService may drop any value at any time (reference/apps-script.md §3.5).
    f.world.cache.evictAll();
    f.world.arbiter.release('a-long-store');
    const replies = (await answers).map((a) => JSON.parse(a.content ?? JSON.stringify({ thrown: a.error })) as Answer);
    for (const [i, batch] of batches.entries()) expect(replies[i]!.results?.map((r) => r.status), batch.who).toEqual(EXPECTED_STATUSES[batch.who]);
    const stored = storedLogEvents(f.world);
    expect(new Set(stored.map((e) => e.id)).size).toBe(stored.length);
    expect(stored).toHaveLength(1 + Object.values(EXPECTED_STATUSES).flat().filter((s) => s === 'accepted').length);
    expect(verifyChain(readLedgerTab(f.world, 'Log'), nodeSha256).ok).toBe(true);
    expectViewsAreAFullFold(f, people.co.id);
  });

  it('a request that waits in vain is answered busy with a retry hint, its batch withdrawn; sent again it is stored once', async () => {
    // The 10 s wait scaled to 2 ms: every request gives up while the lock is held.
    const room = await webinarRoom({ lockTimeScale: 0.0002 });
    const { f, people } = room;
    const batches = batchesOf(room);
    f.world.arbiter.holdAs('a-long-store');
    const replies = (await run(f, batches)).map((a) => JSON.parse(a.content ?? JSON.stringify({ thrown: a.error })) as Answer);
    for (const reply of replies) expect(reply).toMatchObject({ ok: false, error: { code: 'busy', retryAfterMs: expect.any(Number) } });
    expect(stagedCount(f.world)).toBe(0);
    expect(storedLogEvents(f.world)).toHaveLength(1);
    f.world.arbiter.release('a-long-store');
    for (const batch of batches) {
      const answer = f.post({ v: 1, op: 'append', token: batch.token, events: batch.events }) as Answer;
      expect(answer.results?.map((r) => r.status), batch.who).toEqual(EXPECTED_STATUSES[batch.who]);
    }
    expect(verifyChain(readLedgerTab(f.world, 'Log'), nodeSha256).ok).toBe(true);
    expectViewsAreAFullFold(f, people.co.id);
  });
});

describe('the CacheService double keeps Google\'s documented limits', () => {
  it('holds at most 1,000 items (the oldest written go first) and refuses a value over 100 KB', () => {
    const cache = createCacheServiceDouble(new CallLog(), () => 0).getScriptCache();
    for (let i = 0; i <= CACHE_ITEM_CAP; i++) cache.put(`k${i}`, 'v');
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k1')).toBe('v');
    expect(cache.get(`k${CACHE_ITEM_CAP}`)).toBe('v');
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow(/Argument too large/);
  });
});
