import { describe, expect, it, vi } from 'vitest';
import { MAX_EVENTS_PER_BATCH } from '../../shared/protocol/limits.ts';
import { SPREADSHEET_SERVICES } from '../support/call-log.ts';
import type { GoogleWorld } from '../support/google-world.ts';
import { postEvent } from '../support/ledger-bundle.ts';
import { addMember, annotationEvent, ledgerFixture, meterValues, seedLog } from '../support/ledger-fixture.ts';

// The bundle is built on first use and runs in node:vm: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// The bundle's doPost, run in node:vm against the service doubles: protocol v1 (DESIGN §4).

function logRows(world: GoogleWorld): string[][] {
  return (world.globals.Sheets.Spreadsheets.Values.get(world.store.state.spreadsheetId, "'Log'").values ?? []) as string[][];
}

function formulaCells(world: GoogleWorld): string[] {
  return world.store.state.sheets.flatMap((s) => s.rows.flatMap((r) => (r ?? []).flatMap((c) => (c?.formula ? [c.formula] : []))));
}

async function withMembers() {
  const f = await ledgerFixture();
  const attendee = addMember(f.world, { name: 'Ann Attendee', org: 'Open North', side: 'csn', roles: ['attendee'] });
  const drafter = addMember(f.world, { name: 'Dan Drafter', side: 'government', roles: ['drafter'] });
  const revoked = addMember(f.world, { name: 'Rita Revoked', side: 'csn', roles: ['attendee'], revoked: true });
  f.world.log.reset();
  return { ...f, attendee, drafter, revoked };
}

describe('doPost refuses a bad request whole, in JSON, storing nothing', () => {
  const big = Array.from({ length: MAX_EVENTS_PER_BATCH + 1 }, (_, i) => annotationEvent(`n${i}`));
  it.each([
    ['a body that is not JSON', 'bad_request', () => 'hello ledger'],
    ['a JSON array', 'bad_request', () => '[1,2]'],
    ['a wrong protocol version', 'bad_request', (t: string) => JSON.stringify({ v: 2, op: 'whoami', token: t })],
    ['an unknown operation', 'bad_request', (t: string) => JSON.stringify({ v: 1, op: 'delete', token: t })],
    ['no token', 'unauthorized', () => JSON.stringify({ v: 1, op: 'whoami' })],
    ['a token that is not a string', 'unauthorized', () => JSON.stringify({ v: 1, op: 'whoami', token: 42 })],
    ['since that is not a number', 'bad_request', (t: string) => JSON.stringify({ v: 1, op: 'pull', token: t, since: 'yesterday' })],
    ['events that are not a list', 'bad_request', (t: string) => JSON.stringify({ v: 1, op: 'append', token: t, events: {} })],
    ['more than 500 events', 'too_large', (t: string) => JSON.stringify({ v: 1, op: 'append', token: t, events: big })],
    // A text over 10,000 characters now refuses only its event (do-post-integrity.test.ts); what is whole:
    ['a body nested 10,000 levels deep', 'bad_request', (t: string) => `{"v":1,"op":"append","token":"${t}","events":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`],
    ['a body over 10 MiB', 'too_large', (t: string) => JSON.stringify({ v: 1, op: 'append', token: t, events: [annotationEvent('x'.repeat(10 * 1024 * 1024))] })],
    ['an unknown token', 'unauthorized', () => JSON.stringify({ v: 1, op: 'append', token: 'not-a-member-token', events: [annotationEvent('hi')] })],
    ['a revoked token', 'unauthorized', (_t: string, r: string) => JSON.stringify({ v: 1, op: 'append', token: r, events: [annotationEvent('hi')] })],
    ['a revoked token asking whoami', 'unauthorized', (_t: string, r: string) => JSON.stringify({ v: 1, op: 'whoami', token: r })],
  ])('%s → %s', async (_case, code, body) => {
    const f = await withMembers();
    const answer = f.postRaw(body(f.attendee.token, f.revoked.token));
    expect(answer).toEqual({ ok: false, error: { code: code, message: expect.any(String) } });
    const message = (answer.error as { message: string }).message;
    expect(message).toMatch(/^[A-Z].*[.!?]$/);
    expect(message).not.toMatch(/\n|\bat\s+\S+\s+\(|Error:/);
    expect(logRows(f.world)).toHaveLength(1);
  });

  it.each([
    ['a token of 300 characters', { v: 1, op: 'whoami', token: 'secret-'.repeat(43) }],
    ['an unknown token', { v: 1, op: 'pull', token: 'secret-token-value', since: 0 }],
  ])('never repeats %s in its answer or the execution log', async (_case, request) => {
    const f = await withMembers();
    const answer = f.post(request);
    expect(answer.ok).toBe(false);
    expect(JSON.stringify(answer)).not.toContain('secret-');
    expect(f.world.executionLog.join('\n')).not.toContain('secret-');
  });

  it('a POST without a body is a bad request', async () => {
    const f = await withMembers();
    const out = f.app.doPost({ parameter: {}, queryString: '' });
    expect(out.getMimeType()).toBe('JSON');
    expect(JSON.parse(out.getContent())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});

describe('append', () => {
  it('stores accepted events once, answers duplicates, and moves the head', async () => {
    const f = await withMembers();
    const [a, b] = [annotationEvent('first'), annotationEvent('second')];
    const first = f.post({ v: 1, op: 'append', token: f.attendee.token, events: [a, b, a] });
    expect(first).toMatchObject({
      ok: true,
      results: [
        { id: a.id, status: 'accepted', seq: 1 },
        { id: b.id, status: 'accepted', seq: 2 },
        { id: a.id, status: 'duplicate' },
      ],
      head: { seq: 2 },
    });
    const again = f.post({ v: 1, op: 'append', token: f.attendee.token, events: [b] });
    expect(again).toMatchObject({ ok: true, results: [{ id: b.id, status: 'duplicate' }], head: first.head });
    expect(logRows(f.world).slice(1).map((r) => r[2])).toEqual([a.id, b.id]);
  });

  it.each([
    ['an event whose payload is invalid', 'attendee', 'invalid', annotationEvent('x', { payload: { meetingId: 'm', kind: 'shout', text: 'x' } })],
    ['an event whose id is not a UUID', 'attendee', 'invalid', annotationEvent('x', { id: 'not-a-uuid' })],
    ['an annotation sent by a drafter', 'drafter', 'forbidden', annotationEvent('a drafter annotating')],
  ] as const)('%s (from the %s) is rejected alone as %s', async (_case, who, code, bad) => {
    const f = await withMembers();
    const token = who === 'attendee' ? f.attendee.token : f.drafter.token;
    const good = annotationEvent('fine');
    const answer = f.post({ v: 1, op: 'append', token, events: [bad, ...(who === 'attendee' ? [good] : [])] });
    expect(answer.ok).toBe(true);
    const results = answer.results as Array<{ status: string; error?: { code: string; message: string } }>;
    expect(results[0]).toMatchObject({ status: 'rejected', error: { code, message: expect.stringMatching(/\S/) } });
    if (who === 'attendee') expect(results[1]).toMatchObject({ status: 'accepted', seq: 1 });
    expect(logRows(f.world)).toHaveLength(who === 'attendee' ? 2 : 1);
  });

  it.each(['=1+1', '=IMPORTRANGE("x","y")', '+33 6 12', '-1', '@home', '\tTab', "'quoted", '2026-11-27', '0042', 'TRUE'])(
    'text %j is stored as text and read back verbatim through pull',
    async (text) => {
      const f = await withMembers();
      f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent(text, { payload: { meetingId: text, kind: 'note', text } })] });
      const pulled = f.post({ v: 1, op: 'pull', token: f.attendee.token, since: 0 });
      const events = pulled.events as Array<{ payload: { text: string; meetingId: string } }>;
      expect(events.map((e) => e.payload.text)).toEqual([text]);
      expect(events[0]!.payload.meetingId).toBe(text);
      expect(formulaCells(f.world)).toEqual([]);
    },
  );

  it('rewrites the views the events touch: a decision shows in Decisions, as text', async () => {
    const f = await withMembers();
    const decision = annotationEvent('=we adopt C01', { payload: { meetingId: 'meeting-1', kind: 'decision', text: '=we adopt C01' } });
    f.post({ v: 1, op: 'append', token: f.attendee.token, events: [decision] });
    const [header, ...rows] = (f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, "'Decisions'").values ?? []) as string[][];
    expect(rows).toHaveLength(1);
    expect(rows[0]![header!.indexOf('text')]).toBe("'=we adopt C01");
    expect(rows[0]![header!.indexOf('author_name')]).toBe('Ann Attendee');
    expect(formulaCells(f.world)).toEqual([]);
  });

  it('answers busy and stores nothing while another execution holds the script lock', async () => {
    const f = await withMembers();
    f.world.arbiter.holdAs('another-execution');
    const answer = f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent('later')] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(logRows(f.world)).toHaveLength(1);
  });

  it('answers internal with a plain sentence when Google fails, releases the lock and leaks nothing', async () => {
    const f = await withMembers();
    f.world.globals.Sheets.Spreadsheets.batchUpdate = () => {
      throw new Error('API call to sheets.spreadsheets.batchUpdate failed with error: secret-detail at line 7');
    };
    const answer = f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent('x')] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(answer)).not.toMatch(/secret-detail|sheets\.spreadsheets|line 7/);
    expect(f.world.executionLog).toEqual([expect.stringContaining('secret-detail')]);
    expect(f.world.arbiter.heldBy).toBeNull();
    expect(logRows(f.world)).toHaveLength(1);
  });

  it('refuses to append after an unreadable log row, and says to verify the chain', async () => {
    const f = await withMembers();
    f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent('one')] });
    f.world.globals.Sheets.Spreadsheets.Values.update({ values: [['one']] }, f.world.store.state.spreadsheetId, "'Log'!B2", { valueInputOption: 'RAW' });
    const answer = f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent('two')] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/Verify chain/) } });
    expect(logRows(f.world)).toHaveLength(2);
  });

  it('stores nothing when the one write fails (log, index and views are one batchUpdate), and the retry stores the batch once', async () => {
    const f = await withMembers();
    const event = annotationEvent('kept', { payload: { meetingId: 'meeting-1', kind: 'decision', text: 'kept' } });
    const batchUpdate = f.world.globals.Sheets.Spreadsheets.batchUpdate;
    f.world.globals.Sheets.Spreadsheets.batchUpdate = () => {
      throw new Error('API call to sheets.spreadsheets.batchUpdate failed with error: Service unavailable');
    };
    expect(f.post({ v: 1, op: 'append', token: f.attendee.token, events: [event] })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logRows(f.world)).toHaveLength(1);
    f.world.globals.Sheets.Spreadsheets.batchUpdate = batchUpdate;
    expect(f.post({ v: 1, op: 'append', token: f.attendee.token, events: [event] })).toMatchObject({ ok: true, results: [{ status: 'accepted', seq: 1 }] });
    expect(f.post({ v: 1, op: 'append', token: f.attendee.token, events: [event] })).toMatchObject({ ok: true, results: [{ status: 'duplicate' }] });
    expect(logRows(f.world)).toHaveLength(2);
    const decisions = (f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, "'Decisions'").values ?? []) as string[][];
    expect(decisions).toHaveLength(2);
  });

  it('answers a retried batch of duplicates with one small read and no write', async () => {
    const f = await withMembers();
    const events = [annotationEvent('a'), annotationEvent('b')];
    f.post({ v: 1, op: 'append', token: f.attendee.token, events });
    f.world.log.reset();
    expect(f.post({ v: 1, op: 'append', token: f.attendee.token, events })).toMatchObject({ ok: true, results: [{ status: 'duplicate' }, { status: 'duplicate' }], head: { seq: 2 } });
    // one values.batchGet: the store's meta, the Index rows of the two ids, the Log's last row
    expect(f.world.log.tally(...SPREADSHEET_SERVICES)).toEqual({ 'Sheets.Spreadsheets.Values.batchGet': 1 });
  });

  it.each([
    ['a retried batch (all duplicates)', (stored: Record<string, unknown>) => [stored], ['duplicate']],
    ['a batch of invalid events only', () => [annotationEvent('x', { payload: {} }), annotationEvent('y', { type: 'no.such' })], ['rejected', 'rejected']],
    ['duplicates and invalid events', (stored: Record<string, unknown>) => [stored, annotationEvent('x', { payload: {} }), stored], ['duplicate', 'rejected', 'duplicate']],
  ])('on a long log, %s reads the Index rows of its ids and the head row, never the log, and writes nothing', async (_case, batch, statuses) => {
    const f = await withMembers();
    seedLog(f.world, 2000);
    const stored = annotationEvent('stored once');
    const first = f.post({ v: 1, op: 'append', token: f.attendee.token, events: [stored] });
    const before = JSON.stringify(f.world.store.state);
    f.world.log.reset();
    const meter = meterValues(f.world);
    const answer = f.post({ v: 1, op: 'append', token: f.attendee.token, events: batch(stored) });
    expect((answer.results as Array<{ status: string }>).map((r) => r.status)).toEqual(statuses);
    expect(answer.head).toEqual(first.head);
    expect(answer.head).toMatchObject({ seq: 2001 });
    // the meta cell, an Index row per id, the Log's last row (15 cells) and, for a batch of annotations,
    // the id and `at` cells of the last 100 rows of Decisions and Actions: not the 2,002-cell id column
    expect(meter.readCells).toBeLessThan(1 + 3 + 15 + 2 * 2 * 100 + 1);
    expect(meter.writtenCells).toBe(0);
    expect(f.world.log.tally(...SPREADSHEET_SERVICES)).toEqual({ 'Sheets.Spreadsheets.Values.batchGet': 1 });
    expect(JSON.stringify(f.world.store.state)).toBe(before);
  });

  it('a retried batch answers the head of the whole log with a blank row between events', async () => {
    const f = await withMembers();
    const events = [annotationEvent('a'), annotationEvent('b'), annotationEvent('c')];
    f.post({ v: 1, op: 'append', token: f.attendee.token, events });
    const rows = logRows(f.world);
    f.world.globals.Sheets.Spreadsheets.Values.clear({}, f.world.store.state.spreadsheetId, "'Log'!A3:O3");
    const answer = f.post({ v: 1, op: 'append', token: f.attendee.token, events: [events[0]] });
    expect(answer).toMatchObject({ ok: true, results: [{ status: 'duplicate' }] });
    expect(answer.head).toEqual({ seq: 3, hash: rows[3]![rows[0]!.indexOf('hash')] });
  });

  // Before the store, the writer took the head from whatever the Log ended with, and would have chained
  // new events onto an erased tail. Now the meta names the head, and a Log that no longer ends with it
  // is refused until Verify chain has been run and the views rebuilt: erased events are never re-used.
  it.each([
    ['blank rows after the last event', "'Log'!A5:O7"],
    ['the last event erased', "'Log'!A4:O4"],
  ])('a retried batch is refused, and says to verify the chain, with %s', async (_case, cleared) => {
    const f = await withMembers();
    const events = [annotationEvent('a'), annotationEvent('b'), annotationEvent('c'), annotationEvent('d'), annotationEvent('e'), annotationEvent('f')];
    f.post({ v: 1, op: 'append', token: f.attendee.token, events: events.slice(0, 3) });
    if (cleared === "'Log'!A5:O7") f.post({ v: 1, op: 'append', token: f.attendee.token, events: events.slice(3) });
    f.world.globals.Sheets.Spreadsheets.Values.clear({}, f.world.store.state.spreadsheetId, cleared);
    const answer = f.post({ v: 1, op: 'append', token: f.attendee.token, events: [events[0]] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/Verify chain/) } });
  });

  it.each([
    ['its payload', "'Log'!L3"],
    ['its id', "'Log'!C3"],
    ['its hash', "'Log'!O3"],
  ])('refuses a retried batch after the last row lost %s, and says to verify the chain', async (_case, cell) => {
    const f = await withMembers();
    const events = [annotationEvent('a'), annotationEvent('b')];
    f.post({ v: 1, op: 'append', token: f.attendee.token, events });
    f.world.globals.Sheets.Spreadsheets.Values.update({ values: [['']] }, f.world.store.state.spreadsheetId, cell, { valueInputOption: 'RAW' });
    expect(f.post({ v: 1, op: 'append', token: f.attendee.token, events: [events[0]] })).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/Verify chain/) } });
  });

  it('answers a batch of invalid events on an empty log with the genesis head', async () => {
    const f = await withMembers();
    const answer = f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent('x', { payload: {} })] });
    expect(answer).toMatchObject({ ok: true, results: [{ status: 'rejected' }], head: { seq: 0, hash: '0'.repeat(64) } });
    expect(logRows(f.world)).toHaveLength(1);
  });

  it.each([1, 20, 200])('makes the same number of spreadsheet calls for %i events', async (n) => {
    const f = await withMembers();
    f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent('warm-up')] });
    f.world.log.reset();
    f.post({ v: 1, op: 'append', token: f.attendee.token, events: Array.from({ length: n }, (_, i) => annotationEvent(`n${i}`)) });
    // one read (meta, Index rows, the Log's last row, the key columns of the last Decisions and Actions
    // rows) and one write (a single batchUpdate: log rows, Index rows, view rows); it was 2 reads and 6 writes
    expect(f.world.log.tally(...SPREADSHEET_SERVICES)).toEqual({
      'Sheets.Spreadsheets.Values.batchGet': 1,
      'Sheets.Spreadsheets.batchUpdate': 1,
    });
    expect(f.world.log.tally('LockService')).toEqual({ 'LockService.getScriptLock': 1, 'LockService.tryLock': 1, 'LockService.releaseLock': 1 });
  });
});

describe('pull and whoami', () => {
  it.each([
    [0, undefined, [1, 2, 3, 4, 5]],
    [2, 2, [3, 4]],
    [5, undefined, []],
  ])('pull since %i limit %s gives seqs %j and the whole log head', async (since, limit, seqs) => {
    const f = await withMembers();
    f.post({ v: 1, op: 'append', token: f.attendee.token, events: Array.from({ length: 5 }, (_, i) => annotationEvent(`n${i}`)) });
    const answer = f.post({ v: 1, op: 'pull', token: f.drafter.token, since, ...(limit ? { limit } : {}) });
    expect((answer.events as Array<{ seq: number }>).map((e) => e.seq)).toEqual(seqs);
    expect(answer.head).toMatchObject({ seq: 5 });
  });

  it.each([
    [0, 3, [1, 2, 3]],
    [1995, 10, [1996, 1997, 1998, 1999, 2000]],
    [2000, 10, []],
    [2500, undefined, []],
  ])('pull since %i limit %s on a long log reads the page and the seq column, not every row', async (since, limit, seqs) => {
    const f = await withMembers();
    const head = seedLog(f.world, 2000);
    const meter = meterValues(f.world);
    const answer = f.post({ v: 1, op: 'pull', token: f.drafter.token, since, ...(limit ? { limit } : {}) });
    expect((answer.events as Array<{ seq: number }>).map((e) => e.seq)).toEqual(seqs);
    expect(answer.head).toEqual(head);
    // the seq column (2,001 cells), members, and at most 11 rows of 15 cells: far from 2,000 × 15
    expect(meter.readCells).toBeLessThan(2001 + 20 * 10 + 11 * 15);
  });

  it.each([
    ['a seq changed by hand', (f: { world: GoogleWorld }) => f.world.globals.Sheets.Spreadsheets.Values.update({ values: [['9']] }, f.world.store.state.spreadsheetId, "'Log'!B3", { valueInputOption: 'RAW' }), [1, 9, 3]],
    ['a blank row in the log', (f: { world: GoogleWorld }) => f.world.globals.Sheets.Spreadsheets.Values.clear({}, f.world.store.state.spreadsheetId, "'Log'!A3:O3"), [1, 3]],
  ])('pull still answers from the whole log after %s', async (_case, damage, seqs) => {
    const f = await withMembers();
    f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent('a'), annotationEvent('b'), annotationEvent('c')] });
    damage(f);
    const answer = f.post({ v: 1, op: 'pull', token: f.drafter.token, since: 0 });
    expect((answer.events as Array<{ seq: number }>).map((e) => e.seq)).toEqual(seqs);
    expect(answer.head).toMatchObject({ seq: 3 });
  });

  it('pull names an unreadable row in its page as internal', async () => {
    const f = await withMembers();
    f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent('a'), annotationEvent('b')] });
    f.world.globals.Sheets.Spreadsheets.Values.update({ values: [['not json']] }, f.world.store.state.spreadsheetId, "'Log'!L2", { valueInputOption: 'RAW' });
    expect(f.post({ v: 1, op: 'pull', token: f.drafter.token, since: 0 })).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/Verify chain/) } });
    expect(f.post({ v: 1, op: 'pull', token: f.drafter.token, since: 1 })).toMatchObject({ ok: true, events: [{ seq: 2 }], head: { seq: 2 } });
  });

  it('pull carries events and the head only: no token, token hash or other Members data', async () => {
    const f = await withMembers();
    f.post({ v: 1, op: 'append', token: f.attendee.token, events: [annotationEvent('hello')] });
    const answer = f.post({ v: 1, op: 'pull', token: f.drafter.token, since: 0 });
    expect(Object.keys(answer).sort()).toEqual(['events', 'head', 'ok']);
    const members = (f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, "'Members'").values ?? []) as string[][];
    const hashes = members.slice(1).map((row) => row[members[0]!.indexOf('tokenHash')]!);
    const text = JSON.stringify(answer);
    for (const secret of [...hashes, f.attendee.token, f.drafter.token, f.revoked.token, 'tokenHash', 'issuedAt']) expect(text).not.toContain(secret);
    expect((answer.events as Array<{ actor: object }>)[0]!.actor).toEqual({ memberId: f.attendee.id, name: 'Ann Attendee', org: 'Open North', side: 'csn' });
  });

  it('whoami names the member and never shows the token hash', async () => {
    const f = await withMembers();
    const answer = f.post({ v: 1, op: 'whoami', token: f.attendee.token });
    expect(answer).toEqual({ ok: true, member: { id: f.attendee.id, name: 'Ann Attendee', org: 'Open North', side: 'csn', roles: ['attendee'] } });
  });
});

describe('doGet', () => {
  it('answers a plain health page in English and French', async () => {
    const f = await ledgerFixture();
    const out = f.app.doGet({ parameter: {} });
    expect(out.getMimeType()).toBe('TEXT');
    expect(out.getContent()).toMatch(/running/);
    expect(out.getContent()).toMatch(/fonctionne/);
  });
});

it('postEvent builds the event Apps Script passes to doPost', () => {
  expect(postEvent('{}')).toMatchObject({ postData: { type: 'text/plain', contents: '{}' } });
});

it('answers internal, saying the ledger is not set up, before Set up ledger ran', async () => {
  const { createGoogleWorld } = await import('../support/google-world.ts');
  const { ensureLedgerBundle, loadLedgerBundle } = await import('../support/ledger-bundle.ts');
  const world = createGoogleWorld();
  const app = loadLedgerBundle(await ensureLedgerBundle(), world.globals);
  const answer = JSON.parse(app.doPost(postEvent(JSON.stringify({ v: 1, op: 'whoami', token: 'x' }))).getContent());
  expect(answer).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/not set up yet/) } });
});
