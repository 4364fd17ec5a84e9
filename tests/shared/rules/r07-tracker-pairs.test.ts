import { describe, expect, it } from 'vitest';
import type { ProgressUpdate } from '../../../shared/domain/progress-update.ts';
import { checkTrackerPairs } from '../../../shared/rules/r07-tracker-pairs.ts';
import { located, update } from './builders.ts';

type Row = [string, Partial<ProgressUpdate>, string[]];

const failing: Row[] = [
  ['no progress in French', { progress: { en: 'Done.', fr: '' } }, ['progress.fr']],
  ['no progress at all', { progress: { en: '', fr: ' ' } }, ['progress.en', 'progress.fr']],
  ['“NIL” in the French column', { progress: { en: 'NIL', fr: 'NIL' } }, ['progress.fr']],
  ['“NUL” in the English column', { progress: { en: 'nul', fr: 'NUL' } }, ['progress.en']],
  ['evidence in English only', { evidence: { en: 'https://example.org', fr: '' } }, ['evidence.fr']],
  ['limited progress without challenges', { status: 'LP' }, ['challenges.en', 'challenges.fr']],
  ['not started, challenges in French only', { status: 'NS', challenges: { en: '', fr: 'Budget gelé.' } }, ['challenges.en']],
  ['complete, challenges in English only', { status: 'C', challenges: { en: 'Staffing.', fr: '' } }, ['challenges.fr']],
];

const passing: [string, Partial<ProgressUpdate>][] = [
  ['progress in both languages', {}],
  ['no progress, said properly', { progress: { en: 'NIL', fr: 'NUL' } }],
  ['evidence in neither language', { evidence: { en: '', fr: '' } }],
  ['evidence in both languages', { evidence: { en: 'Report', fr: 'Rapport' } }],
  ['limited progress with challenges', { status: 'LP', challenges: { en: 'Staffing.', fr: 'Personnel.' } }],
  ['substantial progress, no challenges', { status: 'SP' }],
];

describe('R7 tracker pairs', () => {
  it.each(failing)('%s → R7 finding', (_name, overrides, paths) => {
    expect(located(checkTrackerPairs(update(overrides)))).toEqual(
      paths.map((path) => ({ rule: 'R7', severity: 'error', path })),
    );
  });

  it.each(passing)('%s → nothing', (_name, overrides) => {
    expect(checkTrackerPairs(update(overrides))).toEqual([]);
  });

  it('tells the reporter to write NUL in French', () => {
    const [finding] = checkTrackerPairs(update({ progress: { en: 'NIL', fr: 'NIL' } }));
    expect(finding!.message.fr).toContain('« NUL »');
  });
});
