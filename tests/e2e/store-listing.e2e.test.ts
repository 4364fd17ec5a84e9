import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStoreListing, justify } from '../../scripts/build-store-listing.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { runAxe } from './support/axe';

// What the stores ask for is produced by the build from the built manifests (issue 14 item 1).
const OUTPUT = path.resolve('.output');
const MANIFESTS = ['chrome-mv3', 'firefox-mv3'].map((dir) => [dir, JSON.parse(fs.readFileSync(path.join(OUTPUT, dir, 'manifest.json'), 'utf8'))] as const);

beforeAll(() => {
  buildStoreListing();
});

describe('the store listing', () => {
  it.each(MANIFESTS)('justifies every permission, host and content script of the built %s manifest', (_dir, manifest) => {
    const { justifications, missing } = justify(manifest);
    expect(missing).toEqual([]);
    const hosts = [...(manifest.optional_host_permissions ?? []), ...(manifest.host_permissions ?? [])];
    if (hosts.length > 0) expect(justifications.some((j) => j.key === 'store.permission.ledgerHosts')).toBe(true);
    const listed = justifications.map((j) => j.subject).join(' ');
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches as string[]) expect(listed).toContain(match.startsWith('https://docs.google.com/') ? match : match.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, ''));
    }
  });

  it.each(['en', 'fr'] as const)('fits the Chrome Web Store limits in %s (name 75, summary 132 characters)', (language) => {
    expect(translate('store.name', language).length).toBeLessThanOrEqual(75);
    expect(translate('store.summary', language).length).toBeLessThanOrEqual(132);
    const listing = fs.readFileSync(path.join(OUTPUT, 'store/chrome', `listing-${language}.md`), 'utf8');
    expect(listing).toContain(translate('store.singlePurpose', language));
  });

  it('writes policy templates that parse, with the ledger address pre-set through managed storage', () => {
    const chrome = JSON.parse(fs.readFileSync(path.join(OUTPUT, 'store/enterprise/chrome-policy.json'), 'utf8'));
    expect(chrome.ExtensionInstallForcelist).toHaveLength(1);
    const firefox = JSON.parse(fs.readFileSync(path.join(OUTPUT, 'store/enterprise/firefox-policies.json'), 'utf8'));
    const id = MANIFESTS[1]![1].browser_specific_settings.gecko.id;
    expect(firefox.policies.ExtensionSettings[id].installation_mode).toBe('force_installed');
    expect(firefox.policies['3rdparty'].Extensions[id].ledgerUrl).toMatch(/^https:\/\/script\.google\.com\//);
  });

  describe('the privacy statement pages', () => {
    let browser: Awaited<ReturnType<typeof chromium.launch>>;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--disable-background-networking'] });
    });
    afterAll(async () => browser?.close());

    it.each(['en', 'fr'] as const)('in %s: axe-core finds nothing and the page names what is sent and to whom', async (language) => {
      const page = await browser.newPage();
      await page.goto(`file://${path.join(OUTPUT, 'store/chrome', `privacy-${language}.html`)}`);
      expect(await runAxe(page)).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.innerText('main')).toContain(translate('store.privacy.sent', language));
      await page.close();
    });
  });
});
