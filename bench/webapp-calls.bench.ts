// DESIGN §3 and §8: a storing append costs at most 1 read and 1 write Sheets API request whatever the
// batch size and the log's length, and its bytes follow the batch, not the log. Runs the real bundle
// (.output/apps-script/ledger/Code.js) in node:vm against the service doubles of tests/support, which
// count every call, on logs of 1,000 / 10,000 / 100,000 stored events (LEDGER_SIZES to change).
// Exits 1 if the requests per append grow with the batch or the log.
//   npx tsx scripts/build-apps-script.ts ledger && npx tsx bench/webapp-calls.bench.ts
import { SPREADSHEET_SERVICES } from '../tests/support/call-log.ts';
import { addMember, annotationEvent, EVERY_ROLE, ledgerFixture, meterValues, seedLog } from '../tests/support/ledger-fixture.ts';

const READS = new Set(['Sheets.Spreadsheets.Values.batchGet', 'Sheets.Spreadsheets.Values.get', 'Sheets.Spreadsheets.get']);
const sizes = (process.env.LEDGER_SIZES ?? '1000,10000,100000').split(',').map(Number);
const kB = (chars: number) => (chars / 1000).toFixed(1);
const perAppend = new Set<string>();

console.log('| stored events | request | read requests | write requests | kB read | kB written | doPost ms (Node, doubles) |');
console.log('|---:|---|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const f = await ledgerFixture();
  const { token } = addMember(f.world, { name: 'Bench', side: 'csn', roles: EVERY_ROLE });
  seedLog(f.world, size);
  const decision = (text: string) => annotationEvent(text, { payload: { meetingId: 'meeting-1', kind: 'decision', text } });
  const single = decision('one more decision');
  const requests: Array<[string, Record<string, unknown>]> = [
    // A ledger from before the Index: its first append builds the store from the whole log, once.
    ['first append (builds the store)', { v: 1, op: 'append', token, events: [decision('first after the upgrade')] }],
    ['append 1 new', { v: 1, op: 'append', token, events: [single] }],
    ['append 1 duplicate', { v: 1, op: 'append', token, events: [single] }],
    ['append 100 new', { v: 1, op: 'append', token, events: Array.from({ length: 100 }, (_, i) => annotationEvent(`hundred ${i}`, { payload: { meetingId: `meeting-${i % 7}`, kind: ['note', 'decision', 'action'][i % 3], text: `hundred ${i}` } })) }],
    ['append 500 new', { v: 1, op: 'append', token, events: Array.from({ length: 500 }, (_, i) => annotationEvent(`five hundred ${i}`, { payload: { meetingId: `meeting-${i % 7}`, kind: ['note', 'decision', 'action'][i % 3], text: `five hundred ${i}` } })) }],
    ['pull 1,000', { v: 1, op: 'pull', token, since: size - 1000, limit: 1000 }],
  ];
  for (const [label, request] of requests) {
    f.world.log.reset();
    const meter = meterValues(f.world);
    const started = performance.now();
    const answer = f.post(request);
    const ms = performance.now() - started;
    if (answer.ok !== true) throw new Error(`${label} at ${size}: ${JSON.stringify(answer)}`);
    const tally = f.world.log.tally(...SPREADSHEET_SERVICES);
    const reads = Object.entries(tally).filter(([k]) => READS.has(k)).reduce((n, [, v]) => n + v, 0);
    const writes = Object.entries(tally).filter(([k]) => !READS.has(k)).reduce((n, [, v]) => n + v, 0);
    if (label.startsWith('append') && label.endsWith('new')) perAppend.add(`${reads}+${writes}`);
    console.log(`| ${size.toLocaleString('en')} | ${label} | ${reads} | ${writes} | ${kB(meter.readChars)} | ${kB(meter.writtenChars)} | ${ms.toFixed(0)} |`);
  }
}
console.log('');
if (perAppend.size !== 1) {
  console.error(`requests per storing append vary with the batch or the log: ${[...perAppend].join(', ')}`);
  process.exit(1);
}
console.log(`read + write requests per storing append: ${[...perAppend][0]}, for batches of 1, 100 and 500 on every log length`);
