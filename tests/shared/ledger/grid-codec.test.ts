import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cells } from '../../../shared/ledger/cell-codec.ts';
import { decodeGridRow, defineGrid, encodeGridRow, gridHeader, isGridHeader } from '../../../shared/ledger/grid-codec.ts';
import { FORMULA_START, hostileString } from './events/arbitraries.ts';

type Row = { name: string; count: number; share: number | undefined; open: boolean; sides: ('government' | 'csn')[]; extra: unknown };

const grid = defineGrid<Row>({
  version: 2,
  columns: [
    { header: 'name', key: 'name', codec: cells.text },
    { header: 'count', key: 'count', codec: cells.integer },
    { header: 'share', key: 'share', codec: cells.optional(cells.number) },
    { header: 'open', key: 'open', codec: cells.boolean },
    { header: 'sides', key: 'sides', codec: cells.listOf(['government', 'csn'] as const) },
    { header: 'extra', key: 'extra', codec: cells.json },
  ],
});

const row: Row = { name: '=HYPERLINK("x")', count: -3, share: 0.25, open: true, sides: ['government', 'csn'], extra: { b: [1, 'two'], a: null } };

describe('grid codec', () => {
  it('writes a header with the version column first', () => {
    expect(gridHeader(grid)).toEqual(['v', 'name', 'count', 'share', 'open', 'sides', 'extra']);
    expect(isGridHeader(grid, [...gridHeader(grid), '', null])).toBe(true);
    expect(isGridHeader(grid, ['v', 'name'])).toBe(false);
  });

  it('writes every cell as escaped text and reads it back', () => {
    const encoded = encodeGridRow(grid, row);
    expect(encoded).toEqual(['2', '\'=HYPERLINK("x")', "'-3", '0.25', 'TRUE', 'government, csn', '{"a":null,"b":[1,"two"]}']);
    expect(decodeGridRow(grid, encoded)).toEqual({ ok: true, value: row });
  });

  it('reads the numbers and booleans Sheets hands back for typed cells', () => {
    expect(decodeGridRow(grid, [2, 'n', 7, '', true, '', 'null'])).toEqual({
      ok: true,
      value: { name: 'n', count: 7, open: true, sides: [], extra: null },
    });
  });

  it.each([
    ['a row of another version', ['1', 'n', '1', '', 'TRUE', '', '1'], 'v'],
    ['a count that is not a whole number', ['2', 'n', '1.5', '', 'TRUE', '', '1'], 'count'],
    ['a share that is not a number', ['2', 'n', '1', 'half', 'TRUE', '', '1'], 'share'],
    ['a flag that is not TRUE or FALSE', ['2', 'n', '1', '', 'yes', '', '1'], 'open'],
    ['a side that does not exist', ['2', 'n', '1', '', 'TRUE', 'government, press', '1'], 'sides'],
    ['JSON that does not parse', ['2', 'n', '1', '', 'TRUE', '', '{'], 'extra'],
    ['a date typed by hand', ['2', 'n', new Date(0), '', 'TRUE', '', '1'], 'count'],
  ])('refuses %s and names its column', (_name, cellsIn, header) => {
    const result = decodeGridRow(grid, cellsIn);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe(header);
  });

  it('round-trips hostile text and never writes a formula', () => {
    fc.assert(
      fc.property(hostileString, fc.integer(), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined }), fc.jsonValue(), (name, count, share, extra) => {
        const record: Row = { name, count, share: Object.is(share, -0) ? 0 : share, open: false, sides: [], extra: JSON.parse(JSON.stringify(extra)) };
        const encoded = encodeGridRow(grid, record);
        for (const cell of encoded) expect(cell).not.toMatch(FORMULA_START);
        expect(decodeGridRow(grid, encoded)).toEqual({ ok: true, value: record });
      }),
      { numRuns: 1000 },
    );
  });
});
