import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoBrowser, openDemoBrowser } from '../../scripts/demo-browser';
import { serveDemoMeetingPage } from '../../scripts/demo-meeting-page';
import { type LedgerLocal, startLedgerLocal } from '../../scripts/ledger-local';
import { runAxe } from './support/axe';
import { type ChromeGlobal, EXTENSION_DIR, extensionUrl } from './support/launch-extension';

// The browser `npm start` opens where there is a display (scripts/demo-browser.ts), driven headless:
// Debian's Chromium with the built extension in a fresh profile, set up for the demo attendee of the
// seeded local ledger, on the demo meeting page; the side panel is connected to the ledger.
// Screenshots go to .output/screenshots/ (and docs/images/ with UPDATE_SCREENSHOTS=1).

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-demo-browser-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the browser npm start opens where there is a display (headless here)', () => {
  let ledger: LedgerLocal;
  let page: Awaited<ReturnType<typeof serveDemoMeetingPage>>;
  let browser: DemoBrowser;
  const shots = process.env.UPDATE_SCREENSHOTS === '1';
  const shoot = async (p: Page, name: string) => {
    const shot = await p.screenshot({ path: path.join(ROOT, `.output/screenshots/${name}.png`), fullPage: true });
    if (shots) fs.writeFileSync(path.join(ROOT, `docs/images/${name}.png`), shot);
  };

  const attendeeToken = () => ledger.demo!.summary!.members.find((m) => m.key === ledger.demo!.summary!.attendee)!.token;

  beforeAll(async () => {
    ledger = await startLedgerLocal({ port: 0, dataFile: path.join(dir, 'browser', 'ledger.json'), seed: 'demo' });
    const summary = ledger.demo!.summary!;
    page = await serveDemoMeetingPage({ port: 0, meeting: summary.nextMeeting, ledgerUrl: ledger.url, language: 'en' });
    const attendee = summary.members.find((m) => m.key === summary.attendee)!;
    browser = await openDemoBrowser({
      extensionDir: EXTENSION_DIR,
      profileDir: path.join(dir, 'profile'),
      ledgerUrl: ledger.url,
      token: attendee.token,
      member: attendee,
      language: 'en',
      pageUrl: page.url,
      headless: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await page?.close();
    await ledger?.close();
  });

  it('is on the demo meeting page, in both languages, and axe finds nothing there', async () => {
    const meeting = browser.context.pages().find((p) => p.url() === page.url)!;
    expect(meeting).toBeDefined();
    await meeting.getByRole('heading', { name: 'Cocreate demo meeting' }).waitFor();
    await meeting.getByRole('heading', { name: 'Réunion de démonstration Cocreate' }).waitFor();
    expect(await runAxe(meeting)).toEqual([]);
    await meeting.setViewportSize({ width: 1000, height: 640 });
    await shoot(meeting, 'demo-meeting-page');
  });

  // A loaded machine can make the first pull time out; the extension then retries on its own schedule, so
  // these wait for the state (commitments listed, up to date) for as long as that takes.
  it('has the options set for the demo attendee, and the side panel lists the demo’s commitments from the ledger', { timeout: 180_000 }, async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser.extensionId, 'options.html'));
    await expect.poll(() => options.getByLabel('Ledger address (web app URL)').inputValue(), { timeout: 20_000 }).toBe(ledger.url);
    expect(await options.getByLabel('Your name').inputValue()).toBe('Priya Raman');
    await options.close();

    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(extensionUrl(browser.extensionId, 'sidepanel.html'));
    await panel.getByLabel('Meeting title').fill('Multi-stakeholder forum: sign-off calendar');
    expect(await panel.getByLabel('Name of attendee 1').inputValue()).toBe('Priya Raman');
    await panel.getByRole('button', { name: 'Start meeting' }).click();
    const picker = panel.getByLabel('Commitment (optional)');
    // Only a connected panel knows these: they come from the ledger, pulled with the attendee's token.
    await expect
      .poll(() => picker.locator('option').allInnerTexts(), { timeout: 90_000 })
      .toEqual(expect.arrayContaining(['C01 — Climate Change and Sustainable Growth', 'C03 — Fiscal, Financial and Corporate Transparency', 'C05 — Open Data for Results']))
      .catch(async (error: unknown) => {
        const reply = await panel.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'ledger-commitments' }));
        throw new Error(`${String(error)}; the background answers now: ${JSON.stringify(reply).slice(0, 300)}; panel: ${((await panel.locator('body').textContent()) ?? '').slice(0, 600)}`);
      });
    // And the other way: the meeting just started reaches the ledger, written as the demo attendee.
    await panel.getByText('Up to date with the ledger.').waitFor({ timeout: 90_000 });
    const pulled = (await (await fetch(ledger.url, { method: 'POST', body: JSON.stringify({ v: 1, op: 'pull', token: attendeeToken(), since: 0, limit: 1000 }) })).json()) as {
      events: { type: string; actor: { name: string }; payload: { meeting?: { title: string } } }[];
    };
    expect(pulled.events.filter((e) => e.type === 'meeting.scheduled' && e.payload.meeting?.title === 'Multi-stakeholder forum: sign-off calendar').map((e) => e.actor.name)).toContain('Priya Raman');
    await picker.selectOption({ label: 'C01 — Climate Change and Sustainable Growth' });
    await shoot(panel, 'demo-side-panel-en');
  });

  it('opens in French for a French-speaking attendee, the panel connected too', { timeout: 180_000 }, async () => {
    const summary = ledger.demo!.summary!;
    const attendee = summary.members.find((m) => m.key === summary.attendee)!;
    const french = await openDemoBrowser({
      extensionDir: EXTENSION_DIR,
      profileDir: path.join(dir, 'profile-fr'),
      ledgerUrl: ledger.url,
      token: attendee.token,
      member: attendee,
      language: 'fr',
      pageUrl: page.url,
      headless: true,
    });
    try {
      const panel = await french.context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.goto(extensionUrl(french.extensionId, 'sidepanel.html'));
      await panel.getByLabel('Titre de la réunion').fill('Forum multipartite : calendrier d’approbation');
      await panel.getByRole('button', { name: 'Commencer la réunion' }).click();
      const picker = panel.getByLabel('Engagement (facultatif)');
      await expect.poll(() => picker.locator('option').allInnerTexts(), { timeout: 90_000 }).toEqual(expect.arrayContaining(['C01 — Changements climatiques et croissance durable']));
      await panel.getByText('À jour avec le registre.').waitFor({ timeout: 90_000 });
      expect(await runAxe(panel)).toEqual([]);
      await picker.selectOption({ label: 'C01 — Changements climatiques et croissance durable' });
      await shoot(panel, 'demo-side-panel-fr');
    } finally {
      await french.close();
    }
  });
});
