import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../shared/ledger/event-catalogue.ts';
import { type ConsoleFixture, consoleFixture } from '../apps-script/console/console-fixture.ts';
import { ATLANTIC_SESSION } from '../apps-script/console/console-outreach-seed.ts';
import { addMember } from '../support/ledger-fixture.ts';
import { ensureLedgerBundle, LEDGER_BUNDLE } from '../support/ledger-bundle.ts';
import { DEFAULT_OWNER } from '../support/spreadsheet-app-double.ts';
import { openAppsScriptPage } from './support/apps-script-page.ts';
import { runAxe } from './support/axe.ts';

// The console's outreach log (Stakeholders tab) and the weekly email's recipients (Dashboard tab), in
// the built Console.html in real Chromium, answered by the real bundle on the Google doubles.
const HTML = path.join(path.dirname(LEDGER_BUNDLE), 'Console.html');
let browser: Browser;

beforeAll(async () => {
  await ensureLedgerBundle();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function open(f: ConsoleFixture, tab: string, locale = 'en-CA', height = 900): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce', locale });
  const page = await openAppsScriptPage(context, HTML, (name, args) => f.call(name, ...args), { width: 300, height });
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('tabpanel').waitFor();
  return page;
}

const outreach = (f: ConsoleFixture, token: string) => f.events(token).filter((e: StoredEvent) => e.type === 'outreach.logged');

/** The guide's pictures: always under .output/, and into docs/images with UPDATE_SCREENSHOTS=1 (as console.e2e.test.ts does). */
async function picture(page: Page, name: string): Promise<void> {
  const shot = await page.screenshot({ path: path.resolve(`.output/screenshots/console2-${name}.png`), fullPage: true });
  if (process.env.UPDATE_SCREENSHOTS === '1') fs.writeFileSync(path.resolve(`docs/images/console2-${name}.png`), shot);
}

describe('console outreach log in Chromium', () => {
  it('logs an outreach activity by mouse; the coverage beside it follows', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const page = await open(f, 'Stakeholders');
    await page.getByText('No outreach activity logged yet.').waitFor();
    await page.getByRole('button', { name: 'Log an outreach activity' }).click();
    const form = page.getByRole('form', { name: 'New outreach activity' });
    await form.getByLabel('Date').fill(ATLANTIC_SESSION.date);
    await form.getByLabel('Phase of the co-creation').selectOption({ label: 'Generating ideas for commitments' });
    await form.getByLabel('Channel').selectOption({ label: 'Online session' });
    await form.getByLabel('Kind of outreach').selectOption({ label: 'Targeted outreach' });
    await form.getByLabel('Who it was for').fill(ATLANTIC_SESSION.targetGroup);
    await form.getByLabel('Sector').selectOption({ label: 'Civil society' });
    await form.getByLabel('Region').selectOption('NS');
    await form.getByLabel('Language').selectOption({ label: 'English and French' });
    await form.getByLabel('Organisations reached, one per line').fill(ATLANTIC_SESSION.organisations);
    await form.getByLabel('People reached').fill('23');
    await form.getByLabel('Organisations new to the process').fill('1');
    await form.getByLabel('Accessibility measures (optional)').fill(ATLANTIC_SESSION.accessibilityMeasures);
    await form.getByLabel('Notes (optional)').fill(ATLANTIC_SESSION.notes);
    await form.getByRole('button', { name: 'Log activity' }).click();
    await page.getByText('Outreach activity logged.').waitFor();
    await page.getByText('Activities: 1, of which targeted outreach: 1 (100 %). People reached: 23. Organisations reached: 2.').waitFor();
    await page.getByText(`${ATLANTIC_SESSION.date} · Online session · Civil society organisations in Atlantic Canada`).waitFor();
    await picture(page, 'outreach-en');
    expect(await runAxe(page)).toEqual([]);
    expect(outreach(f, me).map((e) => e.payload)).toEqual([
      {
        activity: expect.objectContaining({ date: '2026-10-20', method: 'online_session', audienceSector: 'civil_society', audienceRegion: 'NS', language: 'bilingual', participantsReached: 23, newOrgsCount: 1, organisations: ['Right to Know Coalition of Nova Scotia', 'New Brunswick Social Policy Research Network'] }),
      },
    ]);
    await page.context().close();
  }, 60_000);

  it('refuses a bad form typed by keyboard, says why in each field, keeps what was typed, and stores nothing', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const page = await open(f, 'Stakeholders');
    const opener = page.getByRole('button', { name: 'Log an outreach activity' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'New outreach activity' });
    await form.getByLabel('People reached').focus();
    await page.keyboard.type('-3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('two');
    await page.keyboard.press('Enter'); // submits the form from a text box
    const alert = form.getByRole('alert');
    await alert.getByText('People reached: Enter a whole number, 0 or more.').waitFor();
    await alert.getByText('Organisations new to the process: Enter a whole number, 0 or more.').waitFor();
    await alert.getByText('Who it was for: This field is required.').waitFor();
    await expect(form.getByLabel('People reached').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.getByLabel('People reached').inputValue()).resolves.toBe('-3');
    expect(outreach(f, me)).toEqual([]);
    await picture(page, 'outreach-refused-en');
    expect(await runAxe(page)).toEqual([]);
    await page.context().close();
  }, 60_000);

});

describe('console weekly email recipients in Chromium', () => {
  it('lists only the coordinators; an address is refused or saved by keyboard; turned on, Monday’s email goes to them alone', async () => {
    const f = await consoleFixture();
    f.issueMe();
    addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['coordinator'] });
    addMember(f.world, { name: 'Ann Lee', org: 'Open Data Society of BC', side: 'csn', roles: ['attendee'] });
    const page = await open(f, 'Dashboard');
    const box = page.getByRole('checkbox', { name: 'Email this to the coordinators every Monday morning' });
    await expect(box.isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Email address of Ann Lee').count()).resolves.toBe(0); // not a coordinator
    const zoe = page.getByLabel('Email address of Zoé Roy');
    await zoe.focus();
    await page.keyboard.type('zoe.roy at opennorth');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Enter an email address such as name@example.org, or leave it empty.').waitFor();
    await expect(f.call<{ digestRecipients: Array<{ email?: string }> }>('consoleState').digestRecipients.some((r) => r.email)).toBe(false);
    await zoe.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('zoe.roy@opennorth.ca');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // the language select, from English to French
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Save for Zoé Roy"
    await page.getByText('Saved. Zoé Roy receives it at zoe.roy@opennorth.ca.').waitFor();
    await box.focus();
    await page.keyboard.press('Space');
    await page.getByText('The weekly email is on.').waitFor();
    expect(f.world.triggers.map((t) => [t.handler, t.weekDay, t.hour])).toEqual([['sendWeeklyDigest', 'MONDAY', 8]]);
    await expect(page.getByLabel('Email address of Marc Gagnon').inputValue()).resolves.toBe(''); // a coordinator without an address gets nothing
    f.call('sendWeeklyDigest');
    expect(f.world.outbox.map((m) => [m.to, m.subject])).toEqual([['zoe.roy@opennorth.ca', 'Registre Cocreate : rien à traiter cette semaine']]);
    await picture(page, 'dashboard-email-en');
    expect(await runAxe(page)).toEqual([]);
    await box.focus();
    await page.keyboard.press('Space');
    await page.getByText('The weekly email is off.').waitFor();
    expect(f.world.triggers).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('reads in French: the outreach log refuses a date to come, the Dashboard lists the owner’s address once turned on; axe finds nothing', async () => {
    const f = await consoleFixture({ locale: 'fr_CA' });
    const me = f.issueMe();
    addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['coordinator'] });
    f.call('consoleLogOutreach', ATLANTIC_SESSION);
    f.call('consoleSetWeeklyEmail', true); // nobody had an address: the owner's own is used for their record
    const page = await open(f, 'Parties prenantes', 'fr-CA');
    await page.getByText('Activités : 1, dont sensibilisation ciblée : 1 (100 %). Personnes jointes : 23. Organisations jointes : 2.').waitFor();
    await page.getByRole('button', { name: 'Consigner une activité de sensibilisation' }).click();
    const form = page.getByRole('form', { name: 'Nouvelle activité de sensibilisation' });
    await form.getByLabel('À qui elle s’adressait').fill('Organismes autochtones du Nord');
    await form.getByLabel('Date').fill('2999-01-01');
    await form.getByLabel('Personnes jointes').fill('12');
    await form.getByRole('button', { name: 'Consigner l’activité' }).click();
    await form.getByRole('alert').getByText('Date : Une activité est consignée une fois tenue', { exact: false }).waitFor();
    expect(outreach(f, me)).toHaveLength(1);
    await picture(page, 'outreach-fr');
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Tableau de bord' }).click();
    await page.getByRole('checkbox', { name: 'Envoyer ceci par courriel aux coordonnateurs chaque lundi matin' }).waitFor();
    await expect(page.getByLabel('Adresse courriel de Marc Gagnon').inputValue()).resolves.toBe(DEFAULT_OWNER);
    await expect(page.getByLabel('Langue du courriel à Marc Gagnon').inputValue()).resolves.toBe('fr');
    await expect(page.getByLabel('Adresse courriel de Zoé Roy').inputValue()).resolves.toBe('');
    await picture(page, 'dashboard-email-fr');
    expect(await runAxe(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
