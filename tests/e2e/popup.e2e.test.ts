import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';

describe('popup in Chromium with the built extension', () => {
  let launched: LaunchedExtension;
  beforeAll(async () => {
    launched = await launchExtension();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('"Open the side panel" opens the side panel and closes the popup', async () => {
    const popup = await launched.context.newPage();
    await popup.goto(extensionUrl(launched.extensionId, 'popup.html'));
    const open = popup.getByRole('button', { name: 'Open the side panel' });
    await open.waitFor();
    const watcher = await launched.context.newPage();
    const cdp = await launched.context.newCDPSession(watcher);
    const sidePanels = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((target) => target.url === extensionUrl(launched.extensionId, 'sidepanel.html'));
    expect(await sidePanels()).toEqual([]);
    const closed = popup.waitForEvent('close', { timeout: 10_000 });
    await open.click();
    await closed;
    await expect.poll(async () => (await sidePanels()).length, { timeout: 10_000 }).toBe(1);
  });
});
