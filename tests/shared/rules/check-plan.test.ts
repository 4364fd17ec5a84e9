import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../shared/domain/parse-value.ts';
import { checkCommitment, checkPlan, RULE_CODES, ruleTitle, UNDECIDABLE_RULES } from '../../../shared/rules/index.ts';
import { Finding } from '../../../shared/rules/finding.ts';
import { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { commitment, context, edit, emptyRecords, located, planRecords, update } from './builders.ts';

describe('the valid plan used by every rule table', () => {
  it('passes its own schema', () => {
    const result = parseValue(PlanRecords, planRecords());
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([]);
  });

  it('breaks no rule', () => {
    expect(located(checkPlan(planRecords(), context()))).toEqual([]);
  });

  it('has a commitment that breaks no rule', () => {
    expect(located(checkCommitment(commitment(), context()))).toEqual([]);
  });
});

describe('checkCommitment', () => {
  it('runs the commitment rules together, sorted by rule then path', () => {
    const broken = edit(commitment(), (c) => {
      c.title.fr = '';
      c.csoPartners = [];
      c.milestones[0]!.code = 'C02.1';
      delete c.milestones[0]!.endDate;
      delete c.startDate;
    });
    expect(located(checkCommitment(broken, context()))).toEqual([
      { rule: 'R1', severity: 'error', path: 'startDate' },
      { rule: 'R2', severity: 'error', path: 'milestones[0].endDate' },
      { rule: 'R5', severity: 'error', path: 'milestones[0].code' },
      { rule: 'R5', severity: 'error', path: 'milestones[0].indicators[0].code' },
      { rule: 'R6', severity: 'error', path: 'title.fr' },
      { rule: 'R21', severity: 'warn', path: 'csoPartners' },
    ]);
  });
});

describe('checkPlan', () => {
  it('places commitment and tracker findings under their index', () => {
    const records = edit(planRecords(), (r) => {
      r.commitments[3]!.milestones[0]!.expectedOutputs = { en: '', fr: '' };
      r.updates.push(update({ reportingPeriod: '2026-12', status: 'LP', challenges: { en: 'Hiring freeze.', fr: '' } }));
    });
    expect(located(checkPlan(records, context()))).toEqual([
      { rule: 'R2', severity: 'error', path: 'commitments[3].milestones[0].expectedOutputs' },
      { rule: 'R7', severity: 'error', path: 'updates[1].challenges.fr' },
    ]);
  });

  it('orders paths by number: commitments[2] before commitments[10]', () => {
    const records = edit(planRecords(), (r) => {
      r.commitments = ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C11'].map((code) => commitment(code));
      r.commitments[10]!.csoPartners = [];
      r.commitments[2]!.csoPartners = [];
      r.signOffs = [];
      for (const c of r.commitments) c.inclusionDecision = 'pending';
    });
    expect(checkPlan(records, context()).map((f) => f.path)).toEqual(['commitments[2].csoPartners', 'commitments[10].csoPartners']);
  });

  it('on an empty ledger, reports the forum never met, too few commitments, no forum members', () => {
    expect(located(checkPlan(emptyRecords(), context()))).toEqual([
      { rule: 'R10', severity: 'warn', path: 'meetings' },
      { rule: 'R23', severity: 'info', path: 'commitments' },
      { rule: 'R24', severity: 'info', path: 'stakeholders' },
      { rule: 'R24', severity: 'info', path: 'stakeholders' },
      { rule: 'R24', severity: 'info', path: 'stakeholders' },
    ]);
  });

  it('gives the same findings for the same records, whatever is asked first', () => {
    const records = edit(planRecords(), (r) => { r.meetings[1]!.chairSide = 'government'; r.plan!.title.fr = ''; });
    expect(checkPlan(records, context())).toEqual(checkPlan(structuredClone(records), context()));
  });
});

describe('findings as data', () => {
  it('each one parses as a Finding and carries text in both languages', () => {
    const findings = checkPlan(emptyRecords(), context());
    const broken = checkPlan(
      edit(planRecords(), (r) => {
        r.plan!.title.fr = '';
        r.meetings[1]!.chairSide = 'government';
        r.commitments[0]!.milestones[0]!.text = { en: 'Explore options.', fr: 'Explorer des options.' };
        r.commitments[0]!.milestones[0]!.expectedOutputs = { en: '', fr: '' };
      }),
      context(),
    );
    for (const finding of [...findings, ...broken]) {
      expect(parseValue(Finding, finding).ok).toBe(true);
      expect(finding.message.en).not.toMatch(/\{\w+\}|^rules\./);
      expect(finding.message.fr).not.toMatch(/\{\w+\}|^rules\./);
    }
    expect(broken.map((f) => f.rule)).toEqual(['R2', 'R3', 'R16', 'R18']);
  });
});

describe('UNDECIDABLE_RULES', () => {
  it.each(UNDECIDABLE_RULES.map((entry) => [entry.rule, entry]))('%s has a reason in both languages', (_rule, entry) => {
    expect(RULE_CODES).toContain(entry.rule);
    expect(entry.reason.en.length).toBeGreaterThan(20);
    expect(entry.reason.fr.length).toBeGreaterThan(20);
  });
});

describe('ruleTitle', () => {
  it.each(RULE_CODES.map((rule) => [rule]))('%s has a name in both languages', (rule) => {
    const title = ruleTitle(rule);
    expect(title.en).not.toMatch(/^rules\./);
    expect(title.fr).not.toMatch(/^rules\./);
    expect(title.fr).not.toBe(title.en);
  });
});
