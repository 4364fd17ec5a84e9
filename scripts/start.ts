// `npm start`: the product, not the build. Checks the Node version, builds every artifact quietly
// (details in .output/build.log), starts the local stand-in of the ledger web app
// (scripts/ledger-local.ts) and says, in the user's language, what to open and how.
// Ctrl+C stops it; the ledger's data is kept in .ledger-local/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Language } from '../shared/i18n/language.ts';
import type { MessageKey } from '../shared/i18n/catalogue.ts';
import { type MessageParams, translate } from '../shared/i18n/translate.ts';
import { satisfiesRange } from './node-version.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const language: Language = /^fr/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'fr' : 'en';
const say = (key: MessageKey, params?: MessageParams) => translate(key, language, params);

const range = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
if (!satisfiesRange(process.version, range)) {
  console.error(say('start.nodeTooOld', { range, version: process.version }));
  process.exit(1);
}

const log = path.join(ROOT, '.output/build.log');
mkdirSync(path.dirname(log), { recursive: true });
console.log(say('start.building'));
const started = Date.now();
const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
writeFileSync(log, `${build.stdout ?? ''}\n${build.stderr ?? ''}`);
if (build.status !== 0) {
  console.error(`${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n'));
  console.error(`\n${say('start.buildFailed', { log: path.relative(ROOT, log) })}`);
  process.exit(build.status ?? 1);
}
console.log(say('start.built', { seconds: Math.round((Date.now() - started) / 1000), log: path.relative(ROOT, log) }));

const ledger = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/ledger-local.ts')], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'pipe'],
});
// The ledger's execution log is for engineers: it goes to a file, not over the instructions.
const ledgerLog = path.join(ROOT, '.output/ledger-local.log');
ledger.stderr!.on('data', (chunk: Buffer) => writeFileSync(ledgerLog, chunk, { flag: 'a' }));
const lines: string[] = [];
createInterface({ input: ledger.stdout! }).on('line', (line) => {
  lines.push(line);
  if (lines.length !== 2) return;
  const url = lines[0]!.replace(/^ledger: /, '');
  const token = lines[1]!.replace(/^token: /, '');
  console.log(
    [
      '',
      say('start.running'),
      '',
      `  ${say('start.extension', { dir: path.join(ROOT, '.output/chrome-mv3') })}`,
      '',
      `  ${say('start.ledger', { url })}`,
      `  ${say('start.token', { token })}`,
      '',
      `  ${say('start.appsScript')}`,
      '',
      say('start.stop'),
    ].join('\n'),
  );
});
ledger.on('exit', (code) => {
  if (code !== 0 && lines.length < 2) console.error(readFileSync(ledgerLog, 'utf8').split('\n').slice(-20).join('\n'));
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => ledger.kill(signal));
