import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCell, needsEscape, unescapeCell } from '../../../shared/ledger/escape-cell.ts';
import { hostileString } from './events/arbitraries.ts';

const TRIGGER = /^[=+\-@\t\r']/;

describe('escapeCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 613 555 0100', "'+1 613 555 0100"],
    ['-5', "'-5"],
    ['@mention', "'@mention"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ["'quoted", "''quoted"],
    ['plain text', 'plain text'],
    ['', ''],
    [' =not a formula', ' =not a formula'],
    ['\n=after newline', '\n=after newline'],
  ])('writes %j as %j', (text, cell) => {
    expect(escapeCell(text)).toBe(cell);
    expect(unescapeCell(cell)).toBe(text);
  });

  it('strips exactly one leading quote', () => {
    expect(unescapeCell("'''x")).toBe("''x");
  });

  it('round-trips every string and never leaves a formula trigger in front', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const cell = escapeCell(text);
        expect(unescapeCell(cell)).toBe(text);
        expect(needsEscape(text) ? cell.startsWith("'") : cell === text).toBe(true);
        // The only allowed first character from the trigger set is the guard quote itself.
        if (TRIGGER.test(cell)) expect(cell[0]).toBe("'");
      }),
      { numRuns: 2000 },
    );
  });
});
