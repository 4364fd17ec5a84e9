// `npm start`: the product, not the build. Checks the Node version, builds every artifact quietly
// (details in .output/build.log; `npm start -- --no-build` reuses the last build), starts the local
// stand-in of the ledger web app (scripts/ledger-local.ts) seeded with the demo ledger
// (tests/fixtures/demo-ledger.ts) when it has no data yet, prints every demo member's token, and
// either opens Debian's Chromium with the extension set up for the demo attendee on the demo meeting
// page (where there is a display) or says, step by step, what to open. All of it in the user's
// language (LANG). Ctrl+C stops it; the ledger's data is kept in .ledger-local/.
//
// COCREATE_BROWSER=none never opens a browser; COCREATE_BROWSER=headless opens it without a window
// (for tests). LEDGER_PORT, LEDGER_DATA, DEMO_PORT (the demo page's port; 0 is any) and DEMO_PROFILE
// (the browser profile's folder) move things.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Language } from '../shared/i18n/language.ts';
import type { MessageKey } from '../shared/i18n/catalogue.ts';
import { type MessageParams, translate } from '../shared/i18n/translate.ts';
import { type DemoBrowser, hasDisplay, openDemoBrowser } from './demo-browser.ts';
import { serveDemoMeetingPage } from './demo-meeting-page.ts';
import type { DemoSummary } from './ledger-local.ts';
import { satisfiesRange } from './node-version.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const language: Language = /^fr/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'fr' : 'en';
const say = (key: MessageKey, params?: MessageParams) => translate(key, language, params);
const rel = (file: string) => {
  const relative = path.relative(ROOT, file);
  return relative.startsWith('..') ? file : relative || '.';
};

const range = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
if (!satisfiesRange(process.version, range)) {
  console.error(say('start.nodeTooOld', { range, version: process.version }));
  process.exit(1);
}

const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const log = path.join(ROOT, '.output/build.log');
mkdirSync(path.dirname(log), { recursive: true });
if (process.argv.includes('--no-build')) {
  const missing = [path.join(EXTENSION_DIR, 'manifest.json'), path.join(ROOT, '.output/apps-script/ledger/Code.js')].find((file) => !existsSync(file));
  if (missing) {
    console.error(say('start.noBuildMissing', { missing: rel(missing) }));
    process.exit(1);
  }
  console.log(say('start.noBuild'));
} else {
  console.log(say('start.building'));
  const started = Date.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(log, `${build.stdout ?? ''}\n${build.stderr ?? ''}`);
  if (build.status !== 0) {
    console.error(`${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n'));
    console.error(`\n${say('start.buildFailed', { log: rel(log) })}`);
    process.exit(build.status ?? 1);
  }
  console.log(say('start.built', { seconds: Math.round((Date.now() - started) / 1000), log: rel(log) }));
}

const dataFile = process.env.LEDGER_DATA ? path.resolve(process.env.LEDGER_DATA) : path.join(ROOT, '.ledger-local/ledger.json');
const ledger = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/ledger-local.ts')], {
  cwd: ROOT,
  env: { ...process.env, LEDGER_SEED: 'demo', LEDGER_DATA: dataFile },
  stdio: ['ignore', 'pipe', 'pipe'],
});
// The ledger's execution log is for engineers: it goes to a file, not over the instructions.
const ledgerLog = path.join(ROOT, '.output/ledger-local.log');
writeFileSync(ledgerLog, '');
ledger.stderr!.on('data', (chunk: Buffer) => writeFileSync(ledgerLog, chunk, { flag: 'a' }));

let browser: DemoBrowser | undefined;
let closePage: (() => Promise<void>) | undefined;
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await browser?.close().catch(() => undefined);
  await closePage?.().catch(() => undefined);
  if (ledger.exitCode === null) ledger.kill('SIGTERM');
  else process.exit(code);
};

const heard: Record<string, string> = {};
createInterface({ input: ledger.stdout! }).on('line', (line) => {
  const match = /^(ledger|token|demo): (.*)$/.exec(line);
  if (!match) return;
  heard[match[1]!] = match[2]!;
  if (match[1] === 'demo') void ready(heard.ledger!, JSON.parse(match[2]!) as { seeded: boolean; summary?: DemoSummary }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    void stop(1);
  });
});

const sideOf = (side: string) => say(`common.side.${side as 'government' | 'csn' | 'other'}`);
const roleOf = (role: string) => say(`console.role.${role as 'attendee'}`);

async function ready(url: string, demo: { seeded: boolean; summary?: DemoSummary }) {
  const lines = ['', say('start.running'), '', `  ${say('start.ledger', { url, dir: rel(path.dirname(dataFile)) })}`];
  lines.push(`  ${demo.seeded ? say('start.seeded', { date: demo.summary!.nextMeeting.startsAt.slice(0, 10) }) : say('start.kept', { dir: rel(path.dirname(dataFile)) })}`);
  const summary = demo.summary;
  if (summary) {
    lines.push('', `  ${say('start.members')}`);
    for (const m of summary.members) lines.push(`    ${say('start.member', { name: m.name, org: m.org, side: sideOf(m.side), role: roleOf(m.role), token: m.token })}`);
  } else {
    lines.push('', `  ${say('start.token', { token: heard.token! })}`);
  }
  const attendee = summary?.members.find((m) => m.key === summary.attendee);
  const port = Number(process.env.DEMO_PORT ?? 8788);
  const page = await serveDemoMeetingPage({
    port,
    meeting: summary?.nextMeeting ?? { title: say('start.page.title'), startsAt: new Date().toISOString() },
    ledgerUrl: url,
    language,
  }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE' ? new Error(say('start.portBusy', { port })) : error;
  });
  closePage = page.close;
  const who = attendee ? { name: attendee.name, side: sideOf(attendee.side), role: roleOf(attendee.role) } : { name: '—', side: sideOf('government'), role: roleOf('coordinator') };
  const mode = process.env.COCREATE_BROWSER ?? 'auto';
  const steps = [
    say('start.step.load', { dir: EXTENSION_DIR }),
    say('start.step.options', { url, token: attendee?.token ?? heard.token!, ...who }),
    say('start.step.page', { page: page.url }),
    say('start.step.panel'),
  ].map((step) => `    ${step}`);
  lines.push('');
  if (mode !== 'none' && (mode === 'headless' || hasDisplay())) {
    const profileDir = process.env.DEMO_PROFILE ? path.resolve(process.env.DEMO_PROFILE) : path.join(ROOT, '.output/demo-browser-profile');
    try {
      browser = await openDemoBrowser({
        extensionDir: EXTENSION_DIR,
        profileDir,
        ledgerUrl: url,
        token: attendee?.token ?? heard.token!,
        member: { name: attendee?.name ?? '', side: attendee?.side ?? 'government' },
        language,
        pageUrl: page.url,
        headless: mode === 'headless',
      });
      lines.push(`  ${say('start.browserOpened', { profile: rel(profileDir), ...who })}`, `  ${say('start.openPanel')}`);
    } catch (error) {
      lines.push(`  ${say('start.browserFailed', { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) })}`, ...steps);
    }
  } else {
    lines.push(`  ${say('start.noDisplay')}`, ...steps);
  }
  lines.push('', `  ${say('start.appsScript')}`, '', say('start.stop'));
  console.log(lines.join('\n'));
}

ledger.on('exit', (code) => {
  if (code !== 0 && !heard.demo) console.error(readFileSync(ledgerLog, 'utf8').split('\n').slice(-20).join('\n'));
  void (async () => {
    await browser?.close().catch(() => undefined);
    await closePage?.().catch(() => undefined);
    process.exit(code ?? 0);
  })();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
