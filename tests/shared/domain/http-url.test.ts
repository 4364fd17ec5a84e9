import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpUrl, parseValue } from '../../../shared/domain/index.ts';

describe('HttpUrl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const accepted = [
    'https://meet.google.com/abc-defg-hij',
    'https://us02web.zoom.us/j/81234567890?pwd=AbCdEf123',
    'http://open.canada.ca/en/multi-stakeholder-forum-open-government',
    'https://docs.google.com/document/d/1AbC/edit#heading=h.x1',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
    'https://example.ca:8443/notes',
    'HTTPS://OPEN.CANADA.CA',
    'https://xn--grgoire-bya.xn--p1ai/',
  ];

  const refused = [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://open.canada.ca/r.pdf',
    'data:text/html,<script>alert(1)</script>',
    'https://',
    'https://localhost:8080',
    'http://192.168.0.1/admin',
    'https://user:secret@open.canada.ca/',
    'https://open.canada.ca/a b',
    ' https://open.canada.ca',
    'meet.google.com/abc-defg-hij',
    '=HYPERLINK("https://evil.example")',
  ];

  it.each(accepted)('accepts %s', (url) => {
    expect(parseValue(HttpUrl, url)).toEqual({ ok: true, value: url });
  });

  it.each(refused)('refuses %s with the web-address message', (url) => {
    const result = parseValue(HttpUrl, url);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message.en).toBe('Enter a web address starting with https:// or http://.');
  });

  // Apps Script's V8 has no URL class: the ledger must accept the same links as the browser.
  it.each(accepted)('accepts %s where no URL class exists, as in Apps Script', (url) => {
    vi.stubGlobal('URL', undefined);
    expect(parseValue(HttpUrl, url).ok).toBe(true);
  });

  it('refuses an address longer than 2048 characters with the length message', () => {
    const result = parseValue(HttpUrl, `https://open.canada.ca/${'a'.repeat(2030)}`);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ message: { en: 'Enter at most 2048 characters.', fr: 'Saisissez au plus 2048 caractères.' } })] });
  });
});
