import { describe, expect, it } from 'vitest';
import { buildCommitmentTemplate } from '../../../shared/docs/build-commitment-template.ts';
import { nextCommitmentCode } from '../../../shared/docs/next-commitment-code.ts';
import { parseDocument } from '../../../shared/docs/parse-document.ts';
import { parsePlainDate } from '../../../shared/docs/parse-plain-date.ts';
import { TEMPLATE_FIELDS } from '../../../shared/docs/template-fields.ts';
import { docModel, h2, table } from '../../fixtures/docs/build-doc-model.ts';

describe('buildCommitmentTemplate', () => {
  it.each(['en', 'fr', 'both'] as const)('in %s, every OGP template field is a row the parser reads back', (language) => {
    const template = buildCommitmentTemplate('C07', language);
    const filled = template.fields.map((row, r) => (language === 'both' && r === 0 ? row : row.map((cell, c) => (c === 0 ? cell : `value ${r}.${c}`))));
    const doc = docModel('t', [h2(template.heading), table(filled), table(template.milestones)]);
    const { commitments, findings } = parseDocument(doc, { language: 'en' });
    expect(findings).toEqual([]);
    expect(commitments).toHaveLength(1);
    expect(Object.keys(commitments[0]!.fields).sort()).toEqual(TEMPLATE_FIELDS.map((f) => f.key).sort());
    expect(commitments[0]!.milestones.map((m) => m.code)).toEqual(['C07.1']);
    const filledLanguages = language === 'both' ? ['en', 'fr'] : [language];
    for (const lang of filledLanguages) expect(commitments[0]!.fields.theme![lang as 'en' | 'fr']).toMatch(/^value/);
  });

  it('labels the bilingual template in both languages and uses Canada’s milestone questions', () => {
    const template = buildCommitmentTemplate('C01', 'both');
    expect(template.heading).toBe('C01 — Title of the commitment / Titre de l’engagement');
    expect(template.fields[0]).toEqual(['', 'English', 'Français']);
    expect(template.milestones[0]).toEqual(['Code', 'What will we do?', 'Que ferons-nous?', 'How will we know we succeeded?', 'Comment saurons-nous que nous avons réussi?', 'Deadline', 'Échéance']);
  });
});

describe('nextCommitmentCode', () => {
  it.each([
    [[], 'C01'],
    [['C01', 'C02'], 'C03'],
    [['C01', 'C05', 'C02'], 'C06'],
    [['C98'], 'C99'],
    [['C99'], undefined],
    [['X1', 'c04'], 'C01'],
  ] as const)('after %j → %s', (used, next) => {
    expect(nextCommitmentCode(used)).toBe(next);
  });
});

describe('parsePlainDate', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026-02-30', undefined],
    ['2026-03', '2026-03-31'],
    ['March 2026', '2026-03-31'],
    ['By March 2026', '2026-03-31'],
    ['D’ici mars 2026', '2026-03-31'],
    ['1er septembre 2025', '2025-09-01'],
    ['September 1st, 2025', '2025-09-01'],
    ['février 2028', '2028-02-29'],
    ['Fall 2027', undefined],
    ['Automne 2027', undefined],
    ['Ongoing', undefined],
    ['2026-27', undefined],
    ['By end of 2028', undefined],
  ])('%s → %s', (text, date) => {
    expect(parsePlainDate(text)).toBe(date);
  });
});
