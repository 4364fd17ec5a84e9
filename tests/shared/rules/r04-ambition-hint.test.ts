import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitment.ts';
import { checkAmbitionHint } from '../../../shared/rules/r04-ambition-hint.ts';
import { commitment, edit, located, milestone } from './builders.ts';

function withMilestones(...texts: [string, string][]): Commitment {
  return edit(commitment(), (c) => {
    c.milestones = texts.map(([en, fr], m) => ({
      ...milestone(`C01.${m + 1}`),
      text: { en, fr },
      expectedOutputs: { en: '', fr: '' },
    }));
  });
}

type Row = [string, Commitment, string, string];

const hinted: Row[] = [
  [
    'websites, data and training only',
    withMilestones(
      ['Launch a new website on budgets.', 'Lancer un nouveau site Web sur les budgets.'],
      ['Release budget datasets.', 'Diffuser des jeux de données budgétaires.'],
      ['Run training for officials.', 'Offrir de la formation aux fonctionnaires.'],
    ),
    'milestones',
    'website, data release, training',
  ],
  [
    'continuing existing work',
    withMilestones(
      ['Continue the existing open data program.', 'Poursuivre le programme existant de données ouvertes.'],
      ['Maintain the ongoing portal.', 'Maintenir le portail en cours.'],
    ),
    'milestones',
    'continues existing work',
  ],
  [
    'binding change in a milestone',
    withMilestones(['Table amendments to the Access to Information Act.', 'Déposer des modifications à la loi.']),
    'milestones[0].text',
    'amendments',
  ],
  [
    'binding change in the description',
    edit(commitment(), (c) => { c.description = { en: 'Make proactive disclosure mandatory.', fr: 'Rendre la divulgation proactive obligatoire.' }; }),
    'description',
    'mandatory',
  ],
];

const silent: [string, Commitment][] = [
  ['a report tabled in Parliament', commitment()],
  [
    'a website plus a report',
    withMilestones(['Launch a website.', 'Lancer un site Web.'], ['Publish a report on delays.', 'Publier un rapport sur les délais.']),
  ],
  [
    'continuing, but expanded',
    withMilestones(['Continue and expand the program to new regions.', 'Poursuivre et élargir le programme à de nouvelles régions.']),
  ],
  ['no milestones', edit(commitment(), (c) => { c.milestones = []; })],
];

describe('R4 ambition hint', () => {
  it.each(hinted)('%s → R4 finding', (_name, input, path, quoted) => {
    const findings = checkAmbitionHint(input);
    expect(located(findings)).toEqual([{ rule: 'R4', severity: 'info', path }]);
    expect(findings[0]!.message.en).toContain(quoted);
  });

  it.each(silent)('%s → nothing', (_name, input) => {
    expect(checkAmbitionHint(input)).toEqual([]);
  });

  it('lists the categories in French in the French message', () => {
    const modest = withMilestones(['Run a pilot.', 'Mener un projet pilote.'], ['Train staff.', 'Former le personnel.']);
    expect(checkAmbitionHint(modest)[0]!.message.fr).toContain('formation, projet pilote');
  });
});
