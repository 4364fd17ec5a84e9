import { describe, expect, it } from 'vitest';
import { annotationsCsv } from '../../../../shared/ledger/exports/annotations-csv.ts';
import { decodeCsv } from '../../../../shared/ledger/exports/decode-csv.ts';

const commitments = [{ id: 'c-1', code: 'C01', title: { en: 'Access to information', fr: 'Accès à l’information' } }];
const rows = (language: 'en' | 'fr') => {
  return decodeCsv(
    annotationsCsv(
      [
        { id: 'a1', at: '2026-12-01T15:01:00.000Z', offsetMs: 61_000, kind: 'decision', text: 'Meet monthly', language: 'en', commitmentId: 'c-1', speaker: { side: 'csn', name: 'Zoé Roy' } },
        { id: 'a2', at: '2026-12-01T15:02:00.000Z', kind: 'action', text: '=HYPERLINK("x")', owner: 'TBS', actionStatus: 'done', commitmentId: 'c-gone' },
      ],
      { language, commitments },
    ),
  );
};

describe('annotationsCsv', () => {
  it('names the commitment by code and title, who spoke, and the action’s status', () => {
    const [header, first, second] = rows('en');
    const cell = (row: string[] | undefined, column: string) => row?.[header!.indexOf(column)];
    expect(cell(first, 'Commitment')).toBe('C01 — Access to information');
    expect(cell(first, 'Speaker’s side')).toBe('Civil society network');
    expect(cell(first, 'Speaker')).toBe('Zoé Roy');
    expect(cell(first, 'Language of the text')).toBe('English');
    expect(cell(second, 'Action status')).toBe('Done');
    // An id the ledger does not know stays visible rather than vanish.
    expect(cell(second, 'Commitment')).toBe('c-gone');
    // Read back as typed, but never a formula in the file a spreadsheet opens.
    expect(cell(second, 'Text')).toBe('=HYPERLINK("x")');
    expect(annotationsCsv([{ id: 'a', at: '2026-12-01T15:00:00.000Z', kind: 'note', text: '=1+1' }], { language: 'en' })).not.toMatch(/(^|,)"?=/m);
  });

  it('writes French headers and the French title', () => {
    const [header, first] = rows('fr');
    expect(first?.[header!.indexOf('Engagement')]).toBe('C01 — Accès à l’information');
    expect(header).toContain('Personne qui a parlé');
  });
});
