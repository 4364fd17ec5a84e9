import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hasLedgerHost, ledgerOrigins, requestLedgerHost } from '../../../extension/adapters/permissions.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('ledgerOrigins', () => {
  it.each([
    ['an Apps Script web app (and where it redirects)', 'https://script.google.com/macros/s/abc/exec', ['https://script.google.com/*', 'https://script.googleusercontent.com/*']],
    ['the local host on any port', 'http://127.0.0.1:8787/', ['http://127.0.0.1/*']],
    ['another https host', 'https://ledger.example.org/api', ['https://ledger.example.org/*']],
    ['nothing for a broken address', 'not a url', []],
  ])('asks for %s', (_name, url, expected) => {
    expect(ledgerOrigins(url)).toEqual(expected);
  });
});

describe('requestLedgerHost and hasLedgerHost', () => {
  it('asks the browser at once, inside the click (nothing awaited before the prompt)', async () => {
    const asked: unknown[] = [];
    fakeBrowser.permissions.request = vi.fn(async (permissions: unknown) => {
      asked.push(permissions);
      return true;
    }) as never;
    const answer = requestLedgerHost('https://script.google.com/macros/s/abc/exec');
    expect(asked).toEqual([{ origins: ['https://script.google.com/*', 'https://script.googleusercontent.com/*'] }]);
    expect(await answer).toBe(true);
  });

  it.each([
    [true, true],
    [false, false],
  ])('reports a granted host as %s', async (granted, expected) => {
    fakeBrowser.permissions.contains = vi.fn(async () => granted) as never;
    expect(await hasLedgerHost('http://127.0.0.1:8787/exec')).toBe(expected);
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('asks nothing for an address that is not one', async () => {
    fakeBrowser.permissions.request = vi.fn() as never;
    expect(await requestLedgerHost('not a url')).toBe(false);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });
});
