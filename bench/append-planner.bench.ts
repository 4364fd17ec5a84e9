// Append planner cost (DESIGN §8): batches of 1, 100 and 1,000 annotations against a ledger of
// 100,000 known ids, node:crypto SHA-256. Prints the median of several runs per batch and per event.
import { createHash } from 'node:crypto';
import type { Member } from '../shared/domain/member.ts';
import { planAppend } from '../shared/ledger/plan-append.ts';
import { EMPTY_LEDGER_STATE } from '../shared/ledger/ledger-state.ts';

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
for (const size of [1, 100, 1_000]) {
  const times: number[] = [];
  let accepted = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const events = batch(size, offset);
    offset += size;
    const start = performance.now();
    const plan = planAppend({ state: { ...EMPTY_LEDGER_STATE, knownIds }, head, events, member, receivedAt: '2026-01-14T15:21:00.000Z', digest });
    const elapsed = performance.now() - start;
    accepted = plan.accepted.length;
    if (run > 0) times.push(elapsed); // the first run warms the JIT up
  }
  const ms = median(times);
  console.log(`${String(size).padStart(5)} | ${ms.toFixed(2).padStart(12)} | ${(ms / size).toFixed(4).padStart(12)} | ${accepted}`);
}
