import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { ledgerOrigins } from '../../../extension/adapters/permissions.ts';

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
