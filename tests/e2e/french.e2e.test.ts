import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { type ChromeGlobal, extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';

// Every page in French, as a French-speaking attendee sees it: language declared, axe-core clean,
// and reachable from the keyboard alone.
describe('the extension in French, in Chromium', () => {
  let launched: LaunchedExtension;
  beforeAll(async () => {
    launched = await launchExtension();
    await launched.sw.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({
        settings: { version: 1, ledgerUrl: '', token: '', displayName: 'Zoé Roy', side: 'csn', language: 'fr' },
      }),
    );
  });
  afterAll(async () => {
    await launched?.close();
  });

  it.each([
    ['options', 'options.html', 'Enregistrer'],
    ['popup', 'popup.html', 'Ouvrir le panneau latéral'],
    ['side panel (meeting setup)', 'sidepanel.html', 'Commencer la réunion'],
  ])('%s: declared French, and axe-core finds no violation', async (_name, file, button) => {
    const page = await launched.context.newPage();
    await page.goto(extensionUrl(launched.extensionId, file));
    await page.getByRole('button', { name: button }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('side panel: a meeting is set up, started and annotated with the keyboard alone', async () => {
    const page = await launched.context.newPage();
    await page.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    const title = page.getByLabel('Titre de la réunion');
    await title.waitFor();
    await title.focus();
    await page.keyboard.type('Forum de novembre');
    // Tab to the start button, counting steps so a trap or an unreachable button fails the test.
    let steps = 0;
    while (!(await page.evaluate(() => document.activeElement?.textContent === 'Commencer la réunion'))) {
      await page.keyboard.press('Tab');
      expect(++steps).toBeLessThan(40);
    }
    await page.keyboard.press('Enter');
    const text = page.getByLabel('Ce qui a été dit ou décidé');
    await text.waitFor();
    await text.focus();
    await page.keyboard.type('Le Forum se réunit tous les deux mois.');
    await page.keyboard.press('Alt+1');
    const list = page.getByRole('list', { name: 'Annotations' });
    await list.getByText('Le Forum se réunit tous les deux mois.').waitFor();
    expect(await list.getByRole('listitem').first().textContent()).toContain('Décision');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});
