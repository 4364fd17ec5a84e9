// DESIGN §3 and §8: a storing append costs at most 1 read and 1 write Sheets API request whatever the
// batch size and the log's length, and its bytes follow the batch, not the log. Runs the real bundle
// (.output/apps-script/ledger/Code.js) in node:vm against the service doubles of tests/support, which
// count every call, on logs of 1,000 / 10,000 / 100,000 stored events (LEDGER_SIZES to change).
// A batch of 1,000 events is two requests of 500 (the protocol's maximum, shared/protocol/limits.ts).
// Reads of the Members tab are counted apart: they refill the token index (CacheService, 5 minutes)
// before the lock, at most once per 5 minutes, whatever the traffic. Ends with BENCH_RESULT lines.
//   npx tsx scripts/build-apps-script.ts ledger && npx tsx bench/webapp-calls.bench.ts
import { SPREADSHEET_SERVICES } from '../tests/support/call-log.ts';
import { addMember, annotationEvent, EVERY_ROLE, ledgerFixture, meterValues, seedLog } from '../tests/support/ledger-fixture.ts';

const READS = new Set(['Sheets.Spreadsheets.Values.batchGet', 'Sheets.Spreadsheets.Values.get', 'Sheets.Spreadsheets.get']);
const sizes = (process.env.LEDGER_SIZES ?? '1000,10000,100000').split(',').map(Number);
const kB = (chars: number) => (chars / 1000).toFixed(1);

type Row = { size: number; label: string; events: number; requests: number; reads: number; membersReads: number; writes: number; readChars: number; writtenChars: number; ms: number };
const rows: Row[] = [];

console.log('| stored events | request | events | HTTP requests | store reads | Members reads (token index refill) | writes | kB read | kB written | doPost ms (Node, doubles) |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const f = await ledgerFixture();
  const { token } = addMember(f.world, { name: 'Bench', side: 'csn', roles: EVERY_ROLE });
  seedLog(f.world, size);
  const decision = (text: string) => annotationEvent(text, { payload: { meetingId: 'meeting-1', kind: 'decision', text } });
  const many = (n: number, tag: string) =>
    Array.from({ length: n }, (_, i) => annotationEvent(`${tag} ${i}`, { payload: { meetingId: `meeting-${i % 7}`, kind: ['note', 'decision', 'action'][i % 3], text: `${tag} ${i}` } }));
  const single = decision('one more decision');
  const thousand = many(1000, 'thousand');
  const requests: Array<[string, Array<Record<string, unknown>>]> = [
    // A ledger from before the Index: its first append builds the store from the whole log, once.
    ['first append (builds the store)', [{ v: 1, op: 'append', token, events: [decision('first after the upgrade')] }]],
    ['append 1 new', [{ v: 1, op: 'append', token, events: [single] }]],
    ['append 1 duplicate', [{ v: 1, op: 'append', token, events: [single] }]],
    ['append 100 new', [{ v: 1, op: 'append', token, events: many(100, 'hundred') }]],
    ['append 1,000 new (2 × 500)', [0, 500].map((from) => ({ v: 1, op: 'append', token, events: thousand.slice(from, from + 500) }))],
    ['append 1 new, again', [{ v: 1, op: 'append', token, events: [decision('one more, again')] }]],
    ['pull 1,000', [{ v: 1, op: 'pull', token, since: size - 1000, limit: 1000 }]],
  ];
  for (const [label, bodies] of requests) {
    f.world.log.reset();
    const meter = meterValues(f.world);
    // Which reads refilled the token index: batchGet calls that name the Members tab.
    let membersReads = 0;
    const values = f.world.globals.Sheets.Spreadsheets.Values;
    const { batchGet } = values;
    values.batchGet = (...args: Parameters<typeof batchGet>) => {
      const ranges = (args[1] as { ranges?: string[] } | undefined)?.ranges ?? [];
      if (ranges.length === 1 && ranges[0]!.startsWith("'Members'")) membersReads += 1;
      return batchGet(...args);
    };
    const started = performance.now();
    let events = 0;
    for (const body of bodies) {
      const answer = f.post(body);
      if (answer.ok !== true) throw new Error(`${label} at ${size}: ${JSON.stringify(answer)}`);
      events += Array.isArray(body.events) ? body.events.length : 0;
    }
    const ms = performance.now() - started;
    values.batchGet = batchGet;
    const tally = f.world.log.tally(...SPREADSHEET_SERVICES);
    const allReads = Object.entries(tally).filter(([k]) => READS.has(k)).reduce((n, [, v]) => n + v, 0);
    const writes = Object.entries(tally).filter(([k]) => !READS.has(k)).reduce((n, [, v]) => n + v, 0);
    const row: Row = { size, label, events, requests: bodies.length, reads: allReads - membersReads, membersReads, writes, readChars: meter.readChars, writtenChars: meter.writtenChars, ms };
    rows.push(row);
    console.log(
      `| ${size.toLocaleString('en')} | ${label} | ${events} | ${row.requests} | ${row.reads} | ${membersReads} | ${writes} | ${kB(meter.readChars)} | ${kB(meter.writtenChars)} | ${ms.toFixed(0)} |`,
    );
  }
}
console.log('');

// Storing appends after the store exists: per HTTP request, store reads and writes.
const storing = rows.filter((r) => r.label.startsWith('append') && r.label.includes('new'));
const perRequest = new Set(storing.map((r) => `${r.reads / r.requests}+${r.writes / r.requests}`));
const constant = perRequest.size === 1;
const [reads = Number.NaN, writes = Number.NaN] = constant ? [...perRequest][0]!.split('+').map(Number) : [Number.NaN, Number.NaN];
const refills = rows.filter((r) => r.label !== 'first append (builds the store)').reduce((n, r) => n + r.membersReads, 0);
const largest = Math.max(...sizes);
// The larger of the two 1-event appends (the first one right after the build, the second after the big batches).
const one = rows.filter((r) => r.size === largest && r.label.startsWith('append 1 new')).sort((a, b) => b.readChars + b.writtenChars - (a.readChars + a.writtenChars))[0]!;
const pull = rows.find((r) => r.size === largest && r.label === 'pull 1,000')!;
console.log(
  constant
    ? `Sheets API requests per storing append: ${reads} read + ${writes} write, for batches of 1, 100 and 500 (1,000 = 2 requests) at ${sizes.map((s) => s.toLocaleString('en')).join(' / ')} stored events`
    : `requests per storing append vary with the batch or the log: ${[...perRequest].join(', ')}`,
);
console.log(`Members tab reads outside the lock (token index refills after its 5-minute cache expired): ${refills}`);

const result = (figure: string, value: number, unit: string, target: string, pass: boolean, detail: string) =>
  console.log(`BENCH_RESULT ${JSON.stringify({ figure, value, unit, target, pass, detail })}`);
result(
  'spreadsheet calls to append a batch of N events (N = 1, 100, 1,000)',
  reads + writes,
  'Sheets API requests per append request',
  "constant in N and in the log's length",
  constant,
  `${[...perRequest].join(', ')} (read+write) per request for N = 1, 100, 500; N = 1,000 is 2 requests of 500; logs ${sizes.join('/')}`,
);
result(
  'Sheets API requests per storing append (any batch size, any log length)',
  reads + writes,
  'requests',
  'at most 1 read + 1 write',
  constant && reads <= 1 && writes <= 1,
  `${reads} read + ${writes} write under the lock; ${refills} Members read(s) outside it refilling the 5-minute token index`,
);
result(
  'one 1-event append at 100,000 stored events',
  Number(kB(one.readChars + one.writtenChars)),
  'kB',
  'under 100 kB read and written',
  largest >= 100_000 && one.readChars < 100_000 && one.writtenChars < 100_000,
  `at ${largest.toLocaleString('en')}: ${kB(one.readChars)} kB read, ${kB(one.writtenChars)} kB written; pull of 1,000: ${kB(pull.readChars)} kB read (target under 2 MB: ${pull.readChars < 2_000_000 ? 'met' : 'missed'})`,
);
if (!constant) process.exit(1);
