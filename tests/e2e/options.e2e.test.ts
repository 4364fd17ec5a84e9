import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';

// The options page in the real browser, without a ledger (no permission prompt, which a headless
// browser cannot answer): what is saved there reaches an open side panel at once.
describe('options page in Chromium', () => {
  let launched: LaunchedExtension;
  beforeAll(async () => {
    launched = await launchExtension();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('saves name, side and language, and the open side panel switches to French', async () => {
    const panel = await launched.context.newPage();
    await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    await panel.getByRole('button', { name: 'Start meeting' }).waitFor();

    const options = await launched.context.newPage();
    await options.goto(extensionUrl(launched.extensionId, 'options.html'));
    await options.getByLabel('Your name').fill('Zoé Roy');
    await options.getByLabel('Your side').selectOption('csn');
    await options.getByLabel('Language').selectOption('fr');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Enregistré.').waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');

    await panel.getByRole('button', { name: 'Commencer la réunion' }).waitFor();
    // A new meeting starts with the saved attendee and side.
    expect(await panel.getByLabel('Nom du participant 1').inputValue()).toBe('Zoé Roy');
    expect(await panel.getByLabel('Partie du participant 1').inputValue()).toBe('csn');
  });

  it('refuses an address that is not a ledger, in the page’s language, and keeps nothing', async () => {
    const options = await launched.context.newPage();
    await options.goto(extensionUrl(launched.extensionId, 'options.html'));
    await options.getByLabel('Adresse du registre (URL de l’application Web)').fill('ftp://example.org/ledger');
    await options.getByRole('button', { name: 'Enregistrer' }).click();
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Adresse du registre (URL de l’application Web) :');
    await options.reload();
    expect(await options.getByLabel('Adresse du registre (URL de l’application Web)').inputValue()).toBe('');
  });
});
