import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import { buildStoreListing, justify, pngInfo, STORE_SCREENS, storeScreenshotName, storeScreenshots } from '../../scripts/build-store-listing.ts';
import { captureStoreScreenshots } from '../../scripts/store-screenshots.ts';
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

  describe('the screenshots', () => {
    const size = (file: string) => {
      const { width, height } = pngInfo(fs.readFileSync(file));
      return `${width}x${height}`;
    };

    it('ships the side panel, notes and options pages in EN and FR to both stores, each exactly 1280x800', () => {
      for (const store of ['chrome', 'firefox']) {
        for (const language of ['en', 'fr'] as const) {
          for (const screen of STORE_SCREENS) {
            const file = path.join(OUTPUT, 'store', store, 'screenshots', language, storeScreenshotName(screen, language));
            expect(fs.existsSync(file), file).toBe(true);
            expect(size(file), file).toBe('1280x800');
          }
          // The Chrome Web Store takes at most 5 screenshots per listing language.
          expect(fs.readdirSync(path.join(OUTPUT, 'store', store, 'screenshots', language)).length).toBeLessThanOrEqual(5);
        }
      }
    });

    it('are refused by the build at any other size, naming the file and the size', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-shots-'));
      try {
        // A real PNG of the wrong size: the committed side panel picture's header, with 1280x810 in it.
        const png = Buffer.from(fs.readFileSync(path.resolve('docs/images', storeScreenshotName('sidepanel', 'en'))));
        png.writeUInt32BE(810, 20);
        fs.writeFileSync(path.join(dir, storeScreenshotName('notes', 'fr')), png);
        expect(() => storeScreenshots(dir)).toThrow(/store-notes-fr\.png is 1280x810; the stores take 1280x800/);
        expect(() => pngInfo(Buffer.from('GIF89a, not a PNG at all, long enough to read a header'))).toThrow(/not a PNG/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('are taken from the built extension in Chromium at 1280x800, each showing its page in its language', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-shots-'));
      try {
        const written = await captureStoreScreenshots(dir);
        expect(written.map((file) => path.basename(file)).sort()).toEqual(
          STORE_SCREENS.flatMap((screen) => (['en', 'fr'] as const).map((language) => storeScreenshotName(screen, language))).sort(),
        );
        for (const file of written) {
          expect(size(file), file).toBe('1280x800');
          // The Chrome Web Store took only JPEG or 24-bit PNG without alpha: none is written with one.
          expect(pngInfo(fs.readFileSync(file)).alpha, file).toBe(false);
          // Not a blank page: a PNG of a page with text and colour compresses far less than a flat one.
          expect(fs.statSync(file).size, file).toBeGreaterThan(20_000);
        }
        // The two languages are different pictures of each page.
        for (const screen of STORE_SCREENS) {
          const [en, fr] = (['en', 'fr'] as const).map((language) => fs.readFileSync(path.join(dir, storeScreenshotName(screen, language))));
          expect(en!.equals(fr!), screen).toBe(false);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
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
