import { describe, expect, it } from 'vitest';
import { joinPath } from '../../../shared/rules/prefix-findings.ts';

describe('joinPath', () => {
  it.each([
    ['commitments[0]', 'milestones[1].text', 'commitments[0].milestones[1].text'],
    ['commitments[0]', '', 'commitments[0]'],
    ['', 'title.fr', 'title.fr'],
    ['verdicts', '[0].rationale.fr', 'verdicts[0].rationale.fr'],
  ])('%s + %s → %s', (prefix, path, joined) => {
    expect(joinPath(prefix, path)).toBe(joined);
  });
});
