// Append planner cost (DESIGN §8): batches of 1, 100 and 1,000 annotations against a ledger of
// 100,000 known ids, node:crypto SHA-256. Prints the median of several runs per batch and per event.
import { createHash } from 'node:crypto';
import type { Member } from '../shared/domain/member.ts';
import { formatBenchResult } from '../scripts/bench-report.ts';
import { planAppend } from '../shared/ledger/plan-append.ts';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const uuid = (n: number) => `0b6f4d2e-8a51-4c1e-9d4a-${n.toString(16).padStart(12, '0')}`;

const LEDGER_SIZE = 100_000;
const RUNS = 9;
const knownIds = new Set(Array.from({ length: LEDGER_SIZE }, (_, i) => uuid(i)));
const head = { seq: LEDGER_SIZE, hash: 'ab'.repeat(32) };
const member: Member = { id: 'member-1', name: 'Jo Cohen', org: 'Open North', side: 'csn', roles: ['attendee'] };

const batch = (size: number, offset: number) =>
  Array.from({ length: size }, (_, i) => ({
    v: 1,
    id: uuid(LEDGER_SIZE + offset + i),
    type: 'annotation.created',
    at: '2026-01-14T15:20:34.000Z',
    source: 'extension',
    entityId: `ann-${offset + i}`,
    payload: {
      meetingId: 'msf-2026-01-14',
      kind: 'decision',
      text: 'Milestone C01.1 keeps its March 2026 deadline; TBS circulates the revised text by Friday.',
      offsetMs: 1_234_000 + i,
      captionText: '… so we agree to keep March …',
    },
  }));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(`append planner, ledger of ${LEDGER_SIZE.toLocaleString('en')} known ids, median of ${RUNS} runs`);
console.log('batch | ms per batch | ms per event | accepted');
let offset = 0;
const perBatch = new Map<number, number>();
for (const size of [1, 100, 1_000]) {
  const times: number[] = [];
  let accepted = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const events = batch(size, offset);
    offset += size;
    const start = performance.now();
    const plan = planAppend({ state: { knownIds, owners: new Map(), commitmentVersions: new Map() }, head, events, member, receivedAt: '2026-01-14T15:21:00.000Z', digest });
    const elapsed = performance.now() - start;
    accepted = plan.accepted.length;
    if (run > 0) times.push(elapsed); // the first run warms the JIT up
  }
  const ms = median(times);
  perBatch.set(size, ms);
  console.log(`${String(size).padStart(5)} | ${ms.toFixed(2).padStart(12)} | ${(ms / size).toFixed(4).padStart(12)} | ${accepted}`);
}

// Linear in the batch: an event of a 1,000-event batch costs about what one of a 100-event batch does
// (a planner that rescanned the known ids or the batch per event would cost 10 times more).
const perEvent100 = perBatch.get(100)! / 100;
const perEvent1000 = perBatch.get(1_000)! / 1_000;
const growth = perEvent1000 / perEvent100;
console.log(
  formatBenchResult({
    figure: `append planner on 1, 100, 1,000 events against ${LEDGER_SIZE.toLocaleString('en')} known ids`,
    value: Number(perEvent1000.toFixed(4)),
    unit: 'ms per event',
    target: 'linear in the batch (per-event cost at 1,000 under 2× that at 100)',
    pass: growth < 2,
    detail: `per batch: ${[...perBatch].map(([size, ms]) => `${size.toLocaleString('en')}: ${ms.toFixed(2)} ms`).join(', ')}; per event at 1,000 / at 100 = ${growth.toFixed(2)}`,
  }),
);
