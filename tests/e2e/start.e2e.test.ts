import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../fixtures/demo-ledger';
import { EXTENSION_DIR } from './support/launch-extension';

// `npm start` as a newcomer runs it (issue #14 item 3), on the last build (`--no-build`; the suite
// builds first): on a machine without a display it seeds the local ledger with the demo, prints every
// member's token and the steps to follow, in English or French; the tokens it prints work. Asked to open
// the browser headless, it says it did (what that browser shows: demo-browser.e2e.test.ts). With UPDATE_SCREENSHOTS=1 the terminal
// output is drawn into docs/images/demo-terminal-{en,fr}.png for the guides.

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-start-'));
const dataFile = path.join(dir, 'ledger', 'ledger.json');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The terminal as the person sees it, for the guides (only with UPDATE_SCREENSHOTS=1). */
async function drawTerminal(out: string, name: string) {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 400 } });
    const text = out.replaceAll(ROOT, '~/cocreate').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    await page.setContent(
      `<body style="margin:0;background:#1e1e1e"><pre style="margin:0;padding:16px;color:#e6e6e6;font:13px/1.45 'DejaVu Sans Mono',monospace;white-space:pre-wrap">$ npm start\n${text}</pre></body>`,
    );
    fs.writeFileSync(path.join(ROOT, `docs/images/${name}.png`), await page.screenshot({ fullPage: true }));
  } finally {
    await browser.close();
  }
}

type Run = { child: ChildProcess; out: string };
// Every start this file made, stopped at the end even if a test failed half-way.
const runs: Run[] = [];
afterAll(async () => {
  await Promise.all(runs.map((run) => stop(run)));
});

/** Runs scripts/start.ts until it prints its last line (or fails), with no display. */
function start(lang: string, browser?: 'headless'): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', LEDGER_PORT: '0', DEMO_PORT: '0', LEDGER_DATA: dataFile, DEMO_PROFILE: path.join(dir, 'profile') };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  if (browser) env.COCREATE_BROWSER = browser;
  else delete env.COCREATE_BROWSER;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: Run = { child, out: '' };
  runs.push(run);
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      run.out += chunk.toString('utf8');
      if (/Ctrl\+C/.test(run.out.split('\n').slice(-3).join('\n'))) resolve(run);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.once('exit', (code) => reject(new Error(`start exited (${code}) before it was ready:\n${run.out}\n${err}`)));
  });
}

function stop(run: Run): Promise<number | null> {
  return new Promise((resolve) => {
    if (run.child.exitCode !== null) return resolve(run.child.exitCode);
    run.child.once('exit', (code) => resolve(code));
    run.child.kill('SIGTERM');
  });
}

const post = async (url: string, body: unknown) =>
  (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=utf-8' }, body: JSON.stringify(body) })).json() as Promise<Record<string, unknown>>;

/** Every 64-hex token printed, by the line it is on. */
const tokensIn = (out: string) => [...out.matchAll(/^ {4}(.*?) ?: ?([0-9a-f]{64})$/gm)].map(([, who, token]) => ({ who: who!, token: token! }));

describe('npm start without a display', () => {
  let english: string;

  it('seeds the empty ledger with the demo, prints each member’s token with name, side and role, and says what to open, in English', async () => {
    const run = await start('en_CA.UTF-8');
    english = run.out;
    try {
      expect(run.out).toContain('Using the last build (--no-build)');
      expect(run.out).toContain('Demo ledger: a forum drafting three commitments of Canada’s 2022–2024 National Action Plan on Open Government');
      expect(run.out).toContain('This machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser was opened.');
      const url = /Local ledger: (http:\/\/127\.0\.0\.1:\d+\/exec)/.exec(run.out)![1]!;
      const tokens = tokensIn(run.out);
      expect(tokens).toHaveLength(DEMO_MEMBERS.length);
      for (const spec of DEMO_MEMBERS) {
        const printed = tokens.find((t) => t.who.startsWith(`${spec.name} (${spec.org}), `))!;
        expect(printed.who).toBe(
          `${spec.name} (${spec.org}), ${spec.side === 'government' ? 'Government' : 'Civil society network'}, ${
            { attendee: 'Attendee', drafter: 'Drafter', gov_signatory: 'Government signatory', csn_signatory: 'Civil society signatory', coordinator: 'Coordinator' }[spec.role as string]
          }`,
        );
        // The ledger answers whoami for the printed token: that member, that side, that role.
        expect(await post(url, { v: 1, op: 'whoami', token: printed.token })).toMatchObject({ ok: true, member: { name: spec.name, side: spec.side, roles: [spec.role] } });
      }
      // The steps: load the build, the options with the attendee's token, the demo page, the side panel.
      expect(run.out).toContain(`1. Open chrome://extensions, turn on Developer mode, click “Load unpacked” and choose ${EXTENSION_DIR}.`);
      const attendee = DEMO_MEMBERS.find((m) => m.key === 'govAttendee')!;
      const token = tokens.find((t) => t.who.startsWith(attendee.name))!.token;
      expect(run.out).toContain(`2. In Cocreate’s Options (right-click its icon, then Options), enter the ledger address ${url} and the token of ${attendee.name} (Government, Attendee): ${token}.`);
      const page = /3\. Open the demo meeting page: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(run.out)![1]!;
      const html = await (await fetch(page)).text();
      expect(html).toContain('Multi-stakeholder forum: sign-off calendar');
      expect(html).toContain('<section lang="fr"');
      expect(run.out).toContain('4. Open the side panel: press Alt+Shift+0, or click the puzzle-piece icon in the toolbar, pin Cocreate');
      await drawTerminal(run.out, 'demo-terminal-en');
    } finally {
      expect(await stop(run)).toBe(0);
    }
  });

  // Chromium's start on a loaded machine comes on top of the ledger's.
  it('keeps the data it finds, says so, prints the same tokens again and opens the browser (headless here), in French', { timeout: 180_000 }, async () => {
    const run = await start('fr_CA.UTF-8', 'headless');
    try {
      expect(run.out).toContain('Le registre contenait déjà des données dans');
      expect(run.out).not.toContain('Registre de démonstration : un forum');
      expect(run.out).toContain(
        `Chromium est ouvert avec l’extension chargée (un profil jetable dans ${path.join(dir, 'profile')}), configurée pour Priya Raman (Gouvernement, Participant), sur la page de la réunion de démonstration.`,
      );
      expect(run.out).toContain('Ouvrez le panneau latéral : appuyez sur Alt+Maj+0');
      expect(run.out).not.toContain('1. Ouvrez chrome://extensions');
      // The profile it opened holds the extension's settings for the demo attendee.
      expect(fs.existsSync(path.join(dir, 'profile', 'Default'))).toBe(true);
      expect(run.out).toContain('Priya Raman (Treasury Board of Canada Secretariat), Gouvernement, Participant : ');
      expect(tokensIn(run.out).map((t) => t.token).sort()).toEqual(tokensIn(english).map((t) => t.token).sort());
      const url = /Registre local : (http:\/\/127\.0\.0\.1:\d+\/exec)/.exec(run.out)![1]!;
      const pulled = (await post(url, { v: 1, op: 'pull', token: tokensIn(run.out)[0]!.token, since: 0, limit: 1000 })) as { events: unknown[] };
      // Not seeded twice: the same events as after the first start.
      expect(pulled.events.length).toBeGreaterThan(15);
      expect(new Set(pulled.events.map((e) => (e as { id: string }).id)).size).toBe(pulled.events.length);
      expect(pulled.events.filter((e) => (e as { type: string }).type === 'procedure.agreed')).toHaveLength(2);
      await drawTerminal(run.out, 'demo-terminal-fr');
    } finally {
      expect(await stop(run)).toBe(0);
    }
  });
});

