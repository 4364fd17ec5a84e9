import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerTransport } from '../../extension/adapters/ledger-client';
import { appendEvents, pullEvents } from '../../extension/services/ledger-calls';
import { commitmentVersionHash } from '../../shared/domain/commitment-version-hash';
import { commitment } from '../shared/domain/examples';
import { sha256 } from '../shared/ledger/events/digest';
import { type LedgerLocalProcess, startLedgerLocalProcess } from '../extension/services/ledger-local-process';
import { runAxe } from './support/axe';
import { type ChromeGlobal, extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';
import { readStore } from './support/read-store';
import { type FixtureSite, serveFixturePages } from './support/serve-fixture-pages';
import { WEBINAR_HTML } from './support/webinar-page';

// Issue #12 end to end, in Chromium with the built extension and the local ledger (the real web app
// bundle): a forum meeting with annotations by two speakers on two commitments, corrected, ended,
// the notes downloaded in English and French and opened, the draft sent for review, the schedule
// read back by ical.js. Screenshots go to .output/screenshots/ (and docs/images/ with UPDATE_SCREENSHOTS=1).

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
// The second commitment: "Open science" is a commitment of Canada's 2022–2024 National Action Plan on
// Open Government (open.canada.ca); the first is the domain example's "Open data for results".
const openScience = { ...commitment, id: uuid(20), code: 'C02', title: { en: 'Open science', fr: 'Science ouverte' } };

type Row = { id: string; kind: string; text: string; deleted: boolean; speaker?: { side?: string; name?: string }; commitmentId?: string; translation?: string; actionStatus?: string };

function shoot(page: Page, name: string) {
  return page.screenshot({ path: path.resolve(`.output/screenshots/${name}.png`), fullPage: true }).then((shot) => {
    if (process.env.UPDATE_SCREENSHOTS === '1') fs.writeFileSync(path.resolve(`docs/images/${name}.png`), shot);
  });
}

async function saved(download: Promise<Download>): Promise<{ name: string; text: string; file: string }> {
  const done = await download;
  // Playwright keeps a download under a random name: save it under its own, so it opens as HTML.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-notes-')), done.suggestedFilename());
  await done.saveAs(file);
  return { name: done.suggestedFilename(), text: fs.readFileSync(file, 'utf8'), file };
}

describe('meeting notes a secretariat would publish', () => {
  let ledger: LedgerLocalProcess;
  let launched: LaunchedExtension;
  let server: FixtureSite;
  let panel: Page;
  // The notes page (notes.html?meeting=<id>), opened from the panel once the meeting ended.
  let notes: Page;
  const connection = () => ({ transport: createLedgerTransport(), ledgerUrl: ledger.url, token: ledger.token });

  beforeAll(async () => {
    // The browser's clock is in Ottawa, as a forum's would be: the notes print Eastern time.
    process.env.TZ = 'America/Toronto';
    ledger = await startLedgerLocalProcess();
    const appended = await appendEvents(connection(), [
      { v: 1, id: uuid(1), type: 'commitment.upserted', at: '2026-11-20T10:00:00.000Z', source: 'docs', payload: { commitment, versionHash: commitmentVersionHash(commitment, sha256) } },
      { v: 1, id: uuid(2), type: 'commitment.upserted', at: '2026-11-20T10:00:00.000Z', source: 'docs', payload: { commitment: openScience, versionHash: commitmentVersionHash(openScience, sha256) } },
    ]);
    if (appended.kind !== 'ok' || appended.results.some((result) => result.status !== 'accepted')) throw new Error(`seeding failed: ${JSON.stringify(appended)}`);
    launched = await launchExtension();
    server = await serveFixturePages(launched.context, { '/webinar': WEBINAR_HTML });
    // Settings as an older release saved them, token in storage.local: the extension moves it out.
    await launched.sw.evaluate(
      ({ ledgerUrl, token }) =>
        (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({
          settings: { version: 1, ledgerUrl, token, displayName: 'Nadia Writer', side: 'government', language: 'en' },
        }),
      { ledgerUrl: ledger.url, token: ledger.token },
    );
  });
  afterAll(async () => {
    await server?.close();
    await launched?.close();
    await ledger?.dispose();
  });

  it('takes the member token out of storage.local, where content scripts can read it, and still syncs with it', async () => {
    const webinar = await launched.context.newPage();
    await webinar.goto(server.url('/webinar'));
    panel = await launched.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    await panel.getByLabel('Meeting title').waitFor();
    const local = await launched.sw.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(null));
    await expect.poll(async () => JSON.stringify(await launched.sw.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(null)))).not.toContain(ledger.token);
    expect(JSON.stringify(local)).toContain('"version":2');
    // The token's store lives under the extension's origin; a meeting page (and the content script
    // running in it, which shares the page's storage) sees no such database.
    const names = (pageOrPanel: Page) => pageOrPanel.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(await names(panel)).toContain('cocreate-private');
    expect(await names(webinar)).not.toContain('cocreate-private');
  });

  it('records two speakers on two commitments, with the remote link from the page and the clock in view', async () => {
    // The webinar tab pushes its context: its title and address fill the form.
    await expect.poll(() => panel.getByLabel('Remote link').inputValue(), { timeout: 10_000 }).toBe('https://meet.jit.si/webinar');
    await panel.getByLabel('Meeting title').fill('Multi-stakeholder forum, December');
    await panel.getByLabel('In the notes').selectOption('by_name');
    await panel.getByLabel('Name of attendee 1').fill('Alex Chen');
    await panel.getByRole('button', { name: 'Add attendee' }).click();
    await panel.getByLabel('Name of attendee 2').fill('Zoé Roy');
    await panel.getByRole('button', { name: 'Start meeting' }).click();

    const text = panel.getByLabel('What was said or decided');
    await text.waitFor();
    await panel.getByRole('timer', { name: 'Time in meeting' }).waitFor();
    const picker = panel.getByLabel('Commitment (optional)');
    await expect.poll(() => picker.locator('option').allInnerTexts(), { timeout: 20_000 }).toContain('C02 — Open science');

    await text.press('Alt+7');
    await panel.getByLabel('Speaker’s name (optional)').fill('Alex Chen');
    await picker.selectOption({ label: 'C01 — Open data for results' });
    await text.fill('Publish the data inventory by March');
    await text.press('Alt+1');
    await expect.poll(() => picker.inputValue()).toBe('');

    await text.press('Alt+8');
    await panel.getByLabel('Speaker’s name (optional)').fill('Zoé Roy');
    await picker.selectOption({ label: 'C02 — Open science' });
    await text.fill('Six weeks of consultation is too short');
    await text.press('Alt+4');

    await text.press('Alt+7');
    await picker.selectOption({ label: 'C02 — Open science' });
    await text.fill('Six weeks is what the policy allows');
    await text.press('Alt+4');

    await panel.getByLabel('Owner (for actions)').fill('TBS');
    await text.fill('Circulate the revised text');
    await text.press('Alt+2');
    const list = panel.getByRole('list', { name: 'Annotations' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(4);
    expect(await list.innerText()).toContain('Zoé Roy (Civil society network) spoke');
    expect(await list.innerText()).toContain('About C02 — Open science');
    await shoot(panel, 'notes-sidepanel-en');
    expect(await runAxe(panel)).toEqual([]);

    const rows = await readStore<Row>(panel, 'annotations');
    expect(rows.map((row) => [row.kind, row.speaker?.side, row.speaker?.name, row.commitmentId]).sort()).toEqual(
      [
        ['action', undefined, undefined, undefined],
        ['decision', 'government', 'Alex Chen', commitment.id],
        ['disagreement', 'csn', 'Zoé Roy', openScience.id],
        ['disagreement', 'government', undefined, openScience.id],
      ].sort(),
    );
  });

  it('corrects the notes after the meeting ended, and sends the draft to the coordinators', async () => {
    await panel.getByRole('button', { name: 'End meeting' }).click();
    await panel.getByRole('button', { name: 'Yes, end the meeting' }).click();
    // The panel sums the meeting up and opens its notes in a tab, where the editor has the full width.
    await panel.getByText('Multi-stakeholder forum, December — annotations recorded: 4.').waitFor();
    [notes] = await Promise.all([launched.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open the notes' }).click()]);
    await notes.setViewportSize({ width: 1100, height: 1000 });
    await notes.waitForLoadState();
    expect(new URL(notes.url()).pathname).toBe('/notes.html');
    await notes.getByText('Draft: not yet sent to the coordinators.').waitFor();
    await notes.getByRole('button', { name: /^Edit the Decision at / }).click();
    await notes.getByRole('list', { name: 'Correct the notes' }).getByLabel('What was said or decided').fill('Publish the complete data inventory by March');
    await notes.getByLabel('Translation into French').fill('Publier l’inventaire complet des données d’ici mars');
    await notes.getByRole('button', { name: 'Save changes' }).click();
    await notes.getByText('Publish the complete data inventory by March').waitFor();
    await notes.getByRole('button', { name: /^Edit the Action at / }).click();
    await notes.locator('select[id^="edit-status-"]').selectOption('done');
    await notes.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await readStore<Row>(panel, 'annotations')).find((row) => row.kind === 'action')?.actionStatus).toBe('done');

    await notes.getByRole('button', { name: 'Send the draft to the coordinators' }).click();
    // Sent, synced, then read back from the ledger's views: "in review".
    await notes.getByText('In review by the coordinators.').waitFor({ timeout: 30_000 });
    const pulled = await pullEvents(connection(), 0);
    if (pulled.kind !== 'ok') throw new Error('pull failed');
    const drafted = pulled.events.filter((event) => event.type === 'meeting.notes_drafted');
    expect(drafted).toHaveLength(1);
    expect(drafted[0]!.payload).toMatchObject({ attribution: 'name', languages: ['en', 'fr'] });
    expect((drafted[0]!.payload as { annotationIds: string[] }).annotationIds).toHaveLength(4);
    expect(pulled.events.filter((event) => event.type === 'annotation.updated')).toHaveLength(2);
    await shoot(notes, 'notes-page-en');
    expect(await runAxe(notes)).toEqual([]);
    await shoot(panel, 'notes-panel-en');
    expect(await runAxe(panel)).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('downloads the notes in %s, which open as a styled, accessible page', async (language) => {
    await notes.getByLabel('Language of the notes').selectOption(language);
    const html = await saved(Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: 'Download HTML' }).click()]).then(([download]) => download));
    expect(html.name).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}-multi-stakeholder-forum-december-${language}\\.html$`));
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.goto(`file://${html.file}`);
    // French sets a non-breaking space before the colon.
    const body = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    if (language === 'en') {
      expect(body).toContain('Alex Chen (Government): Publish the complete data inventory by March');
      expect(body).toContain('On commitment C01 — Open data for results');
      expect(body).toContain('Civil society network’s position');
      expect(body).not.toContain('Nadia Writer');
    } else {
      expect(body).toContain('Alex Chen (Gouvernement) : Publier l’inventaire complet des données d’ici mars');
      expect(body).toContain('Sur l’engagement C02 — Science ouverte');
      expect(body).toContain('Position du Réseau de la société civile');
      // Not translated yet: shown as written, in English, and flagged.
      expect(body).toContain('Six weeks of consultation is too short');
      expect(body).toContain('En anglais, traduction à venir');
      expect(await page.locator('[lang="en"]', { hasText: 'Six weeks of consultation is too short' }).count()).toBe(1);
    }
    expect(await page.locator('td.status-done').count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('td')!).borderTopStyle)).toBe('solid');
    expect(await runAxe(page)).toEqual([]);
    await shoot(page, `notes-html-${language}`);
    expect(body).toContain(language === 'en' ? '(EST)' : '(HNE)');
    await page.close();
  });

  it('downloads a schedule that ical.js reads, ending when the meeting ended', async () => {
    const ics = await saved(
      Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: /meeting schedule \(ICS\)|calendrier des réunions \(ICS\)/ }).click()]).then(([d]) => d),
    );
    const meetings = await readStore<{ startedAt: string; endedAt: string; meeting: { title: string } }>(panel, 'meetings');
    const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const event = events.find((candidate) => candidate.summary === 'Multi-stakeholder forum, December');
    expect(event?.endDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(meetings[0]!.endedAt) / 1000) * 1000);
    expect(event!.endDate.toJSDate().getTime() - event!.startDate.toJSDate().getTime()).toBeLessThan(60 * 60 * 1000);
  });

  it('speaks French: the panel while annotating, its summary and the notes page, with no axe violation', async () => {
    await launched.sw.evaluate(
      ({ ledgerUrl }) =>
        (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('settings').then((items) =>
          (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ settings: { ...(items.settings as object), ledgerUrl, language: 'fr' } }),
        ),
      { ledgerUrl: ledger.url },
    );
    await notes.getByRole('heading', { name: 'Ébauche des notes' }).waitFor();
    await notes.getByText('En révision par la coordination.').waitFor();
    await notes.getByRole('list', { name: 'Corriger les notes' }).waitFor();
    await shoot(notes, 'notes-page-fr');
    expect(await runAxe(notes)).toEqual([]);
    await panel.getByRole('heading', { name: 'Ébauche des notes' }).waitFor();
    await panel.getByRole('button', { name: 'Ouvrir les notes' }).waitFor();
    await shoot(panel, 'notes-panel-fr');
    expect(await runAxe(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Nouvelle réunion' }).click();
    await panel.getByRole('button', { name: /^Reprendre les participants de « Multi-stakeholder forum, December » \(2\)$/ }).click();
    await panel.getByText('2 participants ajoutés depuis la dernière réunion.').waitFor();
    await panel.getByLabel('Titre de la réunion').fill('Atelier de cocréation');
    await panel.getByRole('button', { name: 'Commencer la réunion' }).click();
    const text = panel.getByLabel('Ce qui a été dit ou décidé');
    await text.press('Alt+8');
    await text.fill('Le Réseau demande un délai de huit semaines');
    await text.press('Alt+6');
    await panel.getByRole('list', { name: 'Annotations' }).getByText('Le Réseau demande un délai de huit semaines').waitFor();
    await shoot(panel, 'notes-sidepanel-fr');
    expect(await runAxe(panel)).toEqual([]);
  });
});
