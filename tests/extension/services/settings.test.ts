import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  getSettings,
  hasLedger,
  SETTINGS_KEY,
  saveSettings,
  watchSettings,
} from '../../../extension/services/settings.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];

describe('settings', () => {
  it('starts fully local: no ledger, English', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(hasLedger(await getSettings())).toBe(false);
  });

  it.each([
    ['an Apps Script web app', 'https://script.google.com/macros/s/abc/exec'],
    ['the local ledger host', 'http://127.0.0.1:8787/'],
    ['no ledger at all', ''],
  ])('saves %s as the ledger URL', async (_name, ledgerUrl) => {
    const result = await saveSettings({ ledgerUrl, token: 'tok', displayName: 'Ana', side: 'csn', language: 'fr' });
    expect(result.ok).toBe(true);
    expect(await getSettings()).toEqual({ version: 1, ledgerUrl, token: 'tok', displayName: 'Ana', side: 'csn', language: 'fr' });
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
    const expected = { ...DEFAULT_SETTINGS, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't' };
    expect(await getSettings()).toEqual(expected);
    expect(await stored()).toEqual(expected);
  });

  it('leaves settings written by a newer release untouched', async () => {
    const future = { version: 9, ledgerUrl: 'https://x.example/', somethingNew: true };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: future });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual(future);
  });

  it('tells watchers about a change made elsewhere', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.displayName));
    await saveSettings({ displayName: 'Noor' });
    stop();
    await saveSettings({ displayName: 'Later' });
    expect(seen).toEqual(['Noor']);
  });
});
