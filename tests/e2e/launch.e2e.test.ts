import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromeGlobal, type LaunchedExtension, launchExtension } from './support/launch-extension';

describe('launchExtension', () => {
  let launched: LaunchedExtension;
  beforeAll(async () => {
    launched = await launchExtension();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('starts the built extension with its service worker and a Chrome extension id', async () => {
    expect(launched.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await launched.sw.evaluate(
      () => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest() as { manifest_version: number },
    );
    expect(manifest.manifest_version).toBe(3);
  });
});
