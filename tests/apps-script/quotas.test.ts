import { describe, expect, it, vi } from 'vitest';
import { ExecutionSlots, runConcurrently, SIMULTANEOUS_EXECUTIONS_PER_USER, TOO_MANY_EXECUTIONS_MESSAGE } from '../support/concurrent-executions.ts';
import { createGoogleWorld } from '../support/google-world.ts';
import { postEvent } from '../support/ledger-bundle.ts';
import { addMember, annotationEvent, ledgerFixture } from '../support/ledger-fixture.ts';
import { SHEETS_QUOTA_LIMITS } from '../support/sheets-quota.ts';

// The bundle is built on first use and runs in node:vm: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const READ_429 =
  "API call to sheets.spreadsheets.values.get failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.";

function clock(start = Date.UTC(2026, 11, 1, 14, 0, 0)) {
  const c = { t: start, now: () => c.t };
  return c;
}

function quotaWorld() {
  const c = clock();
  const world = createGoogleWorld({ sheetsQuota: { now: c.now } });
  const Values = world.globals.Sheets.Spreadsheets.Values;
  world.globals.Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: { properties: { title: 'Log' } } }] }, world.store.state.spreadsheetId);
  c.t += 60_000; // the set-up write leaves the window
  return { c, world, Values, id: world.store.state.spreadsheetId };
}

describe('Sheets double: per-minute request quotas (developers.google.com/sheets/api/limits)', () => {
  it('serves 60 reads a minute per user, refuses the 61st with the text Apps Script throws, and refills as the minute rolls', () => {
    const { c, world, Values, id } = quotaWorld();
    for (let i = 0; i < SHEETS_QUOTA_LIMITS.perUserPerMinute; i++) {
      Values.get(id, "'Log'!A1");
      c.t += 500;
    }
    expect(() => Values.get(id, "'Log'!A1")).toThrow(READ_429);
    expect(world.quota?.refused.read).toBe(1);
    // Writes have their own quota: a full read quota does not stop a write.
    expect(() => Values.append({ values: [['a']] }, id, "'Log'!A1", { valueInputOption: 'RAW' })).not.toThrow();
    // The first read was 29.5 s before the 60th: 30.5 s later it has left the window, the second not yet.
    c.t += 30_500 - 500;
    expect(() => Values.get(id, "'Log'!A1")).not.toThrow();
    expect(() => Values.get(id, "'Log'!A1")).toThrow(/Read requests per minute per user/);
  });

  it('counts a batchGet of many ranges as one read and a batchUpdate of many requests as one write', () => {
    const { world, Values, id } = quotaWorld();
    Values.batchGet(id, { ranges: ["'Log'!A1", "'Log'!B1", "'Log'!C1:C9"] });
    world.globals.Sheets.Spreadsheets.batchUpdate(
      { requests: [{ addSheet: { properties: { title: 'A' } } }, { addSheet: { properties: { title: 'B' } } }] },
      id,
    );
    expect(world.quota?.granted).toEqual({ read: 1, write: 2 }); // the set-up write and this one
  });

  it('refuses the 61st write of a minute and changes nothing', () => {
    const { world, Values, id } = quotaWorld();
    for (let i = 0; i < 60; i++) Values.append({ values: [[`row ${i}`]] }, id, "'Log'!A1", { valueInputOption: 'RAW' });
    expect(() => Values.append({ values: [['one too many']] }, id, "'Log'!A1", { valueInputOption: 'RAW' })).toThrow(
      "API call to sheets.spreadsheets.values.append failed with error: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'",
    );
    expect(() => world.globals.Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: { properties: { title: 'X' } } }] }, id)).toThrow(/Write requests per minute per user/);
    const log = world.store.state.sheets.find((s) => s.title === 'Log')!;
    expect(log.rows.length).toBe(60);
    expect(world.store.state.sheets.map((s) => s.title)).not.toContain('X');
  });

  it('caps the project at 300 requests a minute across users', () => {
    const { world, Values, id } = quotaWorld();
    for (let user = 0; user < 5; user++) {
      world.session.effectiveUserEmail = `user${user}@example.org`;
      for (let i = 0; i < 60; i++) Values.get(id, "'Log'!A1");
    }
    world.session.effectiveUserEmail = 'user5@example.org';
    expect(() => Values.get(id, "'Log'!A1")).toThrow("limit 'Read requests per minute' of service");
  });

  it('adds each call’s latency to the time the execution has spent', () => {
    const world = createGoogleWorld({ latencyMs: (service) => (service === 'Sheets' ? 250 : 0) });
    world.globals.Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: { properties: { title: 'Log' } } }] }, world.store.state.spreadsheetId);
    world.globals.Sheets.Spreadsheets.Values.get(world.store.state.spreadsheetId, "'Log'!A1");
    world.globals.PropertiesService.getScriptProperties();
    expect(world.latency.spentMs).toBe(500);
  });
});

describe('web app: a throttled Sheets request is answered busy with a retry hint', () => {
  it('stores nothing, says when to come back, and the same batch sent later is stored once', async () => {
    const c = clock();
    const f = await ledgerFixture({ sheetsQuota: { now: c.now } });
    const { token } = addMember(f.world, { name: 'Ann', side: 'csn', roles: ['attendee'] });
    c.t += 60_000;
    // Another execution of the same owner has spent the minute's writes.
    for (let i = 0; i < 60; i++) f.world.quota?.charge('sheets.spreadsheets.values.append', 'write');
    const events = [annotationEvent('Throttled note')];
    const answer = f.post({ v: 1, op: 'append', token, events });
    expect(answer).toEqual({ ok: false, error: { code: 'busy', message: expect.stringMatching(/per minute/), retryAfterMs: 30_000 } });
    const pull = () => f.post({ v: 1, op: 'pull', token, since: 0 }) as { events: { id: string }[] };
    expect(pull().events).toEqual([]);
    c.t += 60_001;
    expect(f.post({ v: 1, op: 'append', token, events })).toMatchObject({ ok: true, results: [{ status: 'accepted' }] });
    expect(f.post({ v: 1, op: 'append', token, events })).toMatchObject({ ok: true, results: [{ status: 'duplicate' }] });
    expect(pull().events.map((e) => e.id)).toEqual([events[0]!.id]);
  });
});

describe('execution harness: 30 simultaneous executions per user', () => {
  it('refuses the 31st running execution with the text Apps Script gives, and frees a slot when one ends', () => {
    const slots = new ExecutionSlots();
    for (let i = 0; i < SIMULTANEOUS_EXECUTIONS_PER_USER; i++) expect(slots.enter()).toBe(true);
    expect(slots.enter()).toBe(false);
    expect(slots.refused).toBe(1);
    slots.leave();
    expect(slots.enter()).toBe(true);
  });

  it('runConcurrently: executions beyond the limit never start and fail with Google’s message', async () => {
    const f = await ledgerFixture();
    const { token } = addMember(f.world, { name: 'Ann', side: 'csn', roles: ['attendee'] });
    const calls = Array.from({ length: 3 }, (_, i) => ({ entry: 'doPost', args: [postEvent(JSON.stringify({ v: 1, op: 'append', token, events: [annotationEvent(`n${i}`)] }))] }));
    const answers = await runConcurrently(f.world, f.code, calls, { maxSimultaneous: 2, latencyMs: 5 });
    expect(answers.filter((a) => a.error === TOO_MANY_EXECUTIONS_MESSAGE)).toHaveLength(1);
    expect(answers.filter((a) => a.content && JSON.parse(a.content).ok === true)).toHaveLength(2);
  });
});
