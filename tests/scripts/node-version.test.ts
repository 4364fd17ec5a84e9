import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { satisfiesRange } from '../../scripts/node-version.ts';

const RANGE = '>=20.19 <21 || >=22.12';

describe('satisfiesRange', () => {
  it.each([
    ['v20.20.2', true],
    ['20.19.0', true],
    ['v20.18.3', false],
    ['v21.7.0', false],
    ['v22.11.0', false],
    ['v22.12.0', true],
    ['v24.1.0', true],
    ['v18.20.4', false],
  ])('%s in %s → %s', (version, expected) => {
    expect(satisfiesRange(version, RANGE)).toBe(expected);
  });

  it('package.json declares that range, and .nvmrc names a major inside it', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(RANGE);
    const nvmrc = readFileSync('.nvmrc', 'utf8').trim();
    expect(satisfiesRange(`${nvmrc}.99.0`, RANGE) || satisfiesRange(`${nvmrc}.20.0`, RANGE)).toBe(true);
  });

  it('refuses a comparator it does not understand instead of guessing', () => {
    expect(() => satisfiesRange('v20.0.0', '^20')).toThrow(/Unsupported/);
  });
});
