import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAP6_C01_EN } from '../fixtures/docs/nap6-c01-en.ts';
import type { ParagraphNode, TableNode } from '../support/document-app-double.ts';
import { ADDON_OUTPUT, type AddonWorld, createAddonWorld, documentFrom, ledgerEvents } from '../apps-script/addon/addon-world.ts';
import { openAppsScriptPage } from './support/apps-script-page.ts';
import { runAxe } from './support/axe.ts';

// The built Sidebar.html in Debian's Chromium; google.script.run is answered by the real add-on
// bundle in node:vm on the DocumentApp/UrlFetchApp/Properties doubles, wired to a real ledger bundle.
const SIDEBAR = path.join(ADDON_OUTPUT, 'Sidebar.html');
const SHOTS = path.resolve('docs/images');
const shoot = async (page: Page, name: string, fullPage = true) => {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `addon-${name}.png`), fullPage });
};

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
});
afterAll(async () => {
  await browser?.close();
});

async function open(world: AddonWorld): Promise<Page> {
  const context = await browser.newContext();
  const page = await openAppsScriptPage(context, SIDEBAR, (name, args) => world.call(name, ...args), { width: 300, height: 900 });
  await page.getByRole('heading', { name: 'Cocreate' }).waitFor();
  return page;
}

const withMember = () => createAddonWorld({ doc: documentFrom(NAP6_C01_EN), member: { side: 'government', roles: ['drafter', 'gov_signatory'], name: 'Alex Tremblay', org: 'Treasury Board of Canada Secretariat' } });

describe('the Docs sidebar, by mouse', () => {
  it('inserts a template, tags a selection, syncs, records a sign-off, then shows "changed since signed"', async () => {
    const world = await withMember();
    const doc = world.world.active;
    const page = await open(world);

    doc.placeCursor(doc.body.children[1] as ParagraphNode, 0);
    await page.getByLabel('Both, side by side').check();
    await page.getByRole('button', { name: 'Insert at the cursor' }).click();
    await page.getByText('C03 was inserted. Type its title after the code.').waitFor();
    expect((doc.body.children[2] as ParagraphNode).getText()).toBe('C03 — Title of the commitment / Titre de l’engagement');

    await page.getByRole('button', { name: 'Check the document' }).click();
    // The new, empty C03 comes first and opens; fold it and open C01.
    await page.locator('summary', { hasText: 'C03 —' }).click();
    await page.locator('summary', { hasText: 'C01 — Inclusive' }).click();
    await page.getByText(/the deadline “Fall 2027” is in words/).waitFor();
    await shoot(page, 'checks-en', false);
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Tags' }).click();
    doc.selectWords('Establish a multi-collaborator forum at the RCMP');
    await page.getByLabel('Kind').selectOption('action');
    await page.getByLabel('Owner').fill('RCMP');
    await page.getByLabel('Due date').fill('2027-09-30');
    await page.getByRole('button', { name: 'Tag the selection' }).click();
    await page.getByText('Tagged as Action. It will be sent with the next sync.').waitFor();
    await page.getByText('Owner: RCMP · due 2027-09-30').waitFor();
    await shoot(page, 'tags-en');
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Sync' }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText('Sent: 3 commitment version(s), 1 tag change(s), 0 decision(s).').waitFor();
    await shoot(page, 'sync-en');

    await page.getByRole('tab', { name: 'Sign-off' }).click();
    await page.getByLabel('Commitment').selectOption('C01');
    await page.getByRole('button', { name: 'Show both tracks' }).click();
    await page.getByRole('heading', { name: 'Government track' }).waitFor();
    await page.getByLabel('Decision').selectOption('approved');
    await page.getByLabel('Comment (optional)').fill('Included in the plan.');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Decision recorded in the ledger.').waitFor();
    await page.getByText(/^Approved \(included\), recorded \d{4}-\d{2}-\d{2} by Alex Tremblay/).waitFor();

    // A drafter edits the problem after sign-off.
    const c01Fields = doc.body.children.find((c) => c.getType() === 'TABLE' && (c as TableNode).getCell(0, 0).getText() === 'Theme') as TableNode;
    c01Fields.getCell(5, 1).setText('Many Canadians still face barriers to participation.');
    await page.getByRole('button', { name: 'Show both tracks' }).click();
    await page.getByRole('heading', { name: 'Changed since signed' }).waitFor();
    await page.getByText('On an earlier version of the text.').waitFor();
    await page.getByRole('term').filter({ hasText: 'Issue to be addressed' }).waitFor();
    await shoot(page, 'signoff-en');
    expect(await runAxe(page)).toEqual([]);

    const types = ledgerEvents(world.ledger, world.member!.token).map((e) => e.type);
    expect(types.filter((t) => t === 'signoff.recorded')).toHaveLength(1);
    expect(types).toContain('tag.created');
  });

  it('in French, with the Docs UI in French: same flow, axe-clean', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_EN), locale: 'fr_CA', member: { side: 'csn', roles: ['drafter', 'csn_signatory'], name: 'Marie Gagnon', org: 'Réseau de la société civile' } });
    const page = await open(world);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByRole('button', { name: 'Vérifier le document' }).click();
    await page.getByText(/l’échéance « Automne 2027 »|l’échéance « Fall 2027 »/).first().waitFor();
    await shoot(page, 'checks-fr', false);
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Balises' }).click();
    world.world.active.selectWords('Ongoing');
    await page.getByLabel('Type').selectOption('disagreement');
    await page.getByLabel('Position du gouvernement').fill('« Permanent » suffit.');
    await page.getByLabel('Position de la société civile').fill('Il faut une date.');
    await page.getByRole('button', { name: 'Baliser la sélection' }).click();
    await page.getByText('Balisé comme Désaccord. Ce sera envoyé à la prochaine synchronisation.').waitFor();
    await shoot(page, 'tags-fr');
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Approbation' }).click();
    await page.getByRole('button', { name: 'Afficher les deux volets' }).click();
    await page.getByRole('heading', { name: 'Volet de la société civile' }).waitFor();
    await page.getByLabel('Décision').selectOption('endorse_with_reservations');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByText('Décision enregistrée dans le registre.').waitFor();
    await shoot(page, 'signoff-fr');
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Paramètres' }).click();
    await page.getByText('Connecté en tant que Marie Gagnon (Réseau de la société civile).').waitFor();
    await shoot(page, 'settings-fr');
    expect(await runAxe(page)).toEqual([]);
  });

  it('with the ledger away, says so plainly and keeps the tag for later', async () => {
    const world = await withMember();
    const page = await open(world);
    world.fetchWorld.online = false;
    await page.getByRole('tab', { name: 'Tags' }).click();
    world.world.active.selectWords('Ongoing');
    await page.getByRole('button', { name: 'Tag the selection' }).click();
    await page.getByRole('tab', { name: 'Sync' }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText('The ledger cannot be reached right now. Nothing is lost: your changes wait here and are sent next time.').waitFor();
    await page.getByText('1 change(s) waiting to be sent.', { exact: false }).waitFor();
    await shoot(page, 'offline-en');
  });

  it('settings: the first open without a ledger goes to Settings, axe-clean', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_EN), member: null });
    const page = await open(world);
    await page.getByLabel('Ledger address').waitFor();
    await page.getByLabel('Ledger address').fill('https://example.org/not-a-ledger');
    await page.getByLabel('Member token').fill('abc');
    await page.getByRole('button', { name: 'Save and check' }).click();
    await page.getByText(/^Not saved: That is not a ledger web app address/).waitFor();
    await shoot(page, 'settings-en');
    expect(await runAxe(page)).toEqual([]);
  });
});

describe('the Docs sidebar, keyboard only', () => {
  it('reaches every tab with the arrow keys, tags the selection and syncs without a mouse', async () => {
    const world = await withMember();
    const page = await open(world);
    await page.keyboard.press('Tab'); // English
    await page.keyboard.press('Tab'); // Français
    await page.keyboard.press('Tab'); // the selected tab
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Commitments');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
    await page.getByRole('heading', { name: 'Tag the selected text' }).waitFor();
    world.world.active.selectWords('Fall 2027');
    await page.keyboard.press('Tab'); // kind
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tag-kind');
    await page.keyboard.press('Tab'); // note
    await page.keyboard.type('Agreed at the June forum.');
    await page.keyboard.press('Tab'); // submit
    await page.keyboard.press('Enter');
    await page.getByText('Tagged as Decision. It will be sent with the next sync.').waitFor();
    await page.getByRole('button', { name: 'Show the decision “Fall 2027”' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => world.world.active.selection?.length ?? 0).toBe(1);
    await page.getByRole('tab', { name: 'Tags' }).focus();
    await page.keyboard.press('ArrowRight'); // Sign-off
    await page.keyboard.press('ArrowRight'); // Sync
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Sent: 2 commitment version(s), 1 tag change(s), 0 decision(s).').waitFor();
  });
});

describe('the built sidebar', () => {
  it('is one self-contained HTML file under 60 kB gzip', () => {
    const html = readFileSync(SIDEBAR, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(gzipSync(html).length / 1024).toBeLessThan(60);
  });
});
