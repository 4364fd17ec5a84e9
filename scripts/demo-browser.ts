// Opens Debian's Chromium for `npm start` (never a downloaded browser): the built extension loaded
// unpacked into a throwaway profile under .output/, already set up for one demo member, on the demo
// meeting page. Driven by playwright-core only to start it and hand it its settings; the person then
// uses it as any browser (the "controlled by automated software" bar is left out).
//
// How the settings get in: unpacked extensions have no managed storage, and the options page asks for
// the ledger host's permission, a prompt only a person can answer. So the settings are stored the way
// an earlier release stored them (version 1, in storage.local), and the extension's own migration
// (extension/services/settings.ts, getSettings) moves the token into its private store when the
// options page first reads them; this waits until it has. The local ledger answers any origin
// (Access-Control-Allow-Origin: *, as Apps Script does), so no host permission is needed to sync.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import type { Language } from '../shared/i18n/language.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type DemoBrowserOptions = {
  extensionDir: string;
  /** Emptied first: each start is a fresh profile. */
  profileDir: string;
  ledgerUrl: string;
  token: string;
  member: { name: string; side: 'government' | 'csn' | 'other' };
  language: Language;
  pageUrl: string;
  /** For tests: no window (the person running `npm start` always gets one). */
  headless?: boolean;
};

export type DemoBrowser = { context: BrowserContext; extensionId: string; close(): Promise<void> };

/** Whether this session can show a window: an X11 or Wayland display is set. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

type ChromeStorage = { chrome: { storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } } };

export async function openDemoBrowser(options: DemoBrowserOptions): Promise<DemoBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is not installed (apt-get install chromium)`);
  if (!existsSync(path.join(options.extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${options.extensionDir}`);
  rmSync(options.profileDir, { recursive: true, force: true });
  mkdirSync(options.profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? false,
    viewport: null,
    ignoreDefaultArgs: ['--enable-automation'],
    // Playwright passes --disable-extensions, so --disable-extensions-except is what lets ours load.
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      `--lang=${options.language === 'fr' ? 'fr-CA' : 'en-CA'}`,
    ],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(sw.url()).host;
    const { ledgerUrl, token, member, language } = options;
    await sw.evaluate(
      (settings) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ settings }),
      { version: 1, ledgerUrl, token, displayName: member.name, side: member.side, language },
    );
    const settingsPage = await context.newPage();
    await settingsPage.goto(`chrome-extension://${extensionId}/options.html`);
    // The options page's first read migrates them: the token leaves storage.local.
    for (let waited = 0; JSON.stringify(await sw.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get(null))).includes(token); waited += 100) {
      if (waited > 30_000) throw new Error('the extension did not take its settings');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await settingsPage.close();
    const meeting = context.pages()[0] ?? (await context.newPage());
    await meeting.goto(options.pageUrl);
    for (const page of context.pages()) if (page !== meeting && page.url() === 'about:blank') await page.close();
    await meeting.bringToFront();
    return { context, extensionId, close: () => context.close() };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}
