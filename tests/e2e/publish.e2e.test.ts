import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../shared/ledger/event-catalogue.ts';
import { type ConsoleFixture, consoleFixture } from '../apps-script/console/console-fixture.ts';
import { NOTES_MEETING_ID, seedDraftedMeeting } from '../apps-script/console/notes-seed.ts';
import { ensureLedgerBundle, LEDGER_BUNDLE } from '../support/ledger-bundle.ts';
import { openAppsScriptPage } from './support/apps-script-page.ts';
import { runAxe } from './support/axe.ts';
import { installPickerStandIn } from './support/picker-stand-in.ts';

// The console's Meetings tab as Google would serve it: the built Console.html in real Chromium, its
// google.script.run calls answered by the real bundle on the Google doubles, the Google Picker by a
// stand-in that grants the folder chosen to the Drive double (drive.file).
const HTML = path.join(path.dirname(LEDGER_BUNDLE), 'Console.html');
let browser: Browser;

beforeAll(async () => {
  await ensureLedgerBundle();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

type Seeded = { f: ConsoleFixture; me: string; csnToken: string; folder: string };

async function seeded(locale = 'en'): Promise<Seeded> {
  const f = await consoleFixture({ locale });
  const me = f.issueMe();
  const { csnChair } = seedDraftedMeeting(f);
  const folder = f.world.drive.addFolder('MSF minutes 2027');
  f.world.drive.addFolder('Budget 2027');
  f.world.globals.PropertiesService.getScriptProperties().setProperties({ 'cocreate.picker.appId': '123456789012', 'cocreate.picker.apiKey': 'AIzaSyTestKeyForThePickerStandIn' });
  return { f, me, csnToken: csnChair.token, folder };
}

async function open(f: ConsoleFixture, lang: 'en' | 'fr' = 'en', height = 1000): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce', locale: lang === 'fr' ? 'fr-CA' : 'en-CA', timezoneId: 'America/Toronto' });
  await installPickerStandIn(context, () => f.world.drive.folders(), (id) => void f.world.drive.pick(id));
  const page = await openAppsScriptPage(context, HTML, (name, args) => f.call(name, ...args), { width: 300, height });
  await page.getByRole('tablist').waitFor();
  await page.getByRole('tab', { name: lang === 'fr' ? 'Réunions' : 'Meetings' }).click();
  await page.getByRole('tabpanel').waitFor();
  return page;
}

const ofType = <T extends StoredEvent['type']>(f: ConsoleFixture, me: string, type: T) => f.events(me).filter((e) => e.type === type) as Extract<StoredEvent, { type: T }>[];

async function screenshot(page: Page, name: string): Promise<void> {
  const shot = await page.screenshot({ path: path.resolve(`.output/screenshots/${name}.png`), fullPage: true });
  if (process.env.UPDATE_SCREENSHOTS === '1') fs.writeFileSync(path.resolve(`docs/images/${name}.png`), shot);
}

describe('Meetings tab: editing a scheduled meeting', () => {
  it('edits the note-taker’s meeting by keyboard; an emptied title is refused with nothing stored and nothing typed lost', async () => {
    const { f, me } = await seeded();
    const page = await open(f);
    await page.getByRole('button', { name: 'Edit Multi-Stakeholder Forum, January' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Edit meeting: Multi-Stakeholder Forum, January' }).waitFor();
    const title = page.getByLabel('Title');
    // Focus moves to the form on the next frame: wait for it, never for a time.
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    // The stored times show in the coordinator's own zone (Toronto: 15:00 UTC is 10:00).
    await expect(page.getByLabel('Starts (your local time)').inputValue()).resolves.toBe('2027-01-12T10:00');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Title:', { exact: false }).waitFor();
    expect(ofType(f, me, 'meeting.updated')).toEqual([]);
    await expect(page.getByLabel('Starts (your local time)').inputValue()).resolves.toBe('2027-01-12T10:00');

    await title.focus();
    await page.keyboard.type('Multi-Stakeholder Forum, January (online)');
    await page.getByLabel('Venue', { exact: true }).focus();
    await page.keyboard.press('End'); // the last venue type: online only
    await page.getByLabel(/^Agenda/).focus();
    await page.keyboard.type('Terms of reference; work plan');
    await page.getByLabel('Chaired by').selectOption('government');
    await page.getByLabel(/^Agenda/).focus();
    await page.keyboard.press('Tab'); // to the chair select
    await page.keyboard.press('Tab'); // to Save changes
    await page.keyboard.press('Enter');
    await page.getByText('Saved in the ledger.').waitFor();
    await page.getByRole('heading', { name: 'Schedule a meeting' }).waitFor();
    const [updated] = ofType(f, me, 'meeting.updated');
    expect(updated!.payload.meeting).toMatchObject({ id: NOTES_MEETING_ID, title: 'Multi-Stakeholder Forum, January (online)', venueType: 'online_only', agenda: 'Terms of reference; work plan', chairSide: 'government', startsAt: '2027-01-12T15:00:00.000Z' });
    await page.getByRole('button', { name: 'Edit Multi-Stakeholder Forum, January (online)' }).waitFor();
    await page.context().close();
  }, 60_000);
});

describe('Meetings tab: notes approved by both co-chairs, then published', () => {
  it('refuses to publish before both approve, records each co-chair’s approval, picks a folder and publishes by mouse', async () => {
    const { f, me, csnToken, folder } = await seeded();
    const page = await open(f);
    const notes = page.getByRole('article', { name: 'Multi-Stakeholder Forum, January' });
    await notes.getByText('Draft sent by Gail Davidson on', { exact: false }).waitFor();
    await notes.getByText('Government: not approved yet').waitFor();

    // Publishing now is refused, naming both sides; no Doc is made.
    await notes.getByRole('button', { name: 'Publish to Google Docs' }).click();
    await notes.getByRole('alert').getByText('Still missing: Government and Civil society network.', { exact: false }).waitFor();
    expect(f.world.drive.filesIn(folder)).toEqual([]);

    // The government co-chair approves as themselves; a wrong token for the CSN is refused.
    await notes.getByRole('form', { name: 'Approve for the government' }).getByRole('button').click();
    await notes.getByText('Government: approved by Marc Gagnon on', { exact: false }).waitFor();
    const csnForm = notes.getByRole('form', { name: 'Approve for the civil society network' });
    await csnForm.getByLabel('Co-chair’s member token').fill('0'.repeat(64));
    await csnForm.getByRole('button').click();
    await csnForm.getByRole('alert').getByText('That member token was not recognised (or it was revoked).', { exact: false }).waitFor();
    expect(ofType(f, me, 'meeting.notes_approved').map((e) => e.actor.side)).toEqual(['government']);
    await csnForm.getByLabel('Co-chair’s member token').fill(csnToken);
    await csnForm.getByLabel('Co-chair’s member token').press('Enter');
    await notes.getByText('Civil society network: approved by Jean-Noé Landry on', { exact: false }).waitFor();

    // The folder is chosen in the Picker (folders only, in the coordinator's language, for this project).
    await page.getByRole('button', { name: 'Choose a folder in Google Drive' }).click();
    const picker = page.getByRole('dialog', { name: 'Folder for the Google Doc' });
    await picker.getByRole('button', { name: 'MSF minutes 2027' }).click();
    await page.getByText('Folder: MSF minutes 2027').waitFor();
    await expect(page.evaluate(() => (window as unknown as { __pickerConfig: object }).__pickerConfig)).resolves.toMatchObject({ viewId: 'folders', selectFolder: true, mimeTypes: 'application/vnd.google-apps.folder', appId: '123456789012', locale: 'en', token: expect.stringMatching(/^ya29\./) });

    await notes.getByRole('button', { name: 'Publish to Google Docs' }).click();
    await page.getByText('Published in Google Docs, with the chain head', { exact: false }).waitFor();
    const files = f.world.drive.filesIn(folder);
    expect(files).toHaveLength(1);
    const [record] = ofType(f, me, 'meeting.notes_published');
    expect(record!.payload.url).toBe(`https://docs.google.com/document/d/${files[0]!.id}/edit?usp=drivesdk`);
    const doc = await f.world.drive.openDocument(files[0]!.id);
    expect(doc.body.getText()).toContain(`Ledger chain head when these notes were prepared: ${record!.payload.headHash}`);
    expect(doc.body.getText()).toContain(`Published copy of these notes: ${record!.payload.url}`);
    await expect(page.getByRole('link', { name: 'Open the Google Doc' }).first().getAttribute('href')).resolves.toBe(record!.payload.url);

    await page.getByRole('tab', { name: 'Repository' }).click();
    await expect(page.getByRole('tabpanel').getByRole('link', { name: 'Multi-Stakeholder Forum, January' }).getAttribute('href')).resolves.toBe(record!.payload.url);
    await page.context().close();
  }, 90_000);
});

describe.each([
  ['en', { meetings: 'Meetings', repository: 'Repository', approvedGov: 'Government: approved by', read: 'Read the draft (French)', chooser: 'Choose a folder in Google Drive', folderDialog: 'Folder for the Google Doc', publish: 'Publish to Google Docs', published: 'Published in Google Docs', edit: 'Edit Multi-Stakeholder Forum, January' }],
  ['fr', { meetings: 'Réunions', repository: 'Répertoire', approvedGov: 'Gouvernement : approuvé par', read: 'Lire l’ébauche (français)', chooser: 'Choisir un dossier dans Google Drive', folderDialog: 'Dossier du Google Doc', publish: 'Publier dans Google Docs', published: 'Publié dans Google Docs', edit: 'Modifier Multi-Stakeholder Forum, January' }],
] as const)('Meetings tab in %s', (lang, text) => {
  it('has no axe violations while editing, reviewing and after publishing, and is pictured for the guide', async () => {
    const { f, csnToken } = await seeded(lang === 'fr' ? 'fr_CA' : 'en');
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'government' })).toMatchObject({ ok: true });
    const page = await open(f, lang, 1300);
    const notes = page.getByRole('article', { name: 'Multi-Stakeholder Forum, January' });
    await notes.getByText(text.approvedGov, { exact: false }).waitFor();
    await notes.getByText(text.read).click();
    await notes.locator('iframe').waitFor();
    await page.getByRole('heading', { name: lang === 'fr' ? 'Comptes rendus : approbation et publication' : 'Notes: approval and publication' }).scrollIntoViewIfNeeded();
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, `publish-notes-${lang}`);

    await page.getByRole('button', { name: text.edit }).click();
    await page.getByLabel(lang === 'fr' ? 'Titre' : 'Title').fill('');
    await page.getByRole('button', { name: lang === 'fr' ? 'Enregistrer les modifications' : 'Save changes' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await runAxe(page)).toEqual([]);
    await page.setViewportSize({ width: 300, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.resolve(`.output/screenshots/publish-edit-${lang}.png`) }).then((shot) => process.env.UPDATE_SCREENSHOTS === '1' && fs.writeFileSync(path.resolve(`docs/images/publish-edit-${lang}.png`), shot));
    await page.getByRole('button', { name: lang === 'fr' ? 'Annuler la modification' : 'Cancel editing' }).click();
    await page.setViewportSize({ width: 300, height: 1300 });

    const csnForm = notes.getByRole('form', { name: lang === 'fr' ? 'Approuver pour le Réseau de la société civile' : 'Approve for the civil society network' });
    await csnForm.getByRole('textbox').or(csnForm.locator('input[type=password]')).first().fill(csnToken);
    await csnForm.getByRole('button').click();
    await notes.getByRole('form', { name: lang === 'fr' ? 'Approuver pour le Réseau de la société civile' : 'Approve for the civil society network' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: text.chooser }).click();
    await page.getByRole('dialog', { name: text.folderDialog }).getByRole('button', { name: 'MSF minutes 2027' }).click();
    await expect(page.evaluate(() => (window as unknown as { __pickerConfig: { locale: string } }).__pickerConfig.locale)).resolves.toBe(lang === 'fr' ? 'fr-CA' : 'en');
    await notes.getByRole('button', { name: text.publish }).click();
    await page.getByText(text.published, { exact: false }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, `publish-published-${lang}`);

    await page.getByRole('tab', { name: text.repository }).click();
    await page.getByRole('tabpanel').getByRole('link').first().waitFor();
    expect(await runAxe(page)).toEqual([]);
    await page.setViewportSize({ width: 300, height: 400 });
    await screenshot(page, `publish-repository-${lang}`);
    await page.context().close();
  }, 120_000);
});
