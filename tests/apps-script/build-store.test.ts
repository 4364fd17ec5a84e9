import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { encodeEventRow } from '../../shared/ledger/event-log-codec.ts';
import { ledgerTabTitle } from '../../shared/ledger/layout/index.ts';
import { encodeMemberRow } from '../../shared/ledger/members-codec.ts';
import { STORE_VERSION } from '../../shared/ledger/store/store-state.ts';
import { VIEW_TAB_SPECS, VIEW_TABS } from '../../shared/ledger/views/index.ts';
import type { GoogleWorld } from '../support/google-world.ts';
import { addMember, annotationEvent, EVERY_ROLE, type LedgerFixture, ledgerFixture } from '../support/ledger-fixture.ts';
import { ACTORS, generateEvents } from '../shared/ledger/views/make-events.ts';

// The store's build from the whole Log, when it does not fit one execution (build-store.ts): cut
// short by Google's 6-minute kill or by its own time budget, it resumes in later executions (the
// clock trigger continueStoreBuild) and ends exactly as a build that ran through; meanwhile appends
// are answered `busy` and store nothing. The bundle runs in node:vm on the doubles.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** Enough varied events (annotations, commitments, sign-offs, meetings, proposals…) for several writes of 1.5 MB. */
const EVENTS = 3_000;
/** One history for every ledger here (the generator numbers its hashes globally: made once). */
const HISTORY = generateEvents(EVENTS + 1, 7).map(encodeEventRow);
const LOG = ledgerTabTitle('log');
const INDEX = ledgerTabTitle('index');
const PLAN = ledgerTabTitle('plan');
/** What a build writes: every view tab, the plan store and the Index (meta and buckets). */
const BUILT_TABS = [...VIEW_TABS.map((tab) => VIEW_TAB_SPECS[tab].title), PLAN, INDEX];

const rowsOf = (world: GoogleWorld, title: string): string[][] =>
  ((world.globals.Sheets.Spreadsheets.Values.get(world.store.state.spreadsheetId, `'${title}'`).values ?? []) as unknown[][]).map((row) => row.map(String));
const builtTabs = (world: GoogleWorld) => Object.fromEntries(BUILT_TABS.map((title) => [title, rowsOf(world, title)]));
const metaCell = (world: GoogleWorld) => rowsOf(world, INDEX)[1]?.[0] ?? '';
const continuations = (world: GoogleWorld) => world.triggers.filter((t) => t.handler === 'continueStoreBuild');

/** A ledger whose Log holds a long varied history written by another hand (no Index yet), with its coordinator. */
async function longLedger(options: Parameters<typeof ledgerFixture>[0] = {}): Promise<LedgerFixture & { token: string }> {
  const f = await ledgerFixture(options);
  const { token } = addMember(f.world, { name: 'Ann Attendee', side: 'csn', roles: EVERY_ROLE });
  const coordinator = encodeMemberRow({ id: ACTORS.coord.memberId, name: ACTORS.coord.name, org: ACTORS.coord.org, side: 'government', roles: ['coordinator'], tokenHash: 'f'.repeat(64), issuedAt: '2026-01-01T00:00:00.000Z' });
  const values = f.world.globals.Sheets.Spreadsheets.Values;
  values.append({ values: [coordinator] }, f.world.store.state.spreadsheetId, `'${ledgerTabTitle('members')}'!A1`, { valueInputOption: 'RAW', insertDataOption: 'INSERT_ROWS' });
  values.append({ values: HISTORY.slice(0, EVENTS) }, f.world.store.state.spreadsheetId, `'${LOG}'!A1`, { valueInputOption: 'RAW', insertDataOption: 'INSERT_ROWS' });
  f.world.log.reset();
  return { ...f, token };
}

/**
 * Google's kill at 6 minutes, as the doubles can show it: from the `at`-th Sheets write on, every
 * write throws before it is served (the execution is gone), as Apps Script reports it.
 */
function killAtWrite(world: GoogleWorld, at: number): { restore(): void; writes(): number } {
  const sheets = world.globals.Sheets.Spreadsheets;
  const values = sheets.Values;
  const originals = { batchUpdate: sheets.batchUpdate, valuesBatchUpdate: values.batchUpdate, batchClear: values.batchClear };
  let writes = 0;
  const guard = <A extends unknown[], R>(write: (...args: A) => R) => (...args: A): R => {
    writes += 1;
    if (writes >= at) throw new Error('Exceeded maximum execution time');
    return write(...args);
  };
  sheets.batchUpdate = guard(originals.batchUpdate);
  values.batchUpdate = guard(originals.valuesBatchUpdate);
  values.batchClear = guard(originals.batchClear);
  return {
    restore() {
      Object.assign(sheets, { batchUpdate: originals.batchUpdate });
      Object.assign(values, { batchUpdate: originals.valuesBatchUpdate, batchClear: originals.batchClear });
    },
    writes: () => writes,
  };
}

const said = annotationEvent('Said while the index was being built');
/** The same 1-event append each time, as a client sends its batch again after `busy`. */
const append = (f: LedgerFixture & { token: string }) => f.post({ v: 1, op: 'append', token: f.token, events: [said] });

/** The bundle's clock made to run on the doubles' latency: every Sheets request takes `ms`. */
function slowSheets(f: LedgerFixture, ms: number) {
  let spent = 0;
  f.world.log.onRecord((call) => {
    if (call.service === 'Sheets') spent += ms;
  });
  const start = Date.UTC(2026, 11, 2, 9, 0, 0);
  (vm.runInContext('Date', f.app.context) as DateConstructor).now = () => start + spent;
}

let reference: { tabs: Record<string, string[][]>; writes: number } | undefined;
/** The tabs as one build that ran through writes them (the same Log, the same day), and its count of writes. */
async function fromScratch(): Promise<{ tabs: Record<string, string[][]>; writes: number }> {
  if (!reference) {
    const f = await longLedger();
    const count = killAtWrite(f.world, Number.POSITIVE_INFINITY);
    f.app.rebuildLedgerViews();
    count.restore();
    expect(f.world.ui.events.at(-1)).toMatchObject({ kind: 'alert', prompt: expect.stringContaining(`${EVENTS} events`) });
    reference = { tabs: builtTabs(f.world), writes: count.writes() };
    expect(JSON.parse(reference.tabs[INDEX]![1]![0]!)).toMatchObject({ version: STORE_VERSION, head: { seq: EVENTS } });
    expect(continuations(f.world)).toEqual([]);
    // The clearing write, the grids and the marker, then at least two writes of rows: worth cutting short.
    expect(reference.writes).toBeGreaterThanOrEqual(4);
  }
  return reference;
}

describe('a store build longer than one execution', () => {
  it.each([3, 4, 'last'] as const)('killed at its write %s, is taken on by its trigger and ends exactly as a build that ran through', async (at) => {
    const expected = await fromScratch();
    const f = await longLedger();
    // Slow enough for Google's kill to be possible at all: 20 s a request, past a minute by the first write.
    slowSheets(f, 20_000);
    const kill = killAtWrite(f.world, at === 'last' ? expected.writes : at);
    expect(() => f.app.rebuildLedgerViews()).toThrow('Exceeded maximum execution time');
    kill.restore();
    // What the killed execution left behind: a marker, no meta, so no append writes into a half-built store.
    expect(metaCell(f.world)).toMatch(/^\{"build":1/);
    expect(append(f)).toMatchObject({ ok: false, error: { code: 'busy', retryAfterMs: 60_000 } });
    // The trigger a slow build sets (to run past the 6 minutes) takes the build on.
    expect(continuations(f.world)).toHaveLength(1);
    f.app.continueStoreBuild();
    expect(builtTabs(f.world)).toEqual(expected.tabs);
    expect(continuations(f.world)).toEqual([]);
  });

  it.each([1, 2])('killed at its write %i, before its marker, leaves no half-built store: the trigger finds nothing, the next build starts over', async (at) => {
    const expected = await fromScratch();
    const f = await longLedger();
    const before = metaCell(f.world);
    slowSheets(f, 20_000);
    const kill = killAtWrite(f.world, at);
    expect(() => f.app.rebuildLedgerViews()).toThrow('Exceeded maximum execution time');
    kill.restore();
    // Killed before the clearing write: the old store, which an append finds behind the Log and builds again.
    // Killed after it: no store at all, which an append builds too.
    expect(metaCell(f.world)).toBe(at === 1 ? before : '');
    f.app.continueStoreBuild();
    expect(continuations(f.world)).toEqual([]);
    expect(metaCell(f.world)).toBe(at === 1 ? before : '');
    f.app.rebuildLedgerViews();
    expect(builtTabs(f.world)).toEqual(expected.tabs);
  });

  it('spread over several executions by its time budget, refuses appends `busy` meanwhile and stores nothing until it ends', async () => {
    const expected = await fromScratch();
    const f = await longLedger();
    // A minute a request: the 4-minute budget stops the build after a few writes, each execution.
    slowSheets(f, 60_000);
    const logRows = rowsOf(f.world, LOG).length;

    const first = append(f);
    expect(first).toMatchObject({ ok: false, error: { code: 'busy', retryAfterMs: 60_000 } });
    expect(rowsOf(f.world, LOG)).toHaveLength(logRows);
    expect(metaCell(f.world)).toMatch(/^\{"build":1/);
    let executions = 1;
    while (continuations(f.world).length > 0) {
      expect(continuations(f.world)).toHaveLength(1);
      expect(append(f)).toMatchObject({ ok: false, error: { code: 'busy', retryAfterMs: 60_000 } });
      expect(rowsOf(f.world, LOG)).toHaveLength(logRows);
      f.app.continueStoreBuild();
      executions += 1;
      expect(executions).toBeLessThan(20);
    }
    expect(executions).toBeGreaterThan(2);
    expect(builtTabs(f.world)).toEqual(expected.tabs);
    // Built: the same append is stored now, once.
    expect(append(f)).toMatchObject({ ok: true, results: [{ status: 'accepted' }] });
    expect(rowsOf(f.world, LOG)).toHaveLength(logRows + 1);
  });

  it('started again from the Log as it is when rows were added to it by another hand meanwhile', async () => {
    const f = await longLedger();
    slowSheets(f, 60_000);
    f.app.rebuildLedgerViews();
    expect(f.world.ui.events.at(-1)).toMatchObject({ kind: 'alert', prompt: expect.stringContaining('in the background') });
    expect(continuations(f.world)).toHaveLength(1);
    // A row pasted below the Log while the build waits for its next execution.
    const extra = HISTORY.at(-1)!;
    f.world.globals.Sheets.Spreadsheets.Values.append({ values: [extra] }, f.world.store.state.spreadsheetId, `'${LOG}'!A1`, { valueInputOption: 'RAW', insertDataOption: 'INSERT_ROWS' });
    while (continuations(f.world).length > 0) f.app.continueStoreBuild();
    const meta = JSON.parse(metaCell(f.world)) as { head: { seq: number }; rows: Record<string, number> };
    expect(meta.head.seq).toBe(EVENTS + 1);
    expect(meta.rows[LOG]).toBe(EVENTS + 1);

    // The same as a build that ran through on that longer Log.
    const g = await longLedger();
    g.world.globals.Sheets.Spreadsheets.Values.append({ values: [extra] }, g.world.store.state.spreadsheetId, `'${LOG}'!A1`, { valueInputOption: 'RAW', insertDataOption: 'INSERT_ROWS' });
    g.app.rebuildLedgerViews();
    expect(builtTabs(f.world)).toEqual(builtTabs(g.world));
  });

  it('refused by the Sheets write quota (429) part-way, goes on after the quota refilled and ends exactly as a build that ran through', async () => {
    const expected = await fromScratch();
    // The owner's quota as Google counts it (sheets-quota.ts), made small: 3 reads and 3 writes a
    // minute (a build's execution reads 3 times). Setting the ledger up runs on a clock that races.
    let clock = 0;
    let settingUp = true;
    const now = () => {
      if (settingUp) clock += 61_000;
      return clock;
    };
    const f = await longLedger({ sheetsQuota: { now, limits: { perUserPerMinute: 3, perProjectPerMinute: 300 } } });
    settingUp = false;
    clock += 61_000;
    f.app.rebuildLedgerViews();
    expect(f.world.quota!.refused).toEqual({ read: 0, write: 1 });
    expect(f.world.ui.events.at(-1)).toMatchObject({ kind: 'alert', prompt: expect.stringContaining('in the background') });
    // The test's own looks at the sheet spend no quota (the clock races past them).
    const peek = <T>(look: () => T): T => {
      settingUp = true;
      try {
        return look();
      } finally {
        settingUp = false;
      }
    };
    expect(peek(() => metaCell(f.world))).toMatch(/^\{"build":1/);
    expect(continuations(f.world)).toMatchObject([{ afterMs: 60_000 }]);
    let executions = 0;
    while (continuations(f.world).length > 0 && executions++ < 10) {
      clock += 61_000;
      f.app.continueStoreBuild();
    }
    expect(peek(() => builtTabs(f.world))).toEqual(expected.tabs);
  });

  it('says so in French too when Rebuild views leaves the rest to the background', async () => {
    const f = await longLedger();
    f.world.session.locale = 'fr';
    slowSheets(f, 60_000);
    f.app.rebuildLedgerViews();
    expect(f.world.ui.events.at(-1)).toMatchObject({ kind: 'alert', prompt: expect.stringContaining('en arrière-plan') });
  });
});
