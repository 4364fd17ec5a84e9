// What the Chrome Web Store and addons.mozilla.org ask for, written by `npm run build` next to the
// packages (.output/store/): the listing and single purpose, a justification for every permission and
// host the BUILT manifest asks for (so the text cannot drift from what ships), the privacy statement as
// a page to host, the screenshots (docs/images/store-*.png, exactly 1280x800, taken from the built
// extension in Chromium by scripts/store-screenshots.ts), and the enterprise policy templates government
// IT uses. EN and FR throughout.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageKey } from '../shared/i18n/catalogue.ts';
import type { Language } from '../shared/i18n/language.ts';
import { translate } from '../shared/i18n/translate.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const IMAGES = path.join(ROOT, 'docs/images');

/** The Chrome Web Store's screenshot size (1280x800 or 640x400), also AMO's recommended maximum. */
export const STORE_SCREENSHOT = { width: 1280, height: 800 } as const;
export const STORE_SCREENS = ['sidepanel', 'notes', 'options'] as const;
export type StoreScreen = (typeof STORE_SCREENS)[number];
export const storeScreenshotName = (screen: StoreScreen, language: Language) => `store-${screen}-${language}.png`;

/** Width, height and whether a PNG has an alpha channel, from its IHDR chunk (PNG spec §11.2.2). */
export function pngInfo(png: Uint8Array): { width: number; height: number; alpha: boolean } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.length < 33 || signature.some((byte, i) => png[i] !== byte) || String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  const colourType = png[25]!;
  return { width: view.getUint32(16), height: view.getUint32(20), alpha: colourType === 4 || colourType === 6 };
}
const OUTPUT = path.join(ROOT, '.output');
const LANGUAGES: readonly Language[] = ['en', 'fr'];

type Manifest = {
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
};

export type Justification = { subject: string; key: MessageKey; params?: Record<string, string> };

const hostOf = (pattern: string) => pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');

/** One justification per thing the manifest asks for; `missing` names what no text covers. */
export function justify(manifest: Manifest): { justifications: Justification[]; missing: string[] } {
  const justifications: Justification[] = [];
  const missing: string[] = [];
  for (const permission of manifest.permissions ?? []) {
    const key = `store.permission.${permission}` as MessageKey;
    if (translateSafe(key)) justifications.push({ subject: permission, key });
    else missing.push(permission);
  }
  const hosts = [...(manifest.optional_host_permissions ?? []), ...(manifest.host_permissions ?? [])];
  if (hosts.length > 0) justifications.push({ subject: hosts.join(', '), key: 'store.permission.ledgerHosts' });
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
  const docs = matches.filter((m) => m.startsWith('https://docs.google.com/'));
  const meetings = [...new Set(matches.filter((m) => !docs.includes(m)).map(hostOf))];
  if (meetings.length > 0) justifications.push({ subject: meetings.join(', '), key: 'store.permission.meetingPages', params: { hosts: meetings.join(', ') } });
  if (docs.length > 0) justifications.push({ subject: docs.join(', '), key: 'store.permission.docsPages' });
  return { justifications, missing };
}

function translateSafe(key: MessageKey): boolean {
  try {
    return translate(key, 'en') !== undefined;
  } catch {
    return false;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function privacyPage(language: Language): string {
  const t = (key: MessageKey) => escapeHtml(translate(key, language));
  const sections: MessageKey[] = ['store.privacy.stored', 'store.privacy.sent', 'store.privacy.captions', 'store.privacy.control'];
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t('store.privacy.title')}</title>`,
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}h1{font-size:1.5rem}</style>',
    '</head>',
    `<body><main><h1>${t('store.privacy.title')}</h1>`,
    ...sections.map((key) => `<p>${t(key)}</p>`),
    '</main></body></html>',
    '',
  ].join('\n');
}

function listing(language: Language, manifest: Manifest, store: 'chrome' | 'firefox'): string {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(key, language, params);
  const { justifications } = justify(manifest);
  return [
    `# ${t('store.name')}`,
    '',
    t('store.summary'),
    '',
    t('store.description'),
    '',
    `## ${language === 'fr' ? 'Objectif unique' : 'Single purpose'}`,
    '',
    t('store.singlePurpose'),
    '',
    '## Permissions',
    '',
    ...justifications.map((j) => `- ${t(j.key, j.params)}`),
    ...(store === 'firefox' ? ['', `## ${language === 'fr' ? 'Code source' : 'Source code'}`, '', t('store.firefox.sources')] : []),
    '',
  ].join('\n');
}

/** Chrome: force-install by policy, ledger address pre-set through managed storage (storage.managed_schema). */
function chromePolicy(): string {
  return `${JSON.stringify(
    {
      ExtensionInstallForcelist: ['<extension id>;https://clients2.google.com/service/update2/crx'],
      '3rdparty': { extensions: { '<extension id>': { ledgerUrl: 'https://script.google.com/macros/s/<deployment id>/exec' } } },
    },
    null,
    2,
  )}\n`;
}

/** Firefox: policies.json force-installs the signed add-on and pre-sets the ledger address (3rdparty). */
function firefoxPolicy(id: string): string {
  return `${JSON.stringify(
    {
      policies: {
        ExtensionSettings: { [id]: { installation_mode: 'force_installed', install_url: 'https://addons.mozilla.org/firefox/downloads/latest/<listing slug>/latest.xpi' } },
        '3rdparty': { Extensions: { [id]: { ledgerUrl: 'https://script.google.com/macros/s/<deployment id>/exec' } } },
      },
    },
    null,
    2,
  )}\n`;
}

/**
 * The store screenshots in docs/images, each checked to be exactly 1280x800: a picture of another size
 * would be refused by the Chrome Web Store at upload, so the build refuses it first. One missing is
 * named (scripts/store-screenshots.ts takes them) and the others still ship.
 */
export function storeScreenshots(dir = IMAGES): { file: string; language: Language }[] {
  const found: { file: string; language: Language }[] = [];
  const missing: string[] = [];
  for (const language of LANGUAGES) {
    for (const screen of STORE_SCREENS) {
      const file = path.join(dir, storeScreenshotName(screen, language));
      if (!existsSync(file)) {
        missing.push(path.basename(file));
        continue;
      }
      const { width, height } = pngInfo(readFileSync(file));
      if (width !== STORE_SCREENSHOT.width || height !== STORE_SCREENSHOT.height) {
        throw new Error(`${path.relative(ROOT, file)} is ${width}x${height}; the stores take ${STORE_SCREENSHOT.width}x${STORE_SCREENSHOT.height}. Run: npx wxt build && npx tsx scripts/store-screenshots.ts`);
      }
      found.push({ file, language });
    }
  }
  if (missing.length > 0) console.warn(`store listing: no ${missing.join(', ')} (npx wxt build && npx tsx scripts/store-screenshots.ts)`);
  return found;
}

export function buildStoreListing(): string[] {
  const written: string[] = [];
  const out = path.join(OUTPUT, 'store');
  rmSync(out, { recursive: true, force: true });
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    written.push(path.relative(OUTPUT, file));
  };
  const screenshots = storeScreenshots();
  for (const [store, dir] of [['chrome', 'chrome-mv3'], ['firefox', 'firefox-mv3']] as const) {
    const manifestFile = path.join(OUTPUT, dir, 'manifest.json');
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    for (const language of LANGUAGES) {
      write(path.join(out, store, `listing-${language}.md`), listing(language, manifest, store));
      write(path.join(out, store, `privacy-${language}.html`), privacyPage(language));
    }
    // One folder per language: each store's listing is localised, screenshots included.
    for (const { file, language } of screenshots) {
      const target = path.join(out, store, 'screenshots', language, path.basename(file));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(file, target);
      written.push(path.relative(OUTPUT, target));
    }
    if (store === 'chrome') write(path.join(out, 'enterprise', 'chrome-policy.json'), chromePolicy());
    if (store === 'firefox') write(path.join(out, 'enterprise', 'firefox-policies.json'), firefoxPolicy(manifest.browser_specific_settings?.gecko?.id ?? ''));
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const written = buildStoreListing();
  console.log(`store listing: ${written.length} files in .output/store/`);
}
