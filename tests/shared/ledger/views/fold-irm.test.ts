import { describe, expect, it } from 'vitest';
import { IrmAssessment } from '../../../../shared/domain/irm-assessment.ts';
import { parseValue } from '../../../../shared/domain/parse-value.ts';
import { foldEvents } from '../../../../shared/ledger/views/fold-events.ts';
import { VIEW_TAB_SPECS } from '../../../../shared/ledger/views/view-tab-specs.ts';
import * as example from '../../domain/examples.ts';
import { stored } from './make-events.ts';

const today = '2026-11-30';
const review = example.irmAssessment;
const results: IrmAssessment = {
  id: 'irm-rr-2029-c01',
  commitmentId: example.commitment.id,
  commitmentCode: 'C01',
  report: 'results_report',
  completion: 'substantial',
  didItOpenGovernment: 'marginal',
};

describe('IRM findings in the fold', () => {
  it('shows the latest finding of each report beside the commitment and its tracker status', () => {
    const events = [
      stored('commitment.upserted', { commitment: example.commitment, versionHash: 'ab'.repeat(32) }),
      stored('irm.assessed', { assessment: { ...review, potentialForResults: 'unclear' } }, { at: '2026-02-01T00:00:00.000Z' }),
      stored('irm.assessed', { assessment: review }, { at: '2026-02-20T00:00:00.000Z' }),
      stored('irm.assessed', { assessment: results }),
      stored('update.reported', { update: { ...example.progressUpdate, reportingPeriod: '2026-06', status: 'SP', challenges: undefined } }),
      stored('update.reported', { update: example.progressUpdate }),
    ];
    const views = foldEvents(events, { today });
    expect(views.irm).toHaveLength(1);
    const [view] = views.irm;
    expect(view!.review?.potentialForResults).toBe('modest');
    expect(view!.results?.completion).toBe('substantial');
    expect(view!.tracker).toEqual({ latestPeriod: '2026-06', statuses: { SP: 1 }, indicators: 1 });
    const [row] = VIEW_TAB_SPECS.irm.rows(views);
    expect(row).toMatchObject({
      commitmentCode: 'C01',
      titleEn: example.commitment.title.en,
      verifiable: 'verifiable',
      relevant: true,
      values: ['civic_participation'],
      potentialForResults: 'modest',
      completion: 'substantial',
      didItOpenGovernment: 'marginal',
      trackerPeriod: '2026-06',
      trackerStatuses: 'SP:1',
    });
  });

  it('the same findings in any order and with duplicates give the same view', () => {
    const events = [stored('irm.assessed', { assessment: review }), stored('irm.assessed', { assessment: results })];
    const once = foldEvents(events, { today }).irm;
    expect(foldEvents([...events].reverse().concat(events), { today }).irm).toEqual(once);
  });

  it('takes the plan and its reporting periods from the log', () => {
    const views = foldEvents([stored('plan.recorded', { plan: example.actionPlan })], { today });
    expect(views.records.plan?.reportingPeriods).toEqual(['2025-12', '2026-06', '2026-12']);
  });

  it.each<[string, Partial<IrmAssessment>, string]>([
    ['a completion in the Action Plan Review', { completion: 'complete' }, 'come from the IRM’s Results Report'],
    ['a potential for results on a commitment that is not verifiable', { verifiable: 'not_verifiable' }, 'not reviewable'],
  ])('refuses %s, saying why in both languages', (_name, over, english) => {
    const parsed = parseValue(IrmAssessment, { ...review, ...over });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]!.message.en).toContain(english);
    expect(parsed.errors[0]!.message.fr).not.toBe(parsed.errors[0]!.message.en);
  });
});
