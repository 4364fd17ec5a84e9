import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SYNC_ALARM, startBackground } from '../../../extension/adapters/background-services.ts';
import type { LedgerReply, LedgerTransport } from '../../../extension/adapters/ledger-client.ts';
import { createAnnotation } from '../../../extension/services/annotations.ts';
import { openCocreateDb } from '../../../extension/services/db.ts';
import { countOutbox } from '../../../extension/services/outbox.ts';
import { saveSettings } from '../../../extension/services/settings.ts';
import { getSyncStatus } from '../../../extension/services/sync-status.ts';
import type { ClientEnvelope } from '../../../shared/ledger/event-envelope.ts';
import type { LedgerRequest } from '../../../shared/protocol/ledger-api.ts';
import { fixedEnv } from '../services/fixed-env.ts';

const member = { id: 'm-1', name: 'Ana Lima', org: 'Open North', side: 'csn', roles: ['attendee'] };
const HEAD = { seq: 1, hash: 'a'.repeat(64) };

/** A ledger that accepts every append (or refuses the token while `refuseToken` is set). */
function ledger() {
  const requests: LedgerRequest[] = [];
  const state = { refuseToken: false, forbid: false };
  const transport: LedgerTransport = async (_url, request): Promise<LedgerReply> => {
    requests.push(request);
    if (state.refuseToken) return { kind: 'json', body: { ok: false, error: { code: 'unauthorized', message: 'No.' } } };
    if (request.op === 'whoami') return { kind: 'json', body: { ok: true, member } };
    if (request.op === 'pull') return { kind: 'json', body: { ok: true, events: [], head: { seq: 0, hash: '0'.repeat(64) } } };
    const results = (request.events as ClientEnvelope[]).map((event, i) =>
      state.forbid
        ? { id: event.id, status: 'rejected', error: { code: 'forbidden', message: 'Role.' } }
        : { id: event.id, status: 'accepted', seq: i + 1 },
    );
    return { kind: 'json', body: { ok: true, results, head: HEAD } };
  };
  const appended = () => requests.flatMap((r) => (r.op === 'append' ? (r.events as ClientEnvelope[]) : []));
  return { transport, requests, appended, state };
}

let dbName: string;
let counter = 0;
beforeEach(() => {
  fakeBrowser.reset();
  dbName = `bg-test-${++counter}`;
});

const instantSleep = async () => {};
const configure = () => saveSettings({ ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 'tok' });

async function annotate(count: number) {
  const db = await openCocreateDb(dbName);
  const env = fixedEnv(new Date(Date.UTC(2026, 10, 27, 14, 0, counter)).toISOString());
  for (let i = 0; i < count; i++) {
    const result = await createAnnotation(db, { meetingId: 'm', kind: 'note', text: `n${i}` }, env);
    if (!result.ok) throw new Error('setup');
  }
  return db;
}

describe('background', () => {
  it('sets a sync alarm every minute and leaves messages that are not its own unanswered', async () => {
    startBackground({ dbName, transport: ledger().transport, sleep: instantSleep });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 1 });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'page-context', context: {} })).toBeUndefined();
  });

  it('on "outbox-changed", sends what the side panel queued and shows it as sent', async () => {
    const l = ledger();
    await configure();
    const db = await annotate(3);
    startBackground({ dbName, transport: l.transport, sleep: instantSleep });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'outbox-changed' })).toEqual({ ok: true });
    await vi.waitFor(async () => expect(await getSyncStatus()).toMatchObject({ state: 'idle', queued: 0 }));
    expect(l.appended().map((e) => e.payload.text)).toEqual(['n0', 'n1', 'n2']);
    expect(await countOutbox(db)).toBe(0);
  });

  it('syncs on the alarm', async () => {
    const l = ledger();
    await configure();
    startBackground({ dbName, transport: l.transport, sleep: instantSleep });
    await vi.waitFor(async () => expect((await getSyncStatus()).state).toBe('idle'));
    await annotate(2);
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now(), periodInMinutes: 1, persistAcrossSessions: false });
    await vi.waitFor(() => expect(l.appended()).toHaveLength(2));
  });

  it('with no ledger set up, says it works locally and sends nothing', async () => {
    const l = ledger();
    await annotate(1);
    startBackground({ dbName, transport: l.transport, sleep: instantSleep });
    await fakeBrowser.runtime.sendMessage({ type: 'sync-now' });
    await vi.waitFor(async () => expect(await getSyncStatus()).toMatchObject({ state: 'local-only', queued: 1 }));
    expect(l.requests).toEqual([]);
  });

  it('after a refused token, waits for new settings, then sends', async () => {
    const l = ledger();
    l.state.refuseToken = true;
    await configure();
    await annotate(1);
    startBackground({ dbName, transport: l.transport, sleep: instantSleep });
    await vi.waitFor(async () => expect((await getSyncStatus()).problem?.code).toBe('unauthorized'));
    const tries = l.requests.length;
    await fakeBrowser.runtime.sendMessage({ type: 'outbox-changed' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now(), periodInMinutes: 1, persistAcrossSessions: false });
    expect(l.requests).toHaveLength(tries);
    l.state.refuseToken = false;
    await saveSettings({ token: 'new-token' });
    await vi.waitFor(async () => expect(await getSyncStatus()).toMatchObject({ state: 'idle', queued: 0 }));
    expect(l.requests.at(-1)).toMatchObject({ op: 'append', token: 'new-token' });
  });

  it('while the token is refused, the queued count still follows what the side panel adds', async () => {
    const l = ledger();
    l.state.refuseToken = true;
    await configure();
    await annotate(1);
    startBackground({ dbName, transport: l.transport, sleep: instantSleep });
    await vi.waitFor(async () => expect(await getSyncStatus()).toMatchObject({ queued: 1, problem: { code: 'unauthorized' } }));
    const tries = l.requests.length;
    const db = await openCocreateDb(dbName);
    let n = 0;
    const later = { ...fixedEnv('2026-11-27T15:00:00.000Z'), newId: () => `00000000-0000-4000-8000-0000000000a${++n}` };
    for (const text of ['later 1', 'later 2']) await createAnnotation(db, { meetingId: 'm', kind: 'note', text }, later);
    await fakeBrowser.runtime.sendMessage({ type: 'outbox-changed' });
    await vi.waitFor(async () => expect(await getSyncStatus()).toMatchObject({ state: 'error', queued: 3, problem: { code: 'unauthorized' } }));
    expect(l.requests).toHaveLength(tries);
  });

  it('a change of name or language alone does not resend refused events', async () => {
    const l = ledger();
    l.state.forbid = true;
    await configure();
    await annotate(1);
    startBackground({ dbName, transport: l.transport, sleep: instantSleep });
    await vi.waitFor(async () => expect(await getSyncStatus()).toMatchObject({ state: 'idle', rejected: 1 }));
    const sent = l.requests.length;
    await saveSettings({ language: 'fr', displayName: 'Ana' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(l.requests).toHaveLength(sent);
    expect(await getSyncStatus()).toMatchObject({ rejected: 1 });
  });

  it('"sync now" gives refused events another try (a coordinator may have fixed the role)', async () => {
    const l = ledger();
    l.state.forbid = true;
    await configure();
    const db = await annotate(2);
    startBackground({ dbName, transport: l.transport, sleep: instantSleep });
    await vi.waitFor(async () => expect(await getSyncStatus()).toMatchObject({ state: 'idle', queued: 0, rejected: 2 }));
    expect(await countOutbox(db)).toBe(0);
    l.state.forbid = false;
    await fakeBrowser.runtime.sendMessage({ type: 'sync-now' });
    await vi.waitFor(async () => expect(await getSyncStatus()).toMatchObject({ state: 'idle', queued: 0, rejected: 0 }));
    expect(l.appended().map((e) => e.payload.text)).toEqual(['n0', 'n1', 'n0', 'n1']);
    expect(new Set(l.appended().map((e) => e.id)).size).toBe(2);
  });

  it.each([
    ['check-token', { type: 'check-token', ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 'tok' }, { ok: true, member }],
    ['ledger-doc with no ledger', { type: 'ledger-doc', docId: 'doc-1' }, { ok: false, problem: { code: 'not_configured' } }],
    ['ledger-commitments with no ledger', { type: 'ledger-commitments' }, { ok: false, problem: { code: 'not_configured' } }],
    ['ledger-meetings with no ledger', { type: 'ledger-meetings' }, { ok: false, problem: { code: 'not_configured' } }],
  ])('answers %s', async (_name, message, expected) => {
    startBackground({ dbName, transport: ledger().transport, sleep: instantSleep });
    expect(await fakeBrowser.runtime.sendMessage(message)).toMatchObject(expected);
  });

  it('answers ledger-doc from the ledger once one is set up', async () => {
    await configure();
    startBackground({ dbName, transport: ledger().transport, sleep: instantSleep });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'ledger-doc', docId: 'doc-1' })).toMatchObject({
      ok: true,
      view: { docId: 'doc-1', commitments: [], fromCache: false },
    });
  });

  it('answers ledger-meetings from the ledger once one is set up', async () => {
    await configure();
    startBackground({ dbName, transport: ledger().transport, sleep: instantSleep });
    // `joinable` (issue 14): the meetings this member may join; none in an empty ledger.
    expect(await fakeBrowser.runtime.sendMessage({ type: 'ledger-meetings' })).toEqual({ ok: true, meetings: [], fromCache: false, joinable: [] });
  });
});

describe('background entrypoint', () => {
  it('wires the real background: alarm set, local-only status with no ledger', async () => {
    // fakeBrowser has no in-memory commands API: record the shortcut listener the background adds.
    const onCommand = vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    const { default: background } = await import('../../../extension/entrypoints/background.ts');
    background.main();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 1 });
    expect(onCommand).toHaveBeenCalledOnce();
    await vi.waitFor(async () => expect((await getSyncStatus()).state).toBe('local-only'));
  });

  it('asks whose token this is once, however often the panel asks for meetings, and refuses to join a meeting the ledger does not offer', async () => {
    await configure();
    const double = ledger();
    startBackground({ dbName, transport: double.transport, sleep: instantSleep });
    for (let i = 0; i < 3; i++) expect(await fakeBrowser.runtime.sendMessage({ type: 'ledger-meetings' })).toMatchObject({ ok: true, joinable: [] });
    expect(double.requests.filter((request) => request.op === 'whoami')).toHaveLength(1);
    expect(await fakeBrowser.runtime.sendMessage({ type: 'join-meeting', meetingId: 'not-scheduled' })).toMatchObject({ ok: false, problem: { code: 'not_joinable' } });
    expect(await (await openCocreateDb(dbName)).getAll('meetings')).toEqual([]);
  });
});
