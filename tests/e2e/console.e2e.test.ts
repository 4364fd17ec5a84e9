import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleFixture, consoleFixture } from '../apps-script/console/console-fixture.ts';
import { proposalEvents } from '../apps-script/console/console-seed.ts';
import { addMember } from '../support/ledger-fixture.ts';
import { ensureLedgerBundle, LEDGER_BUNDLE } from '../support/ledger-bundle.ts';
import { openAppsScriptPage } from './support/apps-script-page.ts';
import { furnishedLedger } from './support/furnished-ledger.ts';
import { runAxe } from './support/axe.ts';

// The coordinator console as Google would serve it: the built Console.html in real Chromium, its
// google.script.run calls answered by the real bundle's console functions on the Google doubles.
const HTML = path.join(path.dirname(LEDGER_BUNDLE), 'Console.html');
let browser: Browser;

beforeAll(async () => {
  await ensureLedgerBundle(); // builds Code.js and Console.html together when a source is newer
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function open(f: ConsoleFixture, height = 900, locale = 'en-CA'): Promise<Page> {
  // The browser's own locale draws the date pickers; a French-speaking coordinator's is fr-CA.
  const context = await browser.newContext({ reducedMotion: 'reduce', locale });
  const page = await openAppsScriptPage(context, HTML, (name, args) => f.call(name, ...args), { width: 300, height });
  await page.getByRole('tablist').waitFor();
  return page;
}

const events = (f: ConsoleFixture, token: string) => f.events(token);

/** The guide's pictures: always under .output/, and into docs/images with UPDATE_SCREENSHOTS=1. */
async function screenshot(page: Page, name: string): Promise<void> {
  const shot = await page.screenshot({ path: path.resolve(`.output/screenshots/${name}.png`), fullPage: true });
  if (process.env.UPDATE_SCREENSHOTS === '1') fs.writeFileSync(path.resolve(`docs/images/${name}.png`), shot);
}

describe('coordinator console in Chromium', () => {
  it('issues the coordinator’s own token by mouse, shows it once, and lists the member', async () => {
    const f = await consoleFixture();
    const page = await open(f);
    await page.getByText('The console does not know which coordinator you are yet.', { exact: false }).waitFor();
    await page.getByLabel('Name').click();
    await page.keyboard.type('Marc Gagnon');
    await page.getByLabel('Organisation').click();
    await page.keyboard.type('Treasury Board Secretariat');
    await page.getByRole('radio', { name: 'Government' }).click();
    await page.getByRole('checkbox', { name: /^Coordinator/ }).click();
    await page.getByRole('checkbox', { name: /^Attendee/ }).click();
    await page.getByRole('checkbox', { name: /^This is me/ }).click();
    await page.getByRole('button', { name: 'Issue token' }).click();
    const token = page.getByRole('textbox', { name: 'Token for Marc Gagnon (shown once)' });
    await token.waitFor();
    const value = await token.inputValue();
    expect(value).toMatch(/^[0-9a-f]{64}$/);
    await expect(page.getByText('The token is shown only once.', { exact: false }).first().isVisible()).resolves.toBe(true);
    expect(f.post({ v: 1, op: 'whoami', token: value })).toMatchObject({ ok: true, member: { name: 'Marc Gagnon', roles: ['coordinator', 'attendee'] } });
    await page.getByText('Recording as Marc Gagnon (Government)').waitFor();
    await page.getByRole('list').getByText('Marc Gagnon (you)').waitFor();
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await expect(token.count()).resolves.toBe(0);
    await page.context().close();
  }, 60_000);

  it('refuses a token form without a side, says why, and stores nothing; then revokes a member after confirmation by keyboard', async () => {
    const f = await consoleFixture();
    f.issueMe();
    const ann = addMember(f.world, { name: 'Ann Lee', org: 'Open North', side: 'csn', roles: ['attendee'] });
    const page = await open(f);
    await page.getByLabel('Name').fill('Zoé Roy');
    await page.getByRole('checkbox', { name: /^Drafter/ }).check();
    await page.getByRole('button', { name: 'Issue token' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Side: Choose the member’s side.').waitFor();
    expect(f.membersRows()).toHaveLength(3);
    await expect(page.getByLabel('Name').inputValue()).resolves.toBe('Zoé Roy'); // nothing typed is lost

    await page.getByRole('button', { name: 'Revoke Ann Lee' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, revoke' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Ann Lee can no longer write to the ledger.').waitFor();
    expect(f.post({ v: 1, op: 'whoami', token: ann.token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await page.context().close();
  }, 60_000);

  it('proposes the procedure by keyboard alone, shows R17 until both signatories agree, then shows it agreed', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const gov = addMember(f.world, { name: 'Gov Signatory', side: 'government', roles: ['gov_signatory'] });
    const csn = addMember(f.world, { name: 'CSN Signatory', org: 'Open North', side: 'csn', roles: ['csn_signatory'] });
    const page = await open(f);
    // Tabs by arrow keys, then every field by Tab.
    await page.getByRole('tab', { name: 'Members' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Procedure' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByText('Rule R17: both sides must agree this procedure before drafting starts.', { exact: false }).waitFor();
    await page.keyboard.press('Tab'); // out of the tab list, into the panel's first field
    for (const text of ['Deputy Minister, Treasury Board Secretariat', 'Sous-ministre, Secrétariat du Conseil du Trésor', '0']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    for (const text of ['CSN steering committee', 'Comité directeur du Réseau', '14', 'By consensus of the co-chairs.', 'Par consensus de la coprésidence.']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Minimum review days must be a whole number from 1 to 365.', { exact: false }).waitFor();
    expect(events(f, me).filter((e) => e.type === 'procedure.agreed')).toHaveLength(0);
    await page.getByLabel('Minimum review days').first().fill('10');
    await page.getByLabel('Minimum review days').first().press('Enter');
    await page.getByText('Saved in the ledger.').waitFor();
    expect(events(f, me).filter((e) => e.type === 'procedure.agreed').map((e) => (e.payload as { procedure: { state: string } }).procedure.state)).toEqual(['draft']);

    const govForm = page.getByRole('form', { name: 'Record agreement for the government' });
    await govForm.getByLabel(/Signatory’s member token/).fill('0'.repeat(64));
    await govForm.getByRole('button').click();
    await govForm.getByRole('alert').getByText('That member token was not recognised (or it was revoked).', { exact: false }).waitFor();
    await govForm.getByLabel(/Signatory’s member token/).fill(gov.token);
    await govForm.getByRole('button').click();
    await page.getByText('Government: agreed by Gov Signatory on', { exact: false }).waitFor();
    const csnForm = page.getByRole('form', { name: 'Record agreement for the civil society network' });
    await csnForm.getByLabel(/Signatory’s member token/).fill(csn.token);
    await csnForm.getByLabel(/Signatory’s member token/).press('Enter');
    await page.getByText('Agreed by both sides on', { exact: false }).waitFor();
    await expect(page.getByText('Rule R17', { exact: false }).count()).resolves.toBe(0);
    await page.context().close();
  }, 90_000);

  it('saves the work plan by mouse; half a pair of dates is refused with the phase named and nothing stored', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const page = await open(f);
    await page.getByRole('tab', { name: 'Work plan' }).click();
    const planning = page.locator('details', { hasText: 'Planning and priority-setting' });
    await planning.getByLabel('Starts').fill('2026-09-01');
    await page.getByText('Drafting potential commitments').click();
    const drafting = page.locator('details', { hasText: 'Drafting potential commitments' });
    await drafting.getByLabel('Starts').fill('2026-11-01');
    await page.getByLabel('Government: people').fill('3');
    await page.getByLabel('Government: days a month').fill('40');
    await page.getByLabel('Civil society network: people').fill('2');
    await page.getByLabel('Civil society network: days a month').fill('12');
    await page.getByRole('button', { name: 'Save work plan' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Planning and priority-setting: give both a start and an end date, or neither.').waitFor();
    await alert.getByText('Drafting potential commitments: give both a start and an end date, or neither.').waitFor();
    await expect(planning.getByLabel('Ends').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(events(f, me)).toEqual([]);
    await planning.getByLabel('Ends').fill('2026-09-30');
    await drafting.getByLabel('Ends').fill('2027-01-31');
    await drafting.locator('fieldset', { hasText: 'Civil society network sign-off window' }).getByLabel('Opens').fill('2027-01-04');
    await drafting.locator('fieldset', { hasText: 'Civil society network sign-off window' }).getByLabel('Closes').fill('2027-01-08');
    await page.getByRole('button', { name: 'Save work plan' }).click();
    await page.getByText('Saved in the ledger.').waitFor();
    const [saved] = events(f, me).filter((e) => e.type === 'workplan.updated');
    expect((saved!.payload as { workplan: { phases: unknown[] } }).workplan.phases).toHaveLength(2);
    // The rules beside the plan: no procedure agreed though drafting has started, and a CSN window shorter than none agreed.
    await page.getByText('R17', { exact: true }).first().waitFor();
    await page.context().close();
  }, 60_000);

  it('records a disposition: French missing is refused, then saved with both; coverage follows', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const attendee = addMember(f.world, { name: 'Webinar attendee', side: 'csn', roles: ['attendee'] });
    f.post({ v: 1, op: 'append', token: attendee.token, events: proposalEvents() });
    const page = await open(f);
    await page.getByRole('tab', { name: 'Proposals' }).click();
    await page.getByText('No proposal needs a reasoned response so far (all are pending or adopted).').waitFor();
    await page.getByText('Online idea board · submitter not named').waitFor();
    await page.getByRole('button', { name: /^Record disposition: Lead a common approach/ }).click();
    const form = page.getByRole('form', { name: /^Disposition of/ });
    await form.getByLabel('Disposition').selectOption({ label: 'Deferred to the next plan' });
    await form.getByLabel('Reasoned response, in English').fill('Reporting by provinces is outside federal jurisdiction for this plan.');
    await form.getByRole('button', { name: 'Save disposition' }).click();
    await form.getByRole('alert').getByText('Reasoned response, in French: A proposal that is not fully adopted needs its reasoned response in both English and French (R9, R6).').waitFor();
    expect(events(f, me).filter((e) => e.type === 'proposal.disposed')).toEqual([]);
    await form.getByLabel('Reasoned response, in French').fill('La déclaration par les provinces dépasse la compétence fédérale pour ce plan.');
    await form.getByRole('button', { name: 'Save disposition' }).click();
    await page.getByText('Reasoned responses: 1 of 1 proposals not adopted (100 %) have one in both languages.').waitFor();
    await page.getByText('Deferred to the next plan · Reasoned response in both languages').waitFor();
    expect(events(f, me).filter((e) => e.type === 'proposal.disposed')).toHaveLength(1);
    await page.context().close();
  }, 60_000);
});

describe('coordinator console verdict and dashboard in Chromium', () => {
  it('schedules a forum meeting with the suggested chair, refuses a bad link, and downloads the schedule as ICS', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const page = await open(f);
    await page.getByRole('tab', { name: 'Meetings' }).click();
    await page.getByText('Suggested by rotation (R18): Co-chaired').waitFor();
    await page.getByLabel('Title').fill('Multi-Stakeholder Forum, January');
    await page.getByLabel('Starts (your local time)').fill('2027-01-12T10:00');
    await page.getByLabel(/^Link to join remotely/).fill('meet.example.org/msf');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByRole('alert').getByText(/^Link to join remotely/).waitFor();
    expect(events(f, me).filter((e) => e.type === 'meeting.scheduled')).toEqual([]);
    await page.getByLabel(/^Link to join remotely/).fill('https://meet.example.org/msf');
    await page.getByLabel('Chaired by').selectOption({ label: 'Chaired by government' });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByText('Saved in the ledger.').waitFor();
    await page.getByText('Suggested by rotation (R18): Chaired by the civil society network').waitFor();
    await page.getByText('Multi-Stakeholder Forum, January').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the schedule (ICS)' }).click()]);
    expect(download.suggestedFilename()).toBe('cocreate-meetings.ics');
    const ics = fs.readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('SUMMARY:Multi-Stakeholder Forum\\, January');
    await page.context().close();
  }, 60_000);

  it('seeds the registry with the 26 signatories and edits one entry by mouse; coverage follows', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const page = await open(f);
    await page.getByRole('tab', { name: 'Stakeholders' }).click();
    await page.getByRole('button', { name: 'Add the 26 signatories of the letter of intent' }).click();
    await page.getByText('0 of 26 entries (0 %) were recruited by targeted outreach.').waitFor();
    await page.getByRole('button', { name: 'Edit Open North' }).click();
    const form = page.getByRole('form', { name: 'Edit Open North' });
    await form.getByLabel('Sector').selectOption({ label: 'Civil society' });
    await form.getByLabel('Region').selectOption({ label: 'Quebec' });
    await form.getByLabel('How they were recruited').selectOption({ label: 'Targeted outreach' });
    await form.getByLabel('Policy areas, separated by commas').fill('Open Data, Civic Space');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await page.getByText('1 of 26 entries (4 %) were recruited by targeted outreach.').waitFor();
    await page.getByText('Civil society · Quebec · Targeted outreach · Open Data, Civic Space').waitFor();
    expect(events(f, me).filter((e) => e.type === 'stakeholder.upserted')).toHaveLength(27);
    await page.context().close();
  }, 60_000);

  it('issues the verdict with a CSN signatory’s token; without French it is refused and nothing stored', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const csn = addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['csn_signatory'] });
    const page = await open(f);
    await page.getByRole('tab', { name: 'Verdict' }).click();
    await page.getByRole('group', { name: 'Chairs alternated' }).getByLabel('Assessment').selectOption({ label: 'Conditions partly met' });
    await page.getByLabel('Overall verdict').selectOption({ label: 'Conditions partly met' });
    await page.getByLabel('Rationale, in English').fill('Chairing did not alternate in the spring.');
    await page.getByLabel(/CSN signatory’s member token/).fill(csn.token);
    await page.getByRole('button', { name: 'Issue the verdict' }).click();
    await page.getByRole('alert').getByText('Rationale, in French: The verdict is published: give its rationale in both English and French.').waitFor();
    expect(events(f, me).filter((e) => e.type === 'verdict.issued')).toEqual([]);
    await page.getByLabel('Rationale, in French').fill('La présidence n’a pas alterné au printemps.');
    await page.getByLabel(/CSN signatory’s member token/).fill(csn.token);
    await page.getByRole('button', { name: 'Issue the verdict' }).click();
    await page.getByText('Verdict issued on', { exact: false }).waitFor();
    const [issued] = events(f, me).filter((e) => e.type === 'verdict.issued');
    expect(issued!.actor.name).toBe('Zoé Roy');
    await page.context().close();
  }, 60_000);

  it('turns the weekly email on and off by keyboard; it is off until then', async () => {
    const f = await consoleFixture();
    f.issueMe();
    const page = await open(f);
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const box = page.getByRole('checkbox', { name: 'Email this to the coordinators every Monday morning' });
    await expect(box.isChecked()).resolves.toBe(false);
    await box.focus();
    await page.keyboard.press('Space');
    await page.getByText('The weekly email is on.').waitFor();
    expect(f.world.triggers.map((t) => [t.handler, t.weekDay, t.hour])).toEqual([['sendWeeklyDigest', 'MONDAY', 8]]);
    await expect(box.isChecked()).resolves.toBe(true);
    await page.keyboard.press('Space');
    await page.getByText('The weekly email is off.').waitFor();
    expect(f.world.triggers).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe.each([
  ['en', 'en', ['Members', 'Procedure', 'Work plan', 'Meetings', 'Proposals', 'Stakeholders', 'Verdict', 'Dashboard']],
  ['fr', 'fr_CA', ['Membres', 'Procédure', 'Plan de travail', 'Réunions', 'Propositions', 'Parties prenantes', 'Verdict', 'Tableau de bord']],
])('console in %s', (lang, locale, tabs) => {
  it('has no axe violations on any tab, and each tab is pictured for the guide', async () => {
    const f = await furnishedLedger(locale);
    const page = await open(f, 1400, lang === 'fr' ? 'fr-CA' : 'en-CA');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
    for (const [i, tab] of tabs.entries()) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').waitFor();
      const name = ['members', 'procedure', 'workplan', 'meetings', 'proposals', 'stakeholders', 'verdict', 'dashboard'][i]!;
      await screenshot(page, `console-${name}-${lang}`);
      // Closed sections too: axe reads what a coordinator can open.
      await page.locator('details').evaluateAll((all) => {
        for (const d of all) d.setAttribute('open', '');
      });
      expect(await runAxe(page), `${tab}`).toEqual([]);
    }
    await page.context().close();
  }, 120_000);
});
