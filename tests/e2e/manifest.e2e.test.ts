import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/launch-extension';

type Manifest = {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: unknown;
};

const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
const PLATFORMS = /^https:\/\/(meet\.google\.com|docs\.google\.com\/document|(\*\.)?zoom\.us|teams\.(live\.com|microsoft\.com|cloud\.microsoft)|\*\.webex\.com|meet\.jit\.si)\/\*$/;

// Issue #5 item 1: the least permissions that work, as built.
describe('permissions of the built extension', () => {
  it('asks only for storage, alarms and the side panel, and for no host up front', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'sidePanel', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('may ask at run time only for a ledger address (Apps Script, or the local ledger)', () => {
    for (const host of manifest.optional_host_permissions ?? []) {
      expect(host).toMatch(/^https:\/\/script\.google(usercontent)?\.com\/\*$|^http:\/\/(127\.0\.0\.1|localhost)\/\*$/);
    }
  });

  it('runs content scripts only on meeting platforms and Google Docs documents, never everywhere', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
    for (const match of matches) expect(match).toMatch(PLATFORMS);
  });

  // Loopback stays reachable only as an optional ledger host, asked for when the user sets it: a
  // content script there would have every install read all pages served on this computer.
  it('runs no content script on this computer’s own addresses', () => {
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(match).not.toMatch(/^(\*|https?):\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/);
      expect(script.matches).not.toContain('<all_urls>');
    }
  });
});
