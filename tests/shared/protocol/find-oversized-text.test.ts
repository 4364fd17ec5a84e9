import { describe, expect, it } from 'vitest';
import { findOversizedText } from '../../../shared/protocol/find-oversized-text.ts';

const long = 'x'.repeat(11);

describe('findOversizedText', () => {
  it.each([
    ['a short value', { a: ['ok', { b: 'fine' }] }, undefined],
    ['a long string at the root', long, ''],
    ['a long string deep in a list', { events: [{ payload: { text: 'ok' } }, { payload: { tags: ['ok', long] } }] }, 'events[1].payload.tags[1]'],
    ['a long object key', { [long]: 1 }, long],
    ['exactly the limit', 'x'.repeat(10), undefined],
    ['numbers, booleans and null', { n: 1e300, b: true, z: null }, undefined],
  ])('finds %s', (_name, value, path) => {
    expect(findOversizedText(value, 10)).toBe(path);
  });
});
