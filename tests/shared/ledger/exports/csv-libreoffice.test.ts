import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationsCsv } from '../../../../shared/ledger/exports/annotations-csv.ts';
import { encodeCsv } from '../../../../shared/ledger/exports/encode-csv.ts';
import { openAllInLibreOffice, openInLibreOffice } from '../../../helpers/libreoffice.ts';
import { unescapeCell } from '../../../../shared/ledger/escape-cell.ts';
import { encodeViewTab } from '../../../../shared/ledger/views/encode-view-tab.ts';
import { foldEvents } from '../../../../shared/ledger/views/fold-events.ts';
import { ACTORS, stored } from '../views/make-events.ts';

// Each export opened in real LibreOffice Calc (headless, formula evaluation on): no formula, ever.
// The hostile strings are OWASP's CSV-injection cases and issue 8's, plus a bounded fast-check sample.

const ATTACKS = [
  '=2*21',
  '+2*21',
  '-2*21',
  '@SUM(1,2)',
  '\t=2*21',
  '\r=2*21',
  '\n=2*21',
  '\0=2*21',
  '  =2*21',
  'Progress;=2*21;',
  'Progress,=2*21,',
  '=HYPERLINK("http://example.org","click")',
  '"=2*21"',
  "'=2*21",
  '=cmd|\' /C calc\'!A0',
];

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cocreate-csv-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const hostile = fc.oneof(
  fc.constantFrom(...ATTACKS),
  fc.tuple(fc.constantFrom('', ' ', '\t', '\n', '\0', '\r', ';', ','), fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 8 })).map((parts) => parts.join('')),
  fc.string({ maxLength: 12 }),
);

describe.each([',', ';'] as const)('CSV with “%s” opened in LibreOffice', (separator) => {
  it('holds no formula for any hostile text', async () => {
    const sample = fc.sample(fc.array(hostile, { minLength: 4, maxLength: 4 }), { numRuns: 40, seed: 8 });
    const rows = [ATTACKS.slice(0, 8), ATTACKS.slice(8), ...sample];
    const file = path.join(work, `fuzz-${separator === ',' ? 'comma' : 'semicolon'}.csv`);
    await writeFile(file, encodeCsv(rows, separator), 'utf8');
    const opened = await openInLibreOffice(file, { separator });
    expect(opened.formulas).toEqual([]);
    expect(opened.cells.length).toBeGreaterThanOrEqual(rows.length);
  }, 60_000);
});

describe('the annotations CSV export opened in LibreOffice', () => {
  it('holds no formula when every annotation text is an attack', async () => {
    const records = ATTACKS.map((text, i) => ({
      id: `ann-${i}`,
      at: '2026-01-14T15:20:00.000Z',
      kind: 'note' as const,
      text,
      offsetMs: i * 1000,
      captionText: text,
    }));
    const file = path.join(work, 'annotations.csv');
    await writeFile(file, annotationsCsv(records, { language: 'fr' }), 'utf8');
    const opened = await openInLibreOffice(file);
    expect(opened.formulas).toEqual([]);
    // The text is whole; the `'` after `;` keeps it text for a reader that splits at `;` (fr-CA Excel).
    expect(opened.cells.flat().join(' ')).toContain("Progress;'=2*21;");
  }, 60_000);
});

/**
 * A view tab as Google gives it in File › Download › CSV: each cell's stored text as is (the writer
 * stores RAW, so a guard `'` is part of the text), fields holding a comma, quote or line break quoted
 * (RFC 4180); Google adds no guard of its own.
 */
const downloadedAsCsv = (rows: readonly (readonly string[])[]) =>
  `${rows.map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n')}\r\n`;

describe('a view tab downloaded from Google as CSV and opened in LibreOffice', () => {
  it('holds no formula when decisions start with a line feed, NUL, tab or spaces then = + - @ (and would without the guard)', async () => {
    // Plain text in Sheets; the first characters LibreOffice skips before it reads a formula.
    const texts = ['\n=2*21', '\0=2*21', '\r\n+2*21', '\t-2*21', '  @SUM(1,2)', '\n\n=HYPERLINK("http://example.org","x")', '\u0001=2*21'];
    const events = texts.map((text, i) =>
      stored('annotation.created', { meetingId: 'm1', kind: 'decision', text }, { at: `2026-01-14T15:${String(10 + i)}:00.000Z`, entityId: `ann-${i}`, actor: ACTORS.csn }),
    );
    const tab = encodeViewTab('decisions', foldEvents(events, { today: '2026-01-15' }));
    const guarded = path.join(work, 'decisions-tab.csv');
    const unguarded = path.join(work, 'decisions-tab-unguarded.csv');
    await writeFile(guarded, downloadedAsCsv(tab), 'utf8');
    await writeFile(unguarded, downloadedAsCsv(tab.map((row) => row.map(unescapeCell))), 'utf8');
    const [opened, control] = openAllInLibreOffice([guarded, unguarded]);
    expect(opened!.formulas).toEqual([]);
    const shown = opened!.cells.flat().join('\u0000');
    for (const text of ['=2*21', '+2*21', '-2*21', '@SUM(1,2)']) expect(shown).toContain(text);
    // The same cells without the guard: LibreOffice runs them, so the pass above means something.
    expect(control!.formulas.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('the helper itself', () => {
  it('does find a live formula in an unguarded CSV (so a pass above means something)', async () => {
    const file = path.join(work, 'unguarded.csv');
    await writeFile(file, 'a,=2*21\r\n', 'utf8');
    const opened = await openInLibreOffice(file);
    expect(opened.formulas).toEqual([{ row: 0, column: 1, formula: 'of:=2*21' }]);
    expect(opened.cells[0]).toEqual(['a', '42']);
  }, 60_000);
});
