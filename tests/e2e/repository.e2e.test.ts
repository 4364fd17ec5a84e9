import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPS_SCRIPT_OUTPUT } from '../../scripts/build-apps-script.ts';
import { addMember, EVERY_ROLE, ledgerFixture } from '../support/ledger-fixture.ts';
import { runAxe } from './support/axe.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { sampleEvents } from '../shared/repository/sample-ledger.ts';

// The repository as a reader gets it: the coordinator's publish action run on the real bundle (the
// sample ledger posted through doPost, so the chain is the writer's own), the zip Utilities.zip made
// unpacked, and every page opened in Debian's Chromium from a web host that serves only those files.
const ORIGIN = 'https://repository.example';
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const IMAGES = path.resolve('docs/images');

let browser: Browser;
let site: Map<string, string>;
let head: { seq: number; hash: string };
let notesHead = '';

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript', jsonl: 'application/x-ndjson' };

/** A page on a host that serves the site's files and nothing else (the rest of the web is unreachable). */
async function openSite(files: Map<string, string>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    const file = url.pathname.slice(1) || 'index.html';
    const body = files.get(file);
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[file.split('.').pop()!] ?? 'application/octet-stream', body });
  });
  return page;
}

beforeAll(async () => {
  const verifier = readFileSync(path.join(APPS_SCRIPT_OUTPUT, 'ledger', 'RepositoryVerifier.html'), 'utf8');
  const f = await ledgerFixture({ htmlFiles: { RepositoryVerifier: verifier } });
  const gov = addMember(f.world, { name: 'Alex Chen', org: 'tbs-sct', side: 'government', roles: EVERY_ROLE });
  const csn = addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['csn_signatory', 'attendee', 'coordinator'] }); // the CSN's co-chair too: approves the notes
  let last: { seq: number; hash: string } = { seq: 0, hash: '0'.repeat(64) };
  // Notes are published with the head of that moment, as the console does.
  for (const { side, event } of sampleEvents()) {
    if (event.type === 'meeting.notes_published') {
      notesHead = last.hash;
      (event.payload as { headHash: string }).headHash = notesHead;
    }
    const answer = f.post({ v: 1, op: 'append', token: side === 'csn' ? csn.token : gov.token, events: [event] }) as { results: { status: string; error?: unknown }[]; head: typeof last };
    expect(answer.results[0], JSON.stringify(answer.results[0])).toMatchObject({ status: 'accepted' });
    last = answer.head;
  }
  const zip = f.app.buildRepositoryZip() as { ok: boolean; base64: string; head: typeof last; fileName: string };
  expect(zip.ok).toBe(true);
  expect(zip.fileName).toMatch(/^repository-\d{4}-\d{2}-\d{2}-event-20\.zip$/);
  head = zip.head;
  expect(head).toEqual(last);
  const entries = unzipSync(new Uint8Array(Buffer.from(zip.base64, 'base64')));
  site = new Map(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--disable-gpu', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
});

const pagesOf = (lang: string) => [...site.keys()].filter((p) => p.startsWith(`${lang}/`) && p.endsWith('.html'));

describe.each(['en', 'fr'] as const)('the published repository in %s', (lang) => {
  it('every page: axe-core finds nothing, every link resolves, the chain head and date are shown', async () => {
    const page = await openSite(site);
    const broken: string[] = [];
    const violations: string[] = [];
    for (const file of ['index.html', ...pagesOf(lang)]) {
      const response = await page.goto(`${ORIGIN}/${file}`);
      expect(response?.status(), file).toBe(200);
      await expect.poll(() => page.locator('code.head').first().textContent()).toBe(head.hash);
      for (const v of await runAxe(page)) violations.push(`${file}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      const targets = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((a) => a.href).concat([...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src)),
      );
      for (const target of targets) {
        const url = new URL(target);
        if (url.origin !== ORIGIN) continue;
        if (url.hash && url.pathname === new URL(page.url()).pathname) {
          if ((await page.locator(url.hash).count()) === 0) broken.push(`${file} → ${target}`);
          continue;
        }
        if (!site.has(url.pathname.slice(1))) broken.push(`${file} → ${target}`);
      }
    }
    expect(violations).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('the verification page recomputes the chain in the browser and finds the log intact', async () => {
    const page = await openSite(site);
    await page.goto(`${ORIGIN}/${lang}/verify.html`);
    const result = page.locator('#verify-result');
    await expect.poll(() => result.getAttribute('data-verdict')).toBe('ok');
    const text = await result.textContent();
    expect(text).toContain(head.hash);
    expect(text).toContain(lang === 'en' ? 'The event log is intact: 20 events' : 'Le journal des événements est intact : 20 événements');
    // The head printed in the published notes, pasted by the reader, is found in the chain.
    await page.fill('#known-head', notesHead);
    await page.getByRole('button', { name: translate('publicrecord.site.verify.button', lang) }).click();
    await expect.poll(() => result.textContent()).toContain(lang === 'en' ? `The head ${notesHead} is event 8 of this log.` : `La tête ${notesHead} est l’événement 8 de ce journal.`);
    if (SCREENSHOTS) await page.screenshot({ path: path.join(IMAGES, `public-verify-${lang}.png`), fullPage: true });
  });

  it('names the changed line when one row of the log was rewritten', async () => {
    const lines = site.get('ledger/events.jsonl')!.split('\n');
    const i = lines.findIndex((line) => line.includes('"out_of_scope"'));
    lines[i] = lines[i]!.replace('"out_of_scope"', '"adopted"');
    const page = await openSite(new Map([...site, ['ledger/events.jsonl', lines.join('\n')]]));
    await page.goto(`${ORIGIN}/${lang}/verify.html`);
    const result = page.locator('#verify-result');
    await expect.poll(() => result.getAttribute('data-verdict')).toBe(`broken:${i + 1}`);
    expect(await result.textContent()).toBe(
      lang === 'en'
        ? `Line ${i + 1} was changed after it was written: its content no longer matches its hash.`
        : `La ligne ${i + 1} a été modifiée après son écriture : son contenu ne correspond plus à son empreinte.`,
    );
    if (SCREENSHOTS) await page.screenshot({ path: path.join(IMAGES, `public-verify-tampered-${lang}.png`), fullPage: true });
  });

  it('works from a folder on disk too: the reader picks the log file', async () => {
    const page = await openSite(new Map([...site].filter(([name]) => name !== 'ledger/events.jsonl')));
    await page.goto(`${ORIGIN}/${lang}/verify.html`);
    const result = page.locator('#verify-result');
    await expect.poll(() => result.getAttribute('data-verdict')).toBe('unloaded');
    await page.setInputFiles('#log-file', { name: 'events.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(site.get('ledger/events.jsonl')!) });
    await page.getByRole('button', { name: translate('publicrecord.site.verify.button', lang) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => result.getAttribute('data-verdict')).toBe('ok');
  });

  it.runIf(SCREENSHOTS)('screenshots of the plan, a commitment and the IRM page', async () => {
    const page = await openSite(site);
    for (const [file, name] of [['index.html', 'plan'], ['commitments/c01.html', 'commitment'], ['irm.html', 'irm'], ['proposals.html', 'proposals']] as const) {
      await page.goto(`${ORIGIN}/${lang}/${file}`);
      await page.screenshot({ path: path.join(IMAGES, `public-${name}-${lang}.png`), fullPage: true });
    }
  });
});
