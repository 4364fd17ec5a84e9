// `npm run bench`: runs every bench/*.bench.ts one after the other (they measure time: never two at
// once), shows their output as it comes, collects their BENCH_RESULT lines and rewrites the README's
// Performance section with the table and the machine they ran on (scripts/bench-report.ts).
//
// Environment:
//   BENCH_ONLY=fold,extension-ui   run only these benches; the README is then left as it is (a partial
//                                  run would wipe the other rows), the table is printed instead
//   BENCH_WEBINAR_ATTENDEES=50     the webinar sizes (default 50: N = 500 takes hours on a shared machine;
//                                  BENCH_WEBINAR_ATTENDEES=50,200,500 runs the whole figure)
//   BENCH_TIMEOUT_MINUTES=90       a bench still running after this is stopped and reported as such
//   BENCH_WRITE_README=0           never write the README
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, type } from 'node:os';
import path from 'node:path';
import { type BenchRun, type Machine, parseBenchOutput, renderPerformance, replacePerformance } from './bench-report.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const README = path.join(ROOT, 'README.md');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim()).filter(Boolean);
const webinarAttendees = process.env.BENCH_WEBINAR_ATTENDEES ?? '50';
const timeoutMinutes = Number(process.env.BENCH_TIMEOUT_MINUTES ?? '90');

const all = readdirSync(path.join(ROOT, 'bench'))
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.slice(0, -'.bench.ts'.length))
  .sort();
const unknown = (only ?? []).filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`BENCH_ONLY names no bench: ${unknown.join(', ')} (benches: ${all.join(', ')})`);
  process.exit(2);
}
const benches = only ? all.filter((name) => only.includes(name)) : all;

const argsOf = (bench: string): string[] => (bench === 'webinar' ? ['--attendees', webinarAttendees] : []);

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${type()} ${release()})`;
  } catch {
    // not Linux, or no os-release: the kernel's name will do
  }
  return `${type()} ${release()}`;
}

function run(bench: string): Promise<BenchRun> {
  const args = [path.join('bench', `${bench}.bench.ts`), ...argsOf(bench)];
  const command = `npx tsx ${args.join(' ')}`;
  console.log(`\n== ${command}`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(TSX, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let ending: string | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    const timer = setTimeout(() => {
      ending = `stopped after ${timeoutMinutes} min`;
      child.kill('SIGTERM');
    }, timeoutMinutes * 60_000);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const { results, bad } = parseBenchOutput(output);
      const seconds = (performance.now() - started) / 1000;
      resolve({ bench, command, exitCode, ...((ending ?? signal) ? { ending: ending ?? `killed by ${signal}` } : {}), seconds, results, bad });
    });
  });
}

const startLoad = loadavg()[0]!;
const date = new Date().toISOString();
const runs: BenchRun[] = [];
for (const bench of benches) runs.push(await run(bench));

const cpuList = cpus();
const machine: Machine = {
  cpuModel: cpuList[0]?.model.trim() || 'unknown CPU',
  cores: availableParallelism(),
  loadAtStart: startLoad,
  loadAtEnd: loadavg()[0]!,
  node: process.version,
  os: osName(),
  date,
};
const reproduce = [
  'To reproduce: `npm run bench` (all benches, one after the other, then this table).',
  `The webinar ran with \`--attendees ${webinarAttendees}\`: \`BENCH_WEBINAR_ATTENDEES=50,200,500 npm run bench\` runs the whole figure (hours).`,
  '`BENCH_ONLY=fold,extension-ui npm run bench` runs some benches and prints their table without writing it here; each bench also runs alone:',
  `${runs.map((run) => `\`${run.command}\``).join(', ')}.`,
].join(' ');
const generated = renderPerformance(runs, machine, reproduce);

if (only || process.env.BENCH_WRITE_README === '0') {
  console.log(`\n${generated}\n\n(README.md left as it is: ${only ? 'BENCH_ONLY ran only some benches' : 'BENCH_WRITE_README=0'})`);
} else {
  writeFileSync(README, replacePerformance(readFileSync(README, 'utf8'), generated));
  console.log(`\nREADME.md Performance section written (${runs.reduce((n, run) => n + run.results.length, 0)} results from ${runs.length} benches).`);
}
const failed = runs.filter((run) => run.exitCode !== 0 || run.ending);
if (failed.length > 0) {
  console.error(`failed: ${failed.map((run) => `${run.bench} (${run.ending ?? `exit ${run.exitCode}`})`).join(', ')}`);
  process.exitCode = 1;
}
