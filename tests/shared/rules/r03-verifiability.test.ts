import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitment.ts';
import { checkVerifiability } from '../../../shared/rules/r03-verifiability.ts';
import { commitment, edit, located, milestone } from './builders.ts';

type Row = [string, (c: Commitment) => void, string];

function twoMilestones(): Commitment {
  return edit(commitment(), (c) => { c.milestones = [milestone('C01.1'), milestone('C01.2')]; });
}

const failing: Row[] = [
  [
    'soft verbs only, in both languages',
    (c) => {
      c.milestones[1]!.text = { en: 'Explore and promote open contracting.', fr: 'Explorer et promouvoir les contrats ouverts.' };
      c.milestones[1]!.expectedOutputs = { en: '', fr: '' };
    },
    'milestones[1].text',
  ],
  [
    'no deliverable, date or number',
    (c) => {
      c.milestones[0]!.text = { en: 'Better procurement.', fr: 'De meilleurs achats.' };
      c.milestones[0]!.expectedOutputs = { en: 'Things improve.', fr: 'Les choses vont mieux.' };
    },
    'milestones[0].text',
  ],
  [
    'an indicator that only supports',
    (c) => { c.milestones[1]!.indicators[0]!.text = { en: 'Support departments.', fr: 'Soutenir les ministères.' }; },
    'milestones[1].indicators[0].text',
  ],
];

const passing: [string, (c: Commitment) => void][] = [
  ['published reports', () => {}],
  [
    'a soft verb with a concrete output',
    (c) => {
      c.milestones[0]!.text = { en: 'Support departments.', fr: 'Soutenir les ministères.' };
      c.milestones[0]!.expectedOutputs = { en: 'A guide is published.', fr: 'Un guide est publié.' };
    },
  ],
  [
    'one language reads as verifiable',
    (c) => { c.milestones[0]!.text = { en: 'Publish a report.', fr: 'Faire avancer le dossier.' }; },
  ],
  ['no text at all (R1 and R2 report it)', (c) => {
    c.milestones[0]!.text = { en: '', fr: '' };
    c.milestones[0]!.expectedOutputs = { en: '', fr: '' };
  }],
];

describe('R3 verifiability', () => {
  it.each(failing)('%s → R3 finding', (_name, change, path) => {
    expect(located(checkVerifiability(edit(twoMilestones(), change)))).toEqual([{ rule: 'R3', severity: 'warn', path }]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkVerifiability(edit(twoMilestones(), change))).toEqual([]);
  });

  it('quotes each language’s own soft verbs', () => {
    const soft = edit(twoMilestones(), (c) => {
      c.milestones[0]!.text = { en: 'Explore and promote open contracting.', fr: 'Explorer et promouvoir les contrats ouverts.' };
      c.milestones[0]!.expectedOutputs = { en: '', fr: '' };
    });
    const [finding] = checkVerifiability(soft);
    expect(finding!.message.en).toContain('“explore, promote”');
    expect(finding!.message.fr).toContain('« explorer, promouvoir »');
  });
});
