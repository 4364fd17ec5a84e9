// Fold cost (DESIGN §8: 100,000 events into all views in under 1 s, Node). Generates 100,000
// realistic stored events of every type (annotations with edits and deletions, commitments with
// versions, sign-offs, meetings, proposals, tags, tracker updates, stakeholders, outreach), then
// times foldEvents, dashboard rule findings included. Prints the median of 5 runs, wall clock and
// this process's CPU time (the second is what a loaded machine distorts least).
import { availableParallelism, loadavg } from 'node:os';
import { cpuUsage } from 'node:process';
import { formatBenchResult } from '../scripts/bench-report.ts';
import { foldEvents } from '../shared/ledger/views/index.ts';
import { generateEvents } from '../tests/shared/ledger/views/make-events.ts';

const EVENTS = 100_000;
const RUNS = 5;
const TARGET_MS = 1000;

const events = generateEvents(EVENTS, 2026);
foldEvents(events.slice(0, 5_000), { today: '2026-11-27' }); // warm up the JIT on a small fold

const times: number[] = [];
const cpuTimes: number[] = [];
let summary = '';
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  const cpuStart = cpuUsage();
  const views = foldEvents(events, { today: '2026-11-27' });
  const cpu = cpuUsage(cpuStart);
  times.push(performance.now() - start);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  summary = `${views.annotations.length} annotations, ${views.meetings.length} meetings, ${views.signOffs.length} sign-off rows, ${views.dashboard.findings.length} findings`;
}
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const median = medianOf(times);
console.log(`fold of ${EVENTS.toLocaleString('en')} events: median ${median.toFixed(0)} ms wall, ${medianOf(cpuTimes).toFixed(0)} ms CPU over ${RUNS} runs (wall ${times.map((t) => t.toFixed(0)).join(', ')}); ${summary}`);
// Wall time on a shared machine says as much about the neighbours as about the fold.
console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
console.log(median < TARGET_MS ? `OK: under ${TARGET_MS} ms` : `SLOW: target is under ${TARGET_MS} ms`);
console.log(
  formatBenchResult({
    figure: 'fold of 100,000 events into all views, Node',
    value: Math.round(median),
    unit: 'ms',
    target: 'under 1 s',
    pass: median < TARGET_MS,
    detail: `median wall time of ${RUNS} folds; ${Math.round(medianOf(cpuTimes)).toLocaleString('en')} ms of CPU; load average ${loadavg()[0]!.toFixed(1)}`,
  }),
);
