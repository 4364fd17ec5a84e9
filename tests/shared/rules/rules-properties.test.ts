import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessVerifiability } from '../../../shared/rules/assess-verifiability.ts';
import { checkCommitment, checkPlan, sortFindings } from '../../../shared/rules/index.ts';
import { commitment, context, edit, planRecords } from './builders.ts';

// Whatever people type, the rules answer with findings and never throw (shared/ never throws on user data).
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', 'NIL', 'NUL', '=1+1', '\u0301', 'œ'));
const bilingual = fc.record({ en: text, fr: text });

describe('rules on arbitrary text', () => {
  it('assessVerifiability always gives a verdict', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom('en' as const, 'fr' as const), (action, output, language) => {
        expect(['empty', 'verifiable', 'softVerbsOnly', 'noDeliverable']).toContain(assessVerifiability(action, output, language).kind);
      }),
    );
  });

  it('checkCommitment returns sorted findings for any texts', () => {
    fc.assert(
      fc.property(bilingual, bilingual, bilingual, bilingual, (title, description, action, output) => {
        const input = edit(commitment(), (c) => {
          c.title = title;
          c.description = description;
          c.milestones[0]!.text = action;
          c.milestones[0]!.expectedOutputs = output;
        });
        const findings = checkCommitment(input, context());
        expect(findings).toEqual(sortFindings(findings));
      }),
      { numRuns: 200 },
    );
  });

  it('checkPlan leaves the records it reads unchanged', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(planRecords().meetings), bilingual, (meetings, rationale) => {
        const records = edit(planRecords(), (r) => {
          r.meetings = meetings;
          r.verdicts[0]!.rationale = rationale;
        });
        const before = structuredClone(records);
        checkPlan(records, context());
        expect(records).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
