import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureLedgerBundle, LEDGER_BUNDLE } from '../support/ledger-bundle';
import { EXTENSION_DIR } from './support/launch-extension';
import { allScripts, gzipKb, initialScripts } from './support/page-scripts';

// DESIGN §8 budgets, on the extension as built for Chrome (gzip, each file on its own).
describe('size budgets of the built extension', () => {
  it('the side panel ships under 40 kB of JS, its lazy chunks included', () => {
    const scripts = allScripts(initialScripts('sidepanel.html'));
    const names = scripts.map((file) => path.basename(file));
    for (const lazy of ['DocsLedgerPanel-', 'RejectedChanges-']) expect(names.some((name) => name.startsWith(lazy))).toBe(true);
    // The after-meeting notes editor and exports are the notes page's (notes.html), never the panel's.
    expect(names.filter((name) => name.startsWith('MeetingNotes-') || name.startsWith('notes-'))).toEqual([]);
    expect(gzipKb(scripts)).toBeLessThan(40);
  });

  it.each(fs.readdirSync(path.join(EXTENSION_DIR, 'content-scripts')).filter((file) => file.endsWith('.js')))(
    'content script %s is under 10 kB',
    (file) => {
      expect(gzipKb([path.join(EXTENSION_DIR, 'content-scripts', file)])).toBeLessThan(10);
    },
  );
});

// DESIGN §8's 60 kB gzip for a Google sidebar's HTML, held by the ledger's coordinator console too.
describe('size budget of the built coordinator console', () => {
  beforeAll(() => ensureLedgerBundle(), 180_000); // builds Code.js and Console.html when a source is newer

  it('Console.html, one self-contained file, is under 60 kB gzip', () => {
    const file = path.join(path.dirname(LEDGER_BUNDLE), 'Console.html');
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(/<script[^>]+src=/); // everything inlined: no asset to fetch
    expect(gzipKb([file])).toBeLessThan(60);
  });
});
