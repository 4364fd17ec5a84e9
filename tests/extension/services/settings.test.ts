import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { createExtensionOnlyArea, localArea } from '../../../extension/adapters/storage-area.ts';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  getSettings as readSettings,
  hasLedger,
  SETTINGS_KEY,
  type SettingsAreas,
  type SettingsPatch,
  saveSettings as writeSettings,
  TOKEN_KEY,
  watchSettings as watch,
} from '../../../extension/services/settings.ts';

let areas: SettingsAreas;
let round = 0;
beforeEach(() => {
  fakeBrowser.reset();
  // A fresh extension-only area (real IndexedDB via fake-indexeddb) per test.
  areas = { local: localArea, secret: createExtensionOnlyArea(`settings-test-${++round}`) };
});
const getSettings = () => readSettings(areas);
const saveSettings = (patch: SettingsPatch) => writeSettings(patch, areas);
const watchSettings = (onChange: Parameters<typeof watch>[0]) => watch(onChange, areas);

const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];

describe('settings', () => {
  it('starts fully local: no ledger, in the browser’s language', async () => {
    expect(await getSettings()).toEqual(defaultSettings());
    expect(hasLedger(await getSettings())).toBe(false);
  });

  it.each<[string[], 'en' | 'fr']>([
    [['fr-CA', 'en-CA'], 'fr'],
    [['fr'], 'fr'],
    [['de-DE', 'fr-FR', 'en'], 'fr'],
    [['en-GB', 'fr-CA'], 'en'],
    [['es-MX'], 'en'],
    [[], 'en'],
  ])('picks the language from the browser’s preferences %j', (preferred, language) => {
    expect(defaultSettings(preferred).language).toBe(language);
  });

  it('keeps the member token out of storage.local, where content scripts could read it', async () => {
    await saveSettings({ ledgerUrl: 'https://script.google.com/macros/s/abc/exec', token: 'secret-token-123' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('secret-token-123');
    expect(await areas.secret.get(TOKEN_KEY)).toBe('secret-token-123');
    expect((await getSettings()).token).toBe('secret-token-123');
  });

  it('moves a token an older release left in storage.local out of it, keeping it usable', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 1, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 'old-token', displayName: 'Ana', language: 'fr' },
    });
    expect(await getSettings()).toMatchObject({ token: 'old-token', displayName: 'Ana', language: 'fr' });
    expect(await stored()).toEqual({ version: 2, ledgerUrl: 'https://script.google.com/macros/s/x/exec', displayName: 'Ana', language: 'fr' });
    // And a later save leaves it there, not back in storage.local.
    await saveSettings({ displayName: 'Ana B.' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('old-token');
    expect((await getSettings()).token).toBe('old-token');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('old-token');
  });

  it.each([
    ['an Apps Script web app', 'https://script.google.com/macros/s/abc/exec'],
    ['the local ledger host', 'http://127.0.0.1:8787/'],
    ['no ledger at all', ''],
  ])('saves %s as the ledger URL', async (_name, ledgerUrl) => {
    const result = await saveSettings({ ledgerUrl, token: 'tok', displayName: 'Ana', side: 'csn', language: 'fr' });
    expect(result.ok).toBe(true);
    expect(await getSettings()).toEqual({ version: 2, ledgerUrl, token: 'tok', displayName: 'Ana', side: 'csn', language: 'fr' });
  });

  it.each([
    ['plain http to another computer', { ledgerUrl: 'http://ledger.example.org/exec' }, 'ledgerUrl'],
    // The manifest can only ask for the Apps Script and loopback hosts: any other could never be reached.
    ['an https host the browser could never be allowed to reach', { ledgerUrl: 'https://ledger.example.org/exec' }, 'ledgerUrl'],
    ['a javascript: address', { ledgerUrl: 'javascript:alert(1)' }, 'ledgerUrl'],
    ['not an address', { ledgerUrl: 'ledger please' }, 'ledgerUrl'],
    ['an unknown language', { language: 'de' }, 'language'],
    ['an unknown side', { side: 'press' }, 'side'],
  ])('refuses %s in both languages and keeps what was saved', async (_name, patch, path) => {
    await saveSettings({ displayName: 'Before' });
    const result = await saveSettings(patch as never);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.path).toBe(path);
      expect(result.errors[0]?.message.en).toMatch(/\w/);
      expect(result.errors[0]?.message.fr).toMatch(/\w/);
    }
    expect((await getSettings()).displayName).toBe('Before');
  });

  it('the URL message says what to type, in English and French', async () => {
    const result = await saveSettings({ ledgerUrl: 'http://ledger.example.org/' });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.errors[0]?.message).toEqual({
      en: 'Enter the ledger web app’s address as your coordinator gave it, starting with https://script.google.com/ (or http://127.0.0.1 or http://localhost for a ledger on this computer).',
      fr: 'Saisissez l’adresse de l’application Web du registre telle que votre coordination vous l’a donnée, qui commence par https://script.google.com/ (ou http://127.0.0.1 ou http://localhost pour un registre sur cet ordinateur).',
    });
  });

  it('migrates settings saved before they carried a version, keeping the valid fields', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't', language: 'klingon', extra: 1 },
    });
    const { token: _token, ...expected } = { ...DEFAULT_SETTINGS, ledgerUrl: 'https://script.google.com/macros/s/x/exec' };
    expect(await getSettings()).toEqual({ ...expected, token: 't' });
    expect(await stored()).toEqual(expected);
  });

  it('leaves settings written by a newer release untouched', async () => {
    const future = { version: 9, ledgerUrl: 'https://x.example/', somethingNew: true };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: future });
    expect(await getSettings()).toEqual(defaultSettings());
    expect(await stored()).toEqual(future);
  });

  it('tells watchers about a change made elsewhere, the token’s too', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(`${settings.displayName}/${settings.token}`));
    await saveSettings({ displayName: 'Noor' });
    await vi.waitFor(() => expect(seen).toEqual(['Noor/']));
    // Another page (here: another handle on the same private area) saves a new token.
    await writeSettings({ token: 'fresh' }, { local: localArea, secret: createExtensionOnlyArea(`settings-test-${round}`) });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('Noor/fresh'));
    stop();
    const count = seen.length;
    await saveSettings({ displayName: 'Later' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.length).toBe(count);
  });
});

describe('a ledger address set by the organisation (managed storage, install guide §3)', () => {
  const LEDGER = 'https://script.google.com/macros/s/AKfycbx-forum/exec';
  const managed = (value: unknown) => ({ get: async (key: string) => (key === 'ledgerUrl' ? value : undefined) });

  it('fills the ledger address when the attendee has not set one, so they type only their token', async () => {
    const withPolicy = { ...areas, managed: managed(LEDGER) };
    expect((await readSettings(withPolicy)).ledgerUrl).toBe(LEDGER);
    await writeSettings({ token: 'a'.repeat(64) }, withPolicy);
    const settings = await readSettings(withPolicy);
    expect(settings.ledgerUrl).toBe(LEDGER);
    expect(hasLedger(settings)).toBe(true);
  });

  it('gives way to an address the attendee saved themselves', async () => {
    await writeSettings({ ledgerUrl: 'https://script.google.com/macros/s/AKfycbx-own/exec' }, areas);
    expect((await readSettings({ ...areas, managed: managed(LEDGER) })).ledgerUrl).toBe('https://script.google.com/macros/s/AKfycbx-own/exec');
  });

  it.each([['https://evil.example.org/exec'], [42], [undefined]])('ignores %s, which is not a ledger address', async (value) => {
    expect((await readSettings({ ...areas, managed: managed(value) })).ledgerUrl).toBe('');
  });
});
