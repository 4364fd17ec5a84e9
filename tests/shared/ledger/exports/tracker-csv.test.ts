import { describe, expect, it } from 'vitest';
import type { ProgressUpdate } from '../../../../shared/domain/progress-update.ts';
import { decodeCsv } from '../../../../shared/ledger/exports/decode-csv.ts';
import { trackerCsv } from '../../../../shared/ledger/exports/tracker-csv.ts';
import { trackerPlanFromRecords } from '../../../../shared/ledger/exports/tracker-rows.ts';
import { NAP6_PLAN, nap6Commitments } from '../../../fixtures/tracker/nap6-records.ts';

// The export is always given the plan as the ledger records it: the real nap6 codes and periods.
const plan = trackerPlanFromRecords({ plan: NAP6_PLAN, commitments: nap6Commitments() });

const update = (over: Partial<ProgressUpdate> = {}): ProgressUpdate => ({
  reportingPeriod: '2026-06',
  commitmentCode: 'C01',
  milestoneCode: 'C01.1',
  indicatorCode: 'C01.1.1',
  status: 'SP',
  progress: { en: 'Portal launched', fr: 'Portail lancé' },
  ...over,
});

describe('trackerCsv', () => {
  it('writes Canada’s exact columns and one row per update', () => {
    const result = trackerCsv([update()], plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(decodeCsv(result.csv)).toEqual([
      ['reporting_period', 'commitments', 'milestones', 'indicators', 'status', 'progress_en', 'progress_fr', 'evidence_en', 'evidence_fr', 'challenges_en', 'challenges_fr'],
      ['2026-06', 'C01', 'C01.1', 'C01.1.1', 'SP', 'Portal launched', 'Portail lancé', '', '', '', ''],
    ]);
  });

  it('writes NIL and NUL when no progress was made', () => {
    const result = trackerCsv([update({ status: 'NS', progress: { en: ' ', fr: '' }, challenges: { en: 'Staffing', fr: 'Personnel' } })], plan);
    if (!result.ok) throw new Error('refused');
    expect(decodeCsv(result.csv)[1]!.slice(4, 7)).toEqual(['NS', 'NIL', 'NUL']);
  });

  // A leading `=` is now refused (the tracker's uploader refuses it as a formula); `+` and `@` are guarded here.
  it('escapes formulas and sorts by period then indicator', () => {
    const result = trackerCsv([
      update({ indicatorCode: 'C01.1.2', progress: { en: '@cmd()', fr: '+1' } }),
      update({ reportingPeriod: '2025-12' }),
      update(),
    ], plan);
    if (!result.ok) throw new Error('refused');
    expect(result.csv).toContain("'@cmd()");
    expect(decodeCsv(result.csv).slice(1).map((row) => `${row[0]} ${row[3]}`)).toEqual(['2025-12 C01.1.1', '2026-06 C01.1.1', '2026-06 C01.1.2']);
  });

  it.each<[string, Partial<ProgressUpdate>, string, string]>([
    ['progress in one language only', { progress: { en: 'Done', fr: '' } }, 'R7', 'progress must be given in both English and French'],
    ['evidence in one language only', { evidence: { en: 'https://x', fr: '' } }, 'R7', 'evidence must be given in both'],
    ['challenges missing when limited progress', { status: 'LP' }, 'R7', 'challenges are required'],
    ['challenges in one language only', { challenges: { en: '', fr: 'Retard' } }, 'R7', 'challenges must be given in both'],
    ['a milestone outside its commitment', { milestoneCode: 'C02.1', indicatorCode: 'C02.1.1' }, 'R5', 'must belong to commitment C01'],
  ])('refuses %s with a bilingual reason', (_name, over, rule, english) => {
    const result = trackerCsv([update(over)], plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.rule).toBe(rule);
    expect(result.errors[0]!.message.en).toContain(english);
    expect(result.errors[0]!.message.fr).not.toBe('');
    expect(result.errors[0]!.message.fr).not.toBe(result.errors[0]!.message.en);
  });

  it('refuses a period outside the plan and a second update for one period and indicator', () => {
    const result = trackerCsv([update(), update({ reportingPeriod: '2026-03' }), update()], plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.index, error.rule])).toEqual([
      [1, 'R8'],
      [2, 'R8'],
    ]);
    expect(result.errors[1]!.message.en).toContain('(row 2)');
    expect(result.errors[1]!.message.fr).toContain('(ligne 2)');
  });
});
