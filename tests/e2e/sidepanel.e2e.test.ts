import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { type ChromeGlobal, extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';
import { readStore } from './support/read-store';
import { type FixtureSite, serveFixturePages } from './support/serve-fixture-pages';
import { ARTICLE_HTML, WEBINAR_HTML, WEBINAR_TITLE } from './support/webinar-page';

type Row = { id: string; kind: string; text: string; deleted: boolean; captionText?: string; offsetMs?: number; owner?: string };

describe('side panel, options and popup in Chromium with the built extension', () => {
  let launched: LaunchedExtension;
  let server: FixtureSite;
  let panel: Page;

  beforeAll(async () => {
    launched = await launchExtension();
    server = await serveFixturePages(launched.context, { '/webinar': WEBINAR_HTML, '/article': ARTICLE_HTML });
    // Caption reading is off by default (issue #13); this attendee turned it on.
    await launched.sw.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ platformPrefs: { version: 1, readCaptions: true, hiddenOn: [] } }),
    );
  });
  afterAll(async () => {
    await server?.close();
    await launched?.close();
  });

  it('the content script detects a fake webinar on Jitsi Meet’s address, with its title and live captions', async () => {
    const webinar = await launched.context.newPage();
    await webinar.goto(server.url('/webinar'));
    const article = await launched.context.newPage();
    await article.goto(server.url('/article'));
    panel = await launched.context.newPage();
    await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    const contexts = await panel.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query: (q: object) => Promise<{ id: number }[]>; sendMessage: (id: number, m: object) => Promise<unknown> } };
      };
      const tabs = await chrome.tabs.query({});
      const answers = await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id, { type: 'get-page-context' }).catch(() => undefined)));
      return answers.filter(Boolean) as { platform: string; isMeetingOn: boolean; title?: string; meetingId?: string; captions: string; url: string }[];
    });
    const byUrl = Object.fromEntries(contexts.map((context) => [context.url, context]));
    expect(byUrl['https://meet.jit.si/webinar']).toMatchObject({ platform: 'jitsi', isMeetingOn: true, title: WEBINAR_TITLE, meetingId: 'webinar-42', captions: 'ok' });
    expect(byUrl['https://meet.jit.si/article']).toMatchObject({ platform: 'jitsi', isMeetingOn: false, captions: 'none' });
    await article.close();
  });

  it('starts a meeting from the detected page, annotates by keyboard and by click, and keeps both after a reload', async () => {
    // The webinar's captions change, so its content script pushes; the setup form offers its title.
    await panel.getByText(`Detected on this page: ${WEBINAR_TITLE}`).waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.getByLabel('Meeting title').inputValue()).toBe(WEBINAR_TITLE);
    await panel.getByLabel('Name of attendee 1').fill('Alex Martin');
    await panel.getByRole('button', { name: 'Start meeting' }).click();

    const text = panel.getByLabel('What was said or decided');
    await text.fill('Notes are published in English and French.');
    await text.press('Alt+1');
    const list = panel.getByRole('list', { name: 'Annotations' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);

    await text.fill('Department sends the draft.');
    await panel.getByLabel('Owner (for actions)').fill('Sam');
    await panel.getByRole('button', { name: 'Action', exact: true }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Action saved at' }).count()).toBe(1);

    await panel.reload();
    const reloaded = panel.getByRole('list', { name: 'Annotations' });
    await expect.poll(() => reloaded.getByRole('listitem').count()).toBe(2);
    expect(await reloaded.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('Notes are published in English and French.'),
      expect.stringContaining('Department sends the draft.'),
    ]);
    const rows = await readStore<Row>(panel, 'annotations');
    expect(rows.map((row) => [row.kind, row.text, row.owner])).toEqual(
      expect.arrayContaining([
        ['decision', 'Notes are published in English and French.', undefined],
        ['action', 'Department sends the draft.', 'Sam'],
      ]),
    );
    for (const row of rows) expect(row.offsetMs).toBeGreaterThanOrEqual(0);
    // Captions were readable on the detected page, so each annotation kept the last words spoken.
    for (const row of rows) expect(row.captionText).toMatch(/\w/);
    const outbox = await readStore<Row>(panel, 'outbox');
    expect(outbox.length).toBeGreaterThanOrEqual(3);

    // After the reload the panel follows the webinar tab again from its content script's pushes.
    await panel.getByText('Captions are being read: each annotation keeps the last words spoken.').waitFor();
    // The attendee guide's picture: always under .output/, and into docs/ with UPDATE_SCREENSHOTS=1
    // (so an ordinary test run leaves the working tree as it was).
    await panel.setViewportSize({ width: 400, height: 900 });
    const shot = await panel.screenshot({ path: path.resolve('.output/screenshots/sidepanel.png'), fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === '1') fs.writeFileSync(path.resolve('docs/images/sidepanel.png'), shot);
  });

  it('edits an annotation and deletes another as a tombstone', async () => {
    await panel.getByRole('button', { name: /^Edit the Decision at / }).click();
    const editText = panel.getByRole('list', { name: 'Annotations' }).getByLabel('What was said or decided');
    await editText.fill('Notes are published in both official languages.');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByText('Notes are published in both official languages.').waitFor();

    await panel.getByRole('button', { name: /^Delete the Action at / }).click();
    const list = panel.getByRole('list', { name: 'Annotations' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await panel.getByRole('button', { name: 'Undo' }).waitFor();
    // The deletion is recorded once Undo is no longer offered (ten seconds).
    await expect
      .poll(async () => (await readStore<Row>(panel, 'annotations')).map((row) => [row.kind, row.deleted]).sort(), { timeout: 20_000 })
      .toEqual([
        ['action', true],
        ['decision', false],
      ]);
  });

  it.each([
    ['side panel while annotating', 'sidepanel.html'],
    ['options', 'options.html'],
    ['popup', 'popup.html'],
  ])('axe-core finds no violation on the %s', async (_name, file) => {
    const page = file === 'sidepanel.html' ? panel : await launched.context.newPage();
    if (page !== panel) await page.goto(extensionUrl(launched.extensionId, file));
    await page.locator('h1').first().waitFor();
    if (file === 'popup.html') await page.getByText(`Meeting in progress: ${WEBINAR_TITLE}`).waitFor();
    expect(await runAxe(page)).toEqual([]);
    if (page !== panel) await page.close();
  });

  it('ends the meeting with a notes draft, and axe-core finds no violation there either', async () => {
    await panel.getByRole('button', { name: 'End meeting' }).click();
    const confirm = panel.getByRole('button', { name: 'Yes, end the meeting' });
    await confirm.waitFor();
    expect(await runAxe(panel)).toEqual([]);
    expect(await confirm.evaluate((button) => button === document.activeElement)).toBe(true);
    await confirm.click();
    // The panel sums the meeting up; its notes open in a tab of their own (notes.html).
    const open = panel.getByRole('button', { name: 'Open the notes' });
    await open.waitFor();
    expect(await runAxe(panel)).toEqual([]);
    const [page] = await Promise.all([launched.context.waitForEvent('page'), open.click()]);
    const notes = page.getByTitle('Preview of the notes in English');
    await expect.poll(async () => (await notes.getAttribute('srcdoc')) ?? '', { timeout: 10_000 }).toContain(WEBINAR_TITLE);
    expect(await notes.getAttribute('srcdoc')).toContain('Notes are published in both official languages.');
    expect(await notes.getAttribute('srcdoc')).not.toContain('Department sends the draft.');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('speaks French when the settings say so', async () => {
    await launched.sw.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({
        settings: { version: 1, ledgerUrl: '', token: '', displayName: '', language: 'fr' },
      }),
    );
    await panel.getByRole('button', { name: 'Nouvelle réunion' }).click();
    await panel.getByRole('button', { name: 'Commencer la réunion' }).waitFor();
    await panel.getByLabel('Titre de la réunion').fill('Réunion du Forum');
    await panel.getByRole('button', { name: 'Commencer la réunion' }).click();
    for (const name of ['Décision', 'Mesure de suivi', 'Accord', 'Désaccord', 'Question', 'Note']) {
      await panel.getByRole('button', { name, exact: true }).waitFor();
    }
    await panel.getByLabel('Ce qui a été dit ou décidé').press('Alt+3');
    await panel.getByRole('list', { name: 'Annotations' }).getByText('Accord').waitFor();
    expect(await runAxe(panel)).toEqual([]);
  });
});
