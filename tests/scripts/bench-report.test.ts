import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type BenchRun,
  DESIGN_FIGURES,
  END_MARKER,
  formatBenchResult,
  type Machine,
  parseBenchOutput,
  renderPerformance,
  replacePerformance,
  START_MARKER,
} from '../../scripts/bench-report.ts';

const FOLD = 'fold of 100,000 events into all views, Node';
const machine: Machine = {
  cpuModel: 'Intel(R) Xeon(R) CPU @ 2.20GHz',
  cores: 2,
  loadAtStart: 6.04,
  loadAtEnd: 7.5,
  node: 'v20.20.2',
  os: 'Debian GNU/Linux 12 (bookworm) (Linux 6.1.0)',
  date: '2026-12-01T23:10:42.123Z',
};
const run = (bench: string, output: string, exitCode: number | null = 0, ending?: string): BenchRun => ({
  bench,
  command: `npx tsx bench/${bench}.bench.ts`,
  exitCode,
  ...(ending ? { ending } : {}),
  seconds: 12.4,
  ...parseBenchOutput(output),
});

describe('parseBenchOutput', () => {
  it('keeps the BENCH_RESULT lines among what the bench prints for people, and the other lines out', () => {
    const output = [
      'fold of 100,000 events: median 812 ms wall',
      `BENCH_RESULT {"figure":"${FOLD}","value":812,"unit":"ms","target":"under 1 s","pass":true,"detail":"median of 5"}`,
      '  BENCH_RESULT {"figure":"indented, so not a result line"}',
      'OK: under 1000 ms',
      'BENCH_RESULT {"figure":"sizes","value":31.2,"unit":"kB","target":"under 40 kB","pass":true}\r',
    ].join('\n');
    const { results, bad } = parseBenchOutput(output);
    expect(bad).toEqual([]);
    expect(results).toEqual([
      { figure: FOLD, value: 812, unit: 'ms', target: 'under 1 s', pass: true, detail: 'median of 5' },
      { figure: 'sizes', value: 31.2, unit: 'kB', target: 'under 40 kB', pass: true },
    ]);
  });

  it('reports a line that breaks the protocol instead of dropping it or taking a guess from it', () => {
    const { results, bad } = parseBenchOutput(
      [
        'BENCH_RESULT {"figure":"x","value":"812","unit":"ms","target":"t","pass":true}',
        'BENCH_RESULT {"figure":"x","value":1,"unit":"ms","target":"t"}',
        'BENCH_RESULT {figure: x}',
      ].join('\n'),
    );
    expect(results).toEqual([]);
    expect(bad.map((line) => line.reason)).toEqual([expect.stringContaining('value'), expect.stringContaining('pass'), 'not JSON']);
  });

  it('reads back what formatBenchResult prints, whatever the text holds', () => {
    const result = { figure: 'a | b "quoted"\nnext', value: -0.5, unit: '', target: '≤ ⌈n / 500⌉', pass: false, detail: 'é' };
    expect(parseBenchOutput(`noise\n${formatBenchResult(result)}\n`).results).toEqual([result]);
  });
});

describe('renderPerformance', () => {
  const runs = [
    run('fold', `BENCH_RESULT {"figure":"${FOLD}","value":1247.4,"unit":"ms","target":"under 1 s","pass":false,"detail":"median of 5"}`),
    run('webapp-calls', 'calls per append: 4\n(no result lines yet)'),
    run('extension-sync', '', 1),
    run('webinar', 'minute 30 of 60', null, 'stopped after 90 min'),
    run('append-planner', 'BENCH_RESULT {"figure":"append planner on 1, 100, 1,000 events","value":0.0123,"unit":"ms per event","target":"linear","pass":true}'),
  ];
  const text = renderPerformance(runs, machine, 'To reproduce: `npm run bench`.');
  const rows = text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| figure'));

  it('has one row per DESIGN §8 figure in the handbook’s order, then the benches’ other figures', () => {
    expect(rows).toHaveLength(DESIGN_FIGURES.length + 1);
    for (const [index, { figure }] of DESIGN_FIGURES.entries()) expect(rows[index]).toContain(`| ${figure} |`);
    expect(rows.at(-1)).toBe('| append planner on 1, 100, 1,000 events | linear | 0.012 ms per event | yes |');
  });

  it('shows a measured figure with its value, detail and a plain pass or a bold miss', () => {
    expect(rows[1]).toBe(`| ${FOLD} | under 1 s | 1,247 ms (median of 5) | **no** |`);
  });

  it('says why a figure was not measured: no result printed, the bench failed, stopped, or not run', () => {
    const rowOf = (figure: string) => rows.find((row) => row.startsWith(`| ${figure} |`))!;
    expect(rowOf('spreadsheet calls to append a batch of N events (N = 1, 100, 1,000)')).toContain('not measured (bench/webapp-calls.bench.ts prints no result for it) | – |');
    expect(rowOf('10,000 queued annotations synced')).toContain('not measured (bench/extension-sync.bench.ts failed, exit code 1)');
    expect(rowOf('webinar of 500 attendees for 60 minutes, on quota-honest doubles')).toContain('not measured (bench/webinar.bench.ts stopped after 90 min)');
    expect(rowOf('side panel first render, real Chromium')).toContain('not measured (bench/extension-ui.bench.ts not run)');
    expect(text).toContain('- `bench/extension-sync.bench.ts` ended with exit code 1.');
    expect(text).toContain('- `bench/webinar.bench.ts` stopped after 90 min.');
  });

  it('names the machine, its load and the Node version, and keeps a pipe in a cell from splitting the row', () => {
    expect(text).toContain(
      'Measured 2026-12-01 23:10 UTC on Intel(R) Xeon(R) CPU @ 2.20GHz, 2 cores, load average 6.0 at the start and 7.5 at the end',
    );
    expect(text).toContain('Node v20.20.2, Debian GNU/Linux 12 (bookworm) (Linux 6.1.0)');
    expect(text).toContain('fold 12 s, webapp-calls 12 s');
    expect(text.trimEnd().endsWith('To reproduce: `npm run bench`.')).toBe(true);
    const piped = renderPerformance([run('x', formatBenchResult({ figure: 'a | b', value: 1, unit: 'ms', target: 't', pass: true }))], machine, '');
    expect(piped).toContain('| a \\| b | t | 1 ms | yes |');
  });
});

describe('replacePerformance', () => {
  const readme = `# Title\n\n## Performance\n\nIntro kept.\n\n${START_MARKER}\nold table\n${END_MARKER}\n\n**Known limit.** kept.\n`;

  it('replaces only what lies between the markers, and does it again the same way', () => {
    const once = replacePerformance(readme, '| new |\n');
    expect(once).toBe(`# Title\n\n## Performance\n\nIntro kept.\n\n${START_MARKER}\n| new |\n${END_MARKER}\n\n**Known limit.** kept.\n`);
    expect(replacePerformance(once, '| new |')).toBe(once);
  });

  it('refuses a README without exactly one pair of markers in order, rather than appending somewhere', () => {
    expect(() => replacePerformance('# no markers', 'x')).toThrow(/exactly one/);
    expect(() => replacePerformance(`${END_MARKER}\n${START_MARKER}`, 'x')).toThrow(/exactly one/);
    expect(() => replacePerformance(`${START_MARKER}\n${END_MARKER}\n${START_MARKER}\n${END_MARKER}`, 'x')).toThrow(/exactly one/);
  });

  it('finds its markers in the repository’s README', () => {
    expect(() => replacePerformance(readFileSync('README.md', 'utf8'), 'x')).not.toThrow();
  });
});
