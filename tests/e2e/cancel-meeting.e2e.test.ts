import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../shared/ledger/event-catalogue.ts';
import { type ConsoleFixture, consoleFixture } from '../apps-script/console/console-fixture.ts';
import { ensureLedgerBundle, LEDGER_BUNDLE } from '../support/ledger-bundle.ts';
import { openAppsScriptPage } from './support/apps-script-page.ts';
import { runAxe } from './support/axe.ts';

// Cancelling a meeting from the console's Meetings tab: the built Console.html in real Chromium, its
// google.script.run calls answered by the real bundle on the Google doubles.
const HTML = path.join(path.dirname(LEDGER_BUNDLE), 'Console.html');
const MARCH = 'Multi-Stakeholder Forum, March';
const REASON = { en: 'Postponed: the draft plan is not ready for review.', fr: 'Reportée : l’ébauche du plan n’est pas prête pour l’examen.' };
let browser: Browser;

beforeAll(async () => {
  await ensureLedgerBundle();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function seeded(locale = 'en'): Promise<{ f: ConsoleFixture; me: string }> {
  const f = await consoleFixture({ locale });
  const me = f.issueMe();
  const forum = { title: MARCH, type: 'msf_regular', startsAt: '2027-03-09T15:00:00.000Z', endsAt: '2027-03-09T17:00:00.000Z', venueType: 'neutral', venueName: 'Ottawa Public Library, Main Branch', chairSide: 'csn' };
  expect(f.call('consoleScheduleMeeting', forum)).toMatchObject({ ok: true });
  return { f, me };
}

async function open(f: ConsoleFixture, lang: 'en' | 'fr' = 'en'): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce', locale: lang === 'fr' ? 'fr-CA' : 'en-CA', timezoneId: 'America/Toronto' });
  const page = await openAppsScriptPage(context, HTML, (name, args) => f.call(name, ...args), { width: 300, height: 1000 });
  await page.getByRole('tablist').waitFor();
  await page.getByRole('tab', { name: lang === 'fr' ? 'Réunions' : 'Meetings' }).click();
  await page.getByRole('tabpanel').waitFor();
  return page;
}

const cancellations = (f: ConsoleFixture, me: string) => f.events(me).filter((e) => e.type === 'meeting.cancelled') as Extract<StoredEvent, { type: 'meeting.cancelled' }>[];

async function screenshot(page: Page, name: string): Promise<void> {
  const shot = await page.screenshot({ path: path.resolve(`.output/screenshots/${name}.png`), fullPage: true });
  if (process.env.UPDATE_SCREENSHOTS === '1') fs.writeFileSync(path.resolve(`docs/images/${name}.png`), shot);
}

describe('Meetings tab: cancelling a scheduled meeting', () => {
  it('by mouse: refuses without the reasons, naming both, storing nothing; then cancels and shows the reason', async () => {
    const { f, me } = await seeded();
    const page = await open(f);
    await page.getByRole('button', { name: `Cancel ${MARCH}` }).click();
    const form = page.getByRole('form', { name: `Cancel meeting: ${MARCH}` });
    await form.getByRole('button', { name: 'Cancel this meeting' }).click();
    const alert = form.getByRole('alert');
    await alert.getByText('Reason (English): Say in English why the meeting is cancelled.').waitFor();
    await alert.getByText('Reason (French): Say in French why the meeting is cancelled.').waitFor();
    expect(cancellations(f, me)).toEqual([]);
    await form.getByLabel('Reason (English)').fill(REASON.en);
    await form.getByLabel('Reason (French)').fill(REASON.fr);
    await form.getByRole('button', { name: 'Cancel this meeting' }).click();
    await page.getByText(`Cancelled: ${REASON.en}`).waitFor();
    expect(cancellations(f, me).map((e) => e.payload)).toEqual([{ meetingId: expect.any(String), reason: REASON }]);
    // A cancelled meeting offers neither editing nor cancelling again.
    expect(await page.getByRole('button', { name: `Cancel ${MARCH}` }).count()).toBe(0);
    expect(await page.getByRole('button', { name: `Edit ${MARCH}` }).count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('by keyboard alone: the reason field takes the focus, Tab reaches the confirmation, Enter cancels; “Keep the meeting” stores nothing', async () => {
    const { f, me } = await seeded();
    const page = await open(f);
    await page.getByRole('button', { name: `Cancel ${MARCH}` }).focus();
    await page.keyboard.press('Enter');
    const reasonEn = page.getByLabel('Reason (English)');
    await expect.poll(() => reasonEn.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // Keep the meeting
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Cancel ${MARCH}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => reasonEn.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(cancellations(f, me)).toEqual([]);
    await page.keyboard.type(REASON.en);
    await page.keyboard.press('Tab');
    await page.keyboard.type(REASON.fr);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(`Cancelled: ${REASON.en}`).waitFor();
    expect(cancellations(f, me)).toHaveLength(1);
    await page.context().close();
  }, 60_000);

  it.each(['en', 'fr'] as const)('has no axe violations with the form open, refused and after cancelling (%s), and is pictured for the guide', async (lang) => {
    const { f } = await seeded(lang);
    const page = await open(f, lang);
    const text =
      lang === 'fr'
        ? { open: `Annuler ${MARCH}`, form: `Annuler la réunion : ${MARCH}`, confirm: 'Annuler cette réunion', en: 'Raison (anglais)', fr: 'Raison (français)', done: `Annulée : ${REASON.fr}` }
        : { open: `Cancel ${MARCH}`, form: `Cancel meeting: ${MARCH}`, confirm: 'Cancel this meeting', en: 'Reason (English)', fr: 'Reason (French)', done: `Cancelled: ${REASON.en}` };
    await page.getByRole('button', { name: text.open }).click();
    const form = page.getByRole('form', { name: text.form });
    await form.getByRole('button', { name: text.confirm }).click();
    await form.getByRole('alert').waitFor();
    await form.getByLabel(text.en).fill(REASON.en);
    expect(await runAxe(page)).toEqual([]);
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, `gate-cancel-form-${lang}`);
    await form.getByLabel(text.fr).fill(REASON.fr);
    await form.getByRole('button', { name: text.confirm }).click();
    await page.getByText(text.done).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, `gate-cancelled-${lang}`);
    await page.context().close();
  }, 60_000);
});
