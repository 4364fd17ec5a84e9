// What `npm run bench` (scripts/run-benches.ts) does with the benches' output, as pure functions:
// read the `BENCH_RESULT {json}` lines each bench prints (protocol: one line per DESIGN §8 figure it
// measures), lay them out against the list of DESIGN §8 figures, and put the table, with the
// machine it ran on, between the README's Performance markers. No I/O here, so a test can feed it
// any output and any README.
import * as z from 'zod/mini';

export const RESULT_PREFIX = 'BENCH_RESULT ';
export const START_MARKER = '<!-- bench:start (written by npm run bench: edit scripts/bench-report.ts, not this table) -->';
export const END_MARKER = '<!-- bench:end -->';

const BenchResultSchema = z.object({
  figure: z.string().check(z.minLength(1)),
  value: z.number(),
  unit: z.string(),
  target: z.string(),
  pass: z.boolean(),
  detail: z.optional(z.string()),
});
export type BenchResult = z.infer<typeof BenchResultSchema>;

/** The figures of DESIGN §8, verbatim, with the bench that measures each: the table's rows, in order. */
export const DESIGN_FIGURES: readonly { figure: string; target: string; bench: string }[] = [
  { figure: 'spreadsheet calls to append a batch of N events (N = 1, 100, 1,000)', target: "constant in N and in the log's length", bench: 'webapp-calls' },
  { figure: 'fold of 100,000 events into all views, Node', target: 'under 1 s', bench: 'fold' },
  { figure: 'key press to annotation stored in IndexedDB, real Chromium, p95', target: 'under 50 ms', bench: 'extension-ui' },
  { figure: 'side panel first render, real Chromium', target: 'under 200 ms', bench: 'extension-ui' },
  { figure: '10,000 queued annotations synced', target: 'at most ⌈10,000 / batch size⌉ requests, zero duplicates, zero lost', bench: 'extension-sync' },
  { figure: 'side panel JS / content script / Docs sidebar HTML, gzip', target: 'under 40 kB / 10 kB / 60 kB', bench: 'extension-ui' },
  { figure: 'Sheets API requests per storing append (any batch size, any log length)', target: 'at most 1 read + 1 write', bench: 'webapp-calls' },
  { figure: 'one 1-event append at 100,000 stored events', target: 'under 100 kB read and written', bench: 'webapp-calls' },
  { figure: 'webinar of 500 attendees for 60 minutes, on quota-honest doubles', target: 'nothing lost, no duplicate, creation-to-storage lag p95 under 2 min', bench: 'webinar' },
  { figure: 'shortcut on the meeting tab to annotation stored (Chromium, p95)', target: 'under 50 ms', bench: 'extension-ui' },
];

/** A line the runner could not read: the bench broke the protocol, which the table must not hide. */
export type BadLine = { line: string; reason: string };

/** The BENCH_RESULT lines of one bench's output; anything else it prints is for people and ignored. */
export function parseBenchOutput(output: string): { results: BenchResult[]; bad: BadLine[] } {
  const results: BenchResult[] = [];
  const bad: BadLine[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line.startsWith(RESULT_PREFIX)) continue;
    let json: unknown;
    try {
      json = JSON.parse(line.slice(RESULT_PREFIX.length));
    } catch {
      bad.push({ line, reason: 'not JSON' });
      continue;
    }
    const parsed = BenchResultSchema.safeParse(json);
    if (parsed.success) results.push(parsed.data);
    else bad.push({ line, reason: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ') });
  }
  return { results, bad };
}

/** The line a bench prints for one figure (benches use it so the protocol lives in one place). */
export function formatBenchResult(result: BenchResult): string {
  return RESULT_PREFIX + JSON.stringify(result);
}

/** One bench as the runner saw it: its name (`fold` for bench/fold.bench.ts), how it ended, what it printed. */
export type BenchRun = {
  bench: string;
  command: string;
  exitCode: number | null;
  /** Why it ended without an exit code, e.g. `timed out after 45 min`. */
  ending?: string;
  seconds: number;
  results: readonly BenchResult[];
  bad: readonly BadLine[];
};

export type Machine = {
  cpuModel: string;
  cores: number;
  /** One-minute load average when the runner started, and when it ended. */
  loadAtStart: number;
  loadAtEnd: number;
  node: string;
  os: string;
  /** ISO time the run started (UTC). */
  date: string;
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** 1234.5 → "1,234.5", 0.123456 → "0.123": enough digits to compare, never a float's noise. */
export function formatValue(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3;
  return value.toLocaleString('en-CA', { maximumFractionDigits: digits });
}

function measured(result: BenchResult): string {
  const value = `${formatValue(result.value)}${result.unit ? ` ${result.unit}` : ''}`;
  return result.detail ? `${value} (${result.detail})` : value;
}

function notMeasured(run: BenchRun | undefined, bench: string): string {
  if (run === undefined) return `not measured (bench/${bench}.bench.ts not run)`;
  if (run.ending) return `not measured (bench/${bench}.bench.ts ${run.ending})`;
  if (run.exitCode !== 0) return `not measured (bench/${bench}.bench.ts failed, exit code ${run.exitCode})`;
  return `not measured (bench/${bench}.bench.ts prints no result for it)`;
}

const row = (figure: string, target: string, value: string, pass: string) => `| ${cell(figure)} | ${cell(target)} | ${cell(value)} | ${pass} |`;
const passText = (pass: boolean) => (pass ? 'yes' : '**no**');

/** The Performance section's generated part (between the markers): the table, the machine, how to reproduce. */
export function renderPerformance(runs: readonly BenchRun[], machine: Machine, reproduce: string): string {
  const runOf = new Map(runs.map((run) => [run.bench, run]));
  const lines = ['| figure | target | measured | pass |', '|---|---|---|---|'];
  const placed = new Set<BenchResult>();
  for (const { figure, target, bench } of DESIGN_FIGURES) {
    const matching = runs.flatMap((run) => run.results.filter((result) => result.figure === figure));
    if (matching.length === 0) lines.push(row(figure, target, notMeasured(runOf.get(bench), bench), '–'));
    for (const result of matching) {
      lines.push(row(figure, result.target || target, measured(result), passText(result.pass)));
      placed.add(result);
    }
  }
  // Figures a bench measures beyond DESIGN §8 (supporting figures, one row per item measured).
  for (const run of runs) {
    for (const result of run.results) {
      if (!placed.has(result)) lines.push(row(result.figure, result.target, measured(result), passText(result.pass)));
    }
  }
  const problems = runs.flatMap((run) => [
    ...(run.exitCode === 0 && !run.ending ? [] : [`\`bench/${run.bench}.bench.ts\` ${run.ending ?? `ended with exit code ${run.exitCode}`}.`]),
    ...run.bad.map((bad) => `\`bench/${run.bench}.bench.ts\` printed a result line the runner could not read (${bad.reason}).`),
  ]);
  const load = (n: number) => n.toFixed(1);
  return [
    lines.join('\n'),
    '',
    ...(problems.length > 0 ? [...problems.map((problem) => `- ${problem}`), ''] : []),
    `Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpuModel}, ${machine.cores} cores, ` +
      `load average ${load(machine.loadAtStart)} at the start and ${load(machine.loadAtEnd)} at the end (1 minute; ` +
      `above ${machine.cores} means the benches shared the cores with other work: read times as upper bounds and compare ratios), ` +
      `Node ${machine.node}, ${machine.os}. Each bench's time: ${runs.map((run) => `${run.bench} ${Math.round(run.seconds)} s`).join(', ')}.`,
    '',
    reproduce,
  ].join('\n');
}

/** `readme` with the text between the Performance markers replaced by `generated`. */
export function replacePerformance(readme: string, generated: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < 0 || end < start || readme.indexOf(START_MARKER, start + 1) >= 0 || readme.indexOf(END_MARKER, end + 1) >= 0) {
    throw new Error(`README.md must hold exactly one ${START_MARKER} followed by one ${END_MARKER}`);
  }
  return `${readme.slice(0, start + START_MARKER.length)}\n${generated.trim()}\n${readme.slice(end)}`;
}
