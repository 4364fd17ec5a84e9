import { describe, expect, it } from 'vitest';
import { commitmentFromParsed } from '../../../shared/docs/commitment-from-parsed.ts';
import { parseDocument } from '../../../shared/docs/parse-document.ts';
import { Commitment } from '../../../shared/domain/commitment.ts';
import { MESSY_NAP5 } from '../../fixtures/docs/messy-drafts.ts';
import { NAP5_C01_BILINGUAL } from '../../fixtures/docs/nap5-c01-bilingual.ts';
import { NAP6_C01_EN } from '../../fixtures/docs/nap6-c01-en.ts';
import { NAP6_C01_FR } from '../../fixtures/docs/nap6-c01-fr.ts';

const read = (doc: typeof NAP6_C01_EN, language: 'en' | 'fr' = 'en') => parseDocument(doc, { language });

describe('parseDocument on real plans', () => {
  it('reads both commitments of the English 2025-29 draft and stops at the annex', () => {
    const { commitments, findings } = read(NAP6_C01_EN);
    expect(commitments.map((c) => [c.code, c.title.en])).toEqual([
      ['C01', 'Inclusive and meaningful public participation'],
      ['C02', 'Protecting civic space and democracy in the digital era'],
    ]);
    expect(findings).toEqual([]);
    const c01 = commitments[0]!;
    expect(c01.fields.issueToBeAddressed?.en).toMatch(/^Although public input is increasingly valued/);
    expect(c01.fields.issueToBeAddressed?.fr).toBe('');
    expect(c01.milestones.map((m) => [m.code, m.deadline.en])).toEqual([
      ['C01.1', 'Fall 2027'],
      ['C01.2', 'Ongoing'],
      ['C01.3', 'By end of 2028'],
      ['C01.4', '2026-27'],
    ]);
    // The annex heading (level 1) ends C02: its paragraph is not part of the commitment.
    const annex = NAP6_C01_EN.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.startsWith('Annex'));
    expect(commitments[1]!.blocks).not.toContain(annex);
  });

  it('turns it into a valid domain commitment; deadlines in words stay text with no end date', () => {
    const { commitments } = read(NAP6_C01_EN);
    const { commitment, findings } = commitmentFromParsed(commitments[0]!, '7b0c1a52-58a5-4c0e-9a55-0d7e2c8a1f01');
    expect(Commitment.safeParse(commitment).success).toBe(true);
    expect(findings).toEqual([]);
    expect(commitment.leadInstitutions).toHaveLength(6);
    expect(commitment.ogpValues).toEqual(['civic_participation', 'inclusion']);
    expect(commitment.startDate).toBe('2025-09-01');
    expect(commitment.milestones[0]).toMatchObject({ code: 'C01.1', deadline: { en: 'Fall 2027', fr: '' } });
    expect(commitment.milestones[0]!.endDate).toBeUndefined();
    expect(commitment.milestones[2]!.endDate).toBeUndefined(); // "By end of 2028" names no month
  });

  it('reads the French draft in French, with dates written out in French', () => {
    const { commitments, findings } = read(NAP6_C01_FR, 'fr');
    expect(findings).toEqual([]);
    const { commitment } = commitmentFromParsed(commitments[0]!, 'id-fr');
    expect(commitment.title).toEqual({ en: '', fr: 'Participation inclusive et significative' });
    expect(commitment.startDate).toBe('2025-09-01');
    expect(commitment.endDate).toBe('2029-06-30');
    expect(commitment.issueToBeAddressed).toEqual({ en: '', fr: '' });
    expect(commitment.ogpValues).toEqual(['civic_participation', 'inclusion']);
    expect(commitment.milestones.map((m) => [m.code, m.deadline?.fr, m.endDate])).toEqual([
      ['C01.1', 'Automne 2027', undefined],
      ['C01.2', 'Permanent', undefined],
      ['C01.6', 'D’ici mars 2026', '2026-03-31'],
    ]);
  });

  it('reads the bilingual side-by-side template into both languages of each field', () => {
    const { commitments, findings } = read(NAP5_C01_BILINGUAL);
    expect(findings).toEqual([]);
    const { commitment } = commitmentFromParsed(commitments[0]!, 'id-bi');
    expect(commitment.title).toEqual({ en: 'Climate Change and Sustainable Growth', fr: 'Changements climatiques et croissance durable' });
    expect(commitment.leadInstitutions).toEqual(['Natural Resources Canada', 'Statistics Canada', 'Environment and Climate Change Canada']);
    expect(commitment.ogpValues).toEqual(['transparency']);
    expect(commitment.milestones[0]!.text.fr).toMatch(/^Améliorer et élargir/);
    expect(commitment.milestones[0]!.expectedOutputs.en).toMatch(/Energy and Environment/);
    expect(commitment.milestones.map((m) => m.endDate)).toEqual(['2022-12-31', '2023-03-31']);
  });
});

describe('parseDocument on messy drafts says what it could not read', () => {
  const { commitments, findings } = read(MESSY_NAP5);
  const keys = findings.map((f) => [f.key, f.severity, f.commitmentCode]);

  it('still finds both commitments: a heading typed as body text and "Commitment 4:" with no code', () => {
    expect(commitments.map((c) => c.code)).toEqual(['C03', 'C04']);
    expect(keys).toContainEqual(['docs.read.handTypedHeading', 'info', 'C03']);
    expect(keys).toContainEqual(['docs.read.numberedHeading', 'info', 'C04']);
  });

  it.each([
    ['a label the template does not have', 'docs.read.unknownLabel', 'warn', 'Budget line'],
    ['a French label in an English table', 'docs.read.otherLanguageLabel', 'info', 'Énoncé du problème'],
    ['a merged row across the milestones table', 'docs.read.milestoneRowNotRead', 'warn', 'still under discussion'],
  ])('%s', (_case, key, severity, quoted) => {
    const finding = findings.find((f) => f.key === key);
    expect(finding).toMatchObject({ severity, commitmentCode: 'C03' });
    expect(finding!.message.en).toContain(quoted);
    expect(finding!.message.fr).toContain(quoted);
    expect(finding!.location.row).toBeGreaterThanOrEqual(0);
  });

  it('reads the French-labelled row as English text, skips empty rows, numbers milestones by position', () => {
    const c03 = commitments[0]!;
    expect(c03.fields.problemStatement?.en).toMatch(/^Opaque corporate ownership/);
    expect(c03.milestones.map((m) => [m.code, m.deadline.en])).toEqual([
      ['C03.1', 'December 2023'],
      ['C03.2', 'Ongoing'],
    ]);
  });

  it('reads the four-column bilingual layout into each language', () => {
    const c04 = commitments[1]!;
    expect(c04.fields.description).toEqual({ en: 'Collect and share data, including disaggregated data', fr: 'Collecter et partager les données, y compris les données désagrégées' });
    const { findings: valueFindings, commitment } = commitmentFromParsed(c04, 'id-c04');
    expect(commitment.ogpValues).toEqual(['transparency']);
    expect(valueFindings.map((f) => f.key)).toEqual(['docs.read.unknownValue']);
    expect(valueFindings[0]!.message.fr).toContain('« openness »');
  });

  it('leaves out a start date it cannot read, and says so', () => {
    const { commitment, findings: dateFindings } = commitmentFromParsed(commitments[0]!, 'id-c03');
    expect(commitment.startDate).toBeUndefined();
    expect(dateFindings.map((f) => [f.key, f.message.en])).toEqual([['docs.read.undatable', expect.stringContaining('“Summer 2022”')]]);
  });
});
