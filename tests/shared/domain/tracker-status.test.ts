import { describe, expect, it } from 'vitest';
import { type TrackerStatus, trackerStatusLabel, trackerStatusLabels } from '../../../shared/domain/index.ts';

// Canada's tracker wording, word for word (ogp-domain §2.4).
describe('trackerStatusLabel', () => {
  it.each<[TrackerStatus, string, string]>([
    ['NS', 'Not started', 'Non commencé'],
    ['LP', 'Limited progress', 'Progrès limité'],
    ['SP', 'Substantial progress', 'Progrès important'],
    ['C', 'Complete', 'Réalisé'],
  ])('%s reads "%s" / "%s"', (status, en, fr) => {
    expect(trackerStatusLabel(status, 'en')).toBe(en);
    expect(trackerStatusLabel(status, 'fr')).toBe(fr);
    expect(trackerStatusLabels(status)).toEqual({ en, fr });
  });
});
