import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPS_SCRIPT_OUTPUT } from '../../scripts/build-apps-script.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { ADDON_OUTPUT, createAddonWorld, documentFrom } from '../apps-script/addon/addon-world.ts';
import { consoleFixture } from '../apps-script/console/console-fixture.ts';
import { NAP6_C01_EN } from '../fixtures/docs/nap6-c01-en.ts';
import { sampleEvents } from '../shared/repository/sample-ledger.ts';
import type { ParagraphNode } from '../support/document-app-double.ts';
import { ensureLedgerBundle, LEDGER_BUNDLE } from '../support/ledger-bundle.ts';
import { addMember, EVERY_ROLE, ledgerFixture } from '../support/ledger-fixture.ts';
import { openAppsScriptPage } from './support/apps-script-page.ts';
import { furnishedLedger } from './support/furnished-ledger.ts';
import { type AxeViolation, runAxe } from './support/axe.ts';
import { type ChromeGlobal, extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension.ts';

// Issue 14 item 8, in one place: axe-core on every surface a person uses, in English and French
// (the extension's popup, options, side panel and notes page; the Docs add-on sidebar; every tab of
// the coordinator console; every page of the published repository), and one keyboard-only path per
// role, with Tab, Shift+Tab, Enter, Space and the arrow keys only (and typing words into fields).
// One Chromium for the whole file: the built extension's, whose context also opens the Apps Script
// pages (openAppsScriptPage) and the repository site (routed, the rest of the web unreachable).

const CONSOLE_HTML = path.join(path.dirname(LEDGER_BUNDLE), 'Console.html');
const SIDEBAR_HTML = path.join(ADDON_OUTPUT, 'Sidebar.html');
const SITE_ORIGIN = 'https://repository.example';
const LANGUAGES: Language[] = ['en', 'fr'];

let launched: LaunchedExtension;
let site: Map<string, string>;

/** Axe's findings as one line each, so a failure names the rule and the element. */
const findings = (where: string, violations: AxeViolation[]) => violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/**
 * Presses `key` until `target` holds the focus, at most `max` times, so that a control the keyboard
 * cannot reach, or a focus trap before it, fails the test (and says which control).
 */
async function pressUntilFocused(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' | 'ArrowDown' | 'ArrowRight' = 'Tab', max = 80): Promise<void> {
  await target.waitFor();
  for (let i = 0; i <= max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${await target.evaluate((e) => e.outerHTML.slice(0, 160))} is not reached by ${max} presses of ${key}`);
}

/** In a radio group, the arrow keys move the choice: press ArrowDown until `target` is checked. */
async function arrowToRadio(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 8 && !(await target.isChecked()); i += 1) await page.keyboard.press('ArrowDown');
  expect(await target.isChecked()).toBe(true);
}

async function setExtensionLanguage(language: Language): Promise<void> {
  await launched.sw.evaluate(
    (settings) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ settings }),
    { version: 1, ledgerUrl: '', token: '', displayName: language === 'fr' ? 'Zoé Roy' : 'Alex Martin', side: 'csn', language },
  );
}

/** The repository as publish-repository zips it, from the sample ledger posted through doPost. */
async function publishedSite(): Promise<Map<string, string>> {
  const verifier = readFileSync(path.join(APPS_SCRIPT_OUTPUT, 'ledger', 'RepositoryVerifier.html'), 'utf8');
  const f = await ledgerFixture({ htmlFiles: { RepositoryVerifier: verifier } });
  const gov = addMember(f.world, { name: 'Alex Chen', org: 'tbs-sct', side: 'government', roles: EVERY_ROLE });
  const csn = addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['csn_signatory', 'attendee', 'coordinator'] }); // the CSN's co-chair too: approves the notes
  let head = '0'.repeat(64);
  for (const { side, event } of sampleEvents()) {
    if (event.type === 'meeting.notes_published') (event.payload as { headHash: string }).headHash = head;
    const answer = f.post({ v: 1, op: 'append', token: side === 'csn' ? csn.token : gov.token, events: [event] }) as { results: { status: string }[]; head: { hash: string } };
    expect(answer.results[0]!.status).toBe('accepted');
    head = answer.head.hash;
  }
  const zip = f.app.buildRepositoryZip() as { ok: boolean; base64: string };
  expect(zip.ok).toBe(true);
  const entries = unzipSync(new Uint8Array(Buffer.from(zip.base64, 'base64')));
  return new Map(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript', jsonl: 'application/x-ndjson' };

beforeAll(async () => {
  await ensureLedgerBundle(); // Code.js, Console.html and RepositoryVerifier.html, when a source is newer
  [launched, site] = await Promise.all([launchExtension(), publishedSite()]);
}, 180_000);

afterAll(async () => {
  await launched?.close();
});

describe.each(LANGUAGES)('axe-core finds nothing, in %s', (language) => {
  const t = (key: Parameters<typeof translate>[0]) => translate(key, language);

  it('the extension: popup, options, side panel (set-up and during a meeting), notes page', async () => {
    await setExtensionLanguage(language);
    const found: string[] = [];
    const page = await launched.context.newPage();
    for (const [file, button] of [
      ['popup.html', t('extension.popup.open')],
      ['options.html', t('extension.options.save')],
      ['sidepanel.html', t('extension.setup.start')],
    ] as const) {
      await page.goto(extensionUrl(launched.extensionId, file));
      await page.getByRole('button', { name: button }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang), file).toBe(language);
      found.push(...findings(file, await runAxe(page)));
    }
    // The side panel during a meeting, with one annotation listed.
    await page.getByLabel(t('extension.setup.title')).fill(language === 'fr' ? 'Forum de novembre' : 'November forum');
    await page.getByRole('button', { name: t('extension.setup.start') }).click();
    await page.getByLabel(t('extension.annotate.text')).fill(language === 'fr' ? 'Les notes sont publiées dans les deux langues.' : 'Notes are published in both languages.');
    await page.getByRole('button', { name: t('extension.kind.decision'), exact: true }).click();
    await page.getByRole('list', { name: 'Annotations' }).getByRole('listitem').first().waitFor();
    found.push(...findings('sidepanel.html (meeting)', await runAxe(page)));
    // Ended (so the next run starts from the set-up form again): the panel's summary of the notes.
    await page.getByRole('button', { name: t('extension.end.button') }).click();
    await page.getByRole('button', { name: t('extension.end.confirm') }).click();
    await page.getByRole('heading', { name: t('extension.end.heading') }).waitFor();
    found.push(...findings('sidepanel.html (ended)', await runAxe(page)));
    // The notes page opened for no meeting lists the earlier ones.
    await page.goto(extensionUrl(launched.extensionId, 'notes.html'));
    await page.getByRole('heading').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    found.push(...findings('notes.html', await runAxe(page)));
    // …and opens one in place: the notes of the meeting just held, with their downloads.
    const title = language === 'fr' ? 'Forum de novembre' : 'November forum';
    await page.getByRole('button', { name: new RegExp(title) }).first().click();
    await page.getByText(language === 'fr' ? 'Les notes sont publiées dans les deux langues.' : 'Notes are published in both languages.').first().waitFor();
    found.push(...findings('notes.html (a meeting)', await runAxe(page)));
    await page.close();
    expect(found).toEqual([]);
  }, 90_000);

  it('the Docs add-on sidebar, every tab', async () => {
    const world = await createAddonWorld({
      doc: documentFrom(NAP6_C01_EN),
      locale: language === 'fr' ? 'fr_CA' : 'en',
      member: { side: 'government', roles: ['drafter', 'gov_signatory'], name: 'Alex Tremblay', org: 'Treasury Board of Canada Secretariat' },
    });
    const page = await openAppsScriptPage(launched.context, SIDEBAR_HTML, (name, args) => world.call(name, ...args), { width: 300, height: 900 });
    await page.getByRole('heading', { name: 'Cocreate' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    const found: string[] = [];
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs.length).toBeGreaterThanOrEqual(4);
    for (const tab of tabs) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByRole('tabpanel').first().waitFor();
      found.push(...findings(`Docs sidebar, ${tab}`, await runAxe(page)));
    }
    await page.close();
    expect(found).toEqual([]);
  }, 90_000);

  it('the coordinator console, every tab, closed sections opened', async () => {
    const f = await furnishedLedger(language === 'fr' ? 'fr_CA' : 'en');
    const page = await openAppsScriptPage(launched.context, CONSOLE_HTML, (name, args) => f.call(name, ...args), { width: 300, height: 1400 });
    await page.getByRole('tablist').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    const found: string[] = [];
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    for (const tab of tabs) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByRole('tabpanel').waitFor();
      await page.locator('details').evaluateAll((all) => {
        for (const d of all) d.setAttribute('open', '');
      });
      found.push(...findings(`console, ${tab}`, await runAxe(page)));
    }
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('the published repository, every page', async () => {
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.route(`${SITE_ORIGIN}/**`, (route) => {
      const file = new URL(route.request().url()).pathname.slice(1) || 'index.html';
      const body = site.get(file);
      if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: TYPES[file.split('.').pop()!] ?? 'application/octet-stream', body });
    });
    // The language chooser at the root, then every page in this language.
    const pages = [...(language === 'en' ? ['index.html'] : []), ...[...site.keys()].filter((p) => p.startsWith(`${language}/`) && p.endsWith('.html'))];
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const found: string[] = [];
    for (const file of pages) {
      const response = await page.goto(`${SITE_ORIGIN}/${file}`);
      expect(response?.status(), file).toBe(200);
      if (file !== 'index.html') expect(await page.evaluate(() => document.documentElement.lang), file).toBe(language);
      found.push(...findings(file, await runAxe(page)));
    }
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);
});

describe('one keyboard-only path per role', () => {
  it('attendee: starts a meeting and records a decision in the side panel', async () => {
    await setExtensionLanguage('en');
    const page = await launched.context.newPage();
    await page.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    await pressUntilFocused(page, page.getByLabel('Meeting title'));
    await page.keyboard.type('December forum');
    await pressUntilFocused(page, page.getByLabel('Name of attendee 1'));
    await page.keyboard.type('Alex Martin');
    await pressUntilFocused(page, page.getByRole('button', { name: 'Start meeting' }));
    await page.keyboard.press('Enter');
    await pressUntilFocused(page, page.getByLabel('What was said or decided'));
    await page.keyboard.type('The Forum meets every two months.');
    await pressUntilFocused(page, page.getByRole('button', { name: 'Decision', exact: true }));
    await page.keyboard.press('Space');
    const item = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: 'The Forum meets every two months.' });
    await item.waitFor();
    expect(await item.textContent()).toContain('Decision');
    // Back up with Shift+Tab to the text, which is empty and ready for the next one.
    await pressUntilFocused(page, page.getByLabel('What was said or decided'), 'Shift+Tab');
    expect(await page.getByLabel('What was said or decided').inputValue()).toBe('');
    await page.close();
  }, 90_000);

  it('drafter: inserts a bilingual commitment template at the cursor from the Docs sidebar', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_EN), member: { side: 'government', roles: ['drafter'], name: 'Alex Tremblay', org: 'TBS' } });
    const doc = world.world.active;
    doc.placeCursor(doc.body.children[1] as ParagraphNode, 0);
    const page = await openAppsScriptPage(launched.context, SIDEBAR_HTML, (name, args) => world.call(name, ...args), { width: 300, height: 900 });
    await page.getByRole('heading', { name: 'Cocreate' }).waitFor();
    // Into the language choice by Tab, then the arrow keys within it.
    await pressUntilFocused(page, page.getByRole('radio', { checked: true }).first());
    await arrowToRadio(page, page.getByLabel('Both, side by side'));
    await pressUntilFocused(page, page.getByRole('button', { name: 'Insert at the cursor' }));
    await page.keyboard.press('Enter');
    await page.getByText(/was inserted\. Type its title after the code\./).waitFor();
    expect((doc.body.children[2] as ParagraphNode).getText()).toMatch(/^C\d\d — Title of the commitment \/ Titre de l’engagement$/);
    await page.close();
  }, 90_000);

  it('coordinator: issues a member token in the console and is shown it once', async () => {
    const f = await consoleFixture();
    const page = await openAppsScriptPage(launched.context, CONSOLE_HTML, (name, args) => f.call(name, ...args), { width: 300, height: 900 });
    await page.getByRole('tablist').waitFor();
    await pressUntilFocused(page, page.getByLabel('Name'));
    await page.keyboard.type('Marc Gagnon');
    await pressUntilFocused(page, page.getByLabel('Organisation'));
    await page.keyboard.type('Treasury Board Secretariat');
    await pressUntilFocused(page, page.getByRole('radio').first());
    await page.keyboard.press('Space');
    await arrowToRadio(page, page.getByRole('radio', { name: 'Government' }));
    for (const role of [/^Coordinator/, /^Attendee/, /^This is me/]) {
      const box = page.getByRole('checkbox', { name: role });
      await pressUntilFocused(page, box);
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
    }
    await pressUntilFocused(page, page.getByRole('button', { name: 'Issue token' }));
    await page.keyboard.press('Enter');
    const token = page.getByRole('textbox', { name: 'Token for Marc Gagnon (shown once)' });
    await token.waitFor();
    const value = await token.inputValue();
    expect(f.post({ v: 1, op: 'whoami', token: value })).toMatchObject({ ok: true, member: { name: 'Marc Gagnon', side: 'government', roles: ['coordinator', 'attendee'] } });
    await pressUntilFocused(page, page.getByRole('button', { name: 'I have copied it' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => token.count()).toBe(0);
    await page.close();
  }, 90_000);
});
