import { describe, expect, it } from 'vitest';
import { compareNatural, sortFindings } from '../../../shared/rules/sort-findings.ts';
import type { Finding, RuleCode } from '../../../shared/rules/finding.ts';

const finding = (rule: RuleCode, path: string, en = ''): Finding => ({ rule, severity: 'warn', path, message: { en, fr: en } });

describe('compareNatural', () => {
  it.each([
    ['R2', 'R10', -1],
    ['milestones[2]', 'milestones[10]', -1],
    ['milestones[10].text', 'milestones[9].text', 1],
    ['a', 'a', 0],
    ['', 'a', -1],
    ['plan.title.en', 'plan.title.fr', -1],
  ] as const)('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareNatural(a, b))).toBe(sign);
  });
});

describe('sortFindings', () => {
  it('sorts by rule number, then path, keeping equal keys in order', () => {
    const sorted = sortFindings([
      finding('R10', 'meetings'),
      finding('R2', 'milestones[10].endDate'),
      finding('R24', 'stakeholders', 'first'),
      finding('R2', 'milestones[2].endDate'),
      finding('R24', 'stakeholders', 'second'),
    ]);
    expect(sorted.map((f) => `${f.rule} ${f.path} ${f.message.en}`.trim())).toEqual([
      'R2 milestones[2].endDate',
      'R2 milestones[10].endDate',
      'R10 meetings',
      'R24 stakeholders first',
      'R24 stakeholders second',
    ]);
  });
});
