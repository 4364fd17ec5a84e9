import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/** The built Chrome MV3 extension (`npx wxt build`). */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export type LaunchOptions = {
  /** Folder of the unpacked extension; defaults to the Chrome MV3 build. */
  extensionDir?: string;
  /** Reuse a profile (to check persistence across browser restarts); a fresh one otherwise. */
  userDataDir?: string;
};

export type LaunchedExtension = {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; removes the profile only if this helper created it. */
  close: () => Promise<void>;
};

// Playwright always passes --disable-extensions, so --disable-extensions-except is required for
// --load-extension to take effect (extension-toolchain.md §6).
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = path.resolve(options.extensionDir ?? EXTENSION_DIR);
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-ext-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extensionId,
    userDataDir,
    close: async () => {
      await context.close();
      if (ownsProfile) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The bits of the `chrome` global used inside `sw.evaluate` / `page.evaluate` callbacks, so tests
 * type-check without @types/chrome: `(globalThis as unknown as ChromeGlobal).chrome`.
 */
export type ChromeGlobal = {
  chrome: {
    runtime: { getManifest: () => Record<string, unknown>; sendMessage: (message: unknown) => Promise<unknown> };
    storage: { local: { get: (keys?: string | string[] | null) => Promise<Record<string, unknown>>; set: (items: Record<string, unknown>) => Promise<void> } };
  };
};

/** URL of an extension page such as `sidepanel.html`. */
export function extensionUrl(extensionId: string, page: string): string {
  return `chrome-extension://${extensionId}/${page}`;
}
