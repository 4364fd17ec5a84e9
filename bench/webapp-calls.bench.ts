// DESIGN §8: spreadsheet calls to append a batch of N events must not grow with N (at most 2 per
// touched tab plus the lock). Runs the real bundle (.output/apps-script/ledger/Code.js) in node:vm
// against the service doubles of tests/support, which count every call. Exits 1 if the count grows.
// Protocol v1 caps a request at 500 events, so 1,000 events take two requests (and one request of
// 1,000 is refused as too_large before any spreadsheet call).
import { SPREADSHEET_SERVICES } from '../tests/support/call-log.ts';
import { addMember, annotationEvent, EVERY_ROLE, ledgerFixture, meterValues, seedLog } from '../tests/support/ledger-fixture.ts';
import { MAX_EVENTS_PER_BATCH } from '../shared/protocol/limits.ts';

type Row = { events: number; requests: number; spreadsheet: number; perRequest: string; lock: number; ms: number; answer: string };

async function measure(events: number): Promise<Row> {
  const f = await ledgerFixture();
  const { token } = addMember(f.world, { name: 'Bench', side: 'csn', roles: EVERY_ROLE });
  f.post({ v: 1, op: 'append', token, events: [annotationEvent('warm-up')] });
  f.world.log.reset();
  const all = Array.from({ length: events }, (_, i) => annotationEvent(`bench ${i}`));
  const batches: Array<typeof all> = [];
  for (let i = 0; i < all.length; i += MAX_EVENTS_PER_BATCH) batches.push(all.slice(i, i + MAX_EVENTS_PER_BATCH));
  const started = performance.now();
  const answers = batches.map((batch) => f.post({ v: 1, op: 'append', token, events: batch }));
  const ms = performance.now() - started;
  const accepted = answers.flatMap((a) => (a.results as Array<{ status: string }>) ?? []).filter((r) => r.status === 'accepted').length;
  if (accepted !== events) throw new Error(`${events} events: only ${accepted} accepted`);
  const tally = f.world.log.tally(...SPREADSHEET_SERVICES);
  return {
    events,
    requests: batches.length,
    spreadsheet: f.world.log.count(...SPREADSHEET_SERVICES),
    perRequest: Object.entries(tally)
      .map(([k, v]) => `${k.replace('Sheets.Spreadsheets.Values.', '')}×${v / batches.length}`)
      .join(' '),
    lock: f.world.log.count('LockService'),
    ms,
    answer: `${accepted} accepted`,
  };
}

async function refusedWhole(): Promise<Row> {
  const f = await ledgerFixture();
  const { token } = addMember(f.world, { name: 'Bench', side: 'csn', roles: EVERY_ROLE });
  f.world.log.reset();
  const answer = f.post({ v: 1, op: 'append', token, events: Array.from({ length: 1000 }, (_, i) => annotationEvent(`bench ${i}`)) });
  return { events: 1000, requests: 1, spreadsheet: f.world.log.count(...SPREADSHEET_SERVICES), perRequest: '-', lock: f.world.log.count('LockService'), ms: 0, answer: String((answer.error as { code: string }).code) };
}

const rows = [await measure(1), await measure(100), await measure(500), await measure(1000), await refusedWhole()];
console.log('| events | requests | spreadsheet calls | per request | lock calls | doPost ms (doubles) | answer |');
console.log('|---:|---:|---:|---|---:|---:|---|');
for (const r of rows) {
  console.log(`| ${r.events} | ${r.requests} | ${r.spreadsheet} | ${r.perRequest} | ${r.lock} | ${r.ms.toFixed(0)} | ${r.answer} |`);
}
const perRequest = new Set(rows.slice(0, 4).map((r) => r.spreadsheet / r.requests));
if (perRequest.size !== 1) {
  console.error('spreadsheet calls per request grow with the batch size');
  process.exit(1);
}
console.log(`spreadsheet calls per append request: ${[...perRequest][0]} whatever the batch size (lock: 3)`);

// What one request costs on a long log: the doubles are seeded with N stored events, then one append
// of a new event (reads the ids, then the whole Log for the views), the same append again (all
// duplicates: reads the ids and the head row only) and one pull of 1,000 are timed and metered
// (characters as JSON, what the Sheets API would carry). Apps Script's own budgets: 6 minutes per
// execution, and a response of tens of MB is far past what a web-app request should move.
const sizes = (process.env.LEDGER_SIZES ?? '10000,100000').split(',').map(Number);
console.log('');
console.log('| stored events | request | doPost ms (Node, doubles) | cells read | MB read | cells written | MB written |');
console.log('|---:|---|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const f = await ledgerFixture();
  const { token } = addMember(f.world, { name: 'Bench', side: 'csn', roles: EVERY_ROLE });
  seedLog(f.world, size);
  const event = annotationEvent('one more decision', { payload: { meetingId: 'meeting-1', kind: 'decision', text: 'one more decision' } });
  const requests: Array<[string, Record<string, unknown>]> = [
    ['append 1 new', { v: 1, op: 'append', token, events: [event] }],
    ['append 1 duplicate', { v: 1, op: 'append', token, events: [event] }],
    ['pull 1,000', { v: 1, op: 'pull', token, since: size - 1000, limit: 1000 }],
  ];
  for (const [label, request] of requests) {
    const meter = meterValues(f.world);
    const started = performance.now();
    const answer = f.post(request);
    const ms = performance.now() - started;
    if (answer.ok !== true) throw new Error(`${label} at ${size}: ${JSON.stringify(answer)}`);
    const mb = (chars: number) => (chars / 1e6).toFixed(1);
    console.log(`| ${size.toLocaleString('en')} | ${label} | ${ms.toFixed(0)} | ${meter.readCells.toLocaleString('en')} | ${mb(meter.readChars)} | ${meter.writtenCells.toLocaleString('en')} | ${mb(meter.writtenChars)} |`);
  }
}
