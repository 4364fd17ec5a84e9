import { type ContractCheck, expectEqual, expectThrows } from './contract-check.ts';

const HOSTILE = ['=1+1', '+1', '-x', '@home', '2026-11-27', '0042', 'TRUE', "'quoted"];

/** Sheets advanced service, spreadsheets.values (developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values). */
export const sheetsValuesContract: ContractCheck[] = [
  {
    name: 'RAW stores text verbatim: nothing becomes a formula, number, date or boolean',
    run: ({ Sheets, spreadsheetId }, tab) => {
      const values = Sheets.Spreadsheets!.Values!;
      values.update({ values: [HOSTILE] }, spreadsheetId, `'${tab}'!A1`, { valueInputOption: 'RAW' });
      for (const render of ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA']) {
        expectEqual(values.get(spreadsheetId, `'${tab}'!A1:H1`, { valueRenderOption: render }).values, [HOSTILE], render);
      }
    },
  },
  {
    name: 'USER_ENTERED parses as the UI does: = makes a formula, numbers and booleans are coerced, a leading quote is dropped',
    run: ({ Sheets, spreadsheetId }, tab) => {
      const values = Sheets.Spreadsheets!.Values!;
      values.update({ values: [['=1+1', '0042', 'TRUE', "'0042"]] }, spreadsheetId, `'${tab}'!A1`, { valueInputOption: 'USER_ENTERED' });
      expectEqual(values.get(spreadsheetId, `'${tab}'!A1`, { valueRenderOption: 'FORMULA' }).values, [['=1+1']], 'formula');
      expectEqual(values.get(spreadsheetId, `'${tab}'!B1:D1`, { valueRenderOption: 'UNFORMATTED_VALUE' }).values, [[42, true, '0042']], 'coerced');
    },
  },
  {
    name: 'valueInputOption is required to write',
    run: ({ Sheets, spreadsheetId }, tab) => {
      expectThrows(() => Sheets.Spreadsheets!.Values!.update({ values: [['x']] }, spreadsheetId, `'${tab}'!A1`, {}), 'update without valueInputOption');
    },
  },
  {
    name: 'reads leave out trailing empty cells and rows, and `values` when the range is empty',
    run: ({ Sheets, spreadsheetId }, tab) => {
      const values = Sheets.Spreadsheets!.Values!;
      expectEqual(values.get(spreadsheetId, `'${tab}'!A1:C3`).values, undefined, 'empty range');
      values.update({ values: [['a', '', ''], ['', 'b', ''], ['', '', '']] }, spreadsheetId, `'${tab}'!A1`, { valueInputOption: 'RAW' });
      expectEqual(values.get(spreadsheetId, `'${tab}'!A1:C3`).values, [['a'], ['', 'b']], 'trimmed');
      expectEqual(values.get(spreadsheetId, `'${tab}'`).values, [['a'], ['', 'b']], 'whole tab');
    },
  },
  {
    name: 'append writes after the last row of the table found from the range, even a one-cell range',
    run: ({ Sheets, spreadsheetId }, tab) => {
      const values = Sheets.Spreadsheets!.Values!;
      values.update({ values: [['h1', 'h2']] }, spreadsheetId, `'${tab}'!A1`, { valueInputOption: 'RAW' });
      values.append({ values: [['r1', 'x']] }, spreadsheetId, `'${tab}'!A1`, { valueInputOption: 'RAW', insertDataOption: 'INSERT_ROWS' });
      const answer = values.append({ values: [['r2', 'y'], ['r3', 'z']] }, spreadsheetId, `'${tab}'!A1`, { valueInputOption: 'RAW', insertDataOption: 'INSERT_ROWS' });
      expectEqual(answer.updates?.updatedRows, 2, 'updatedRows');
      expectEqual(values.get(spreadsheetId, `'${tab}'`).values, [['h1', 'h2'], ['r1', 'x'], ['r2', 'y'], ['r3', 'z']], 'rows');
    },
  },
  {
    name: 'append grows the grid; update past the grid fails',
    run: ({ Sheets, spreadsheetId }, tab) => {
      const values = Sheets.Spreadsheets!.Values!;
      const many = Array.from({ length: 1005 }, (_, i) => [`row ${i}`]);
      values.append({ values: many }, spreadsheetId, `'${tab}'!A1`, { valueInputOption: 'RAW', insertDataOption: 'OVERWRITE' });
      expectEqual(values.get(spreadsheetId, `'${tab}'!A1005`).values, [['row 1004']], 'row 1005');
      expectThrows(() => values.update({ values: [['x']] }, spreadsheetId, `'${tab}'!ZZ1`, { valueInputOption: 'RAW' }), 'update past column Z');
    },
  },
  {
    name: 'batchGet answers one range per request range, in order; batchClear empties them',
    run: ({ Sheets, spreadsheetId }, tab) => {
      const values = Sheets.Spreadsheets!.Values!;
      values.update({ values: [['a', 'b'], ['c', 'd']] }, spreadsheetId, `'${tab}'!A1`, { valueInputOption: 'RAW' });
      const got = values.batchGet(spreadsheetId, { ranges: [`'${tab}'!B1:B2`, `'${tab}'!A1`] });
      expectEqual((got.valueRanges ?? []).map((r) => r.values), [[['b'], ['d']], [['a']]], 'batchGet');
      values.batchClear({ ranges: [`'${tab}'`] }, spreadsheetId);
      expectEqual(values.get(spreadsheetId, `'${tab}'`).values, undefined, 'after batchClear');
    },
  },
  {
    name: 'batchGet reads a whole row (1:1), a whole column (B:B, a blank cell is an empty row) and rows to the end (A3:C)',
    run: ({ Sheets, spreadsheetId }, tab) => {
      const values = Sheets.Spreadsheets!.Values!;
      values.update({ values: [['h1', 'h2', 'h3', 'h4'], ['x', 'id1', 'y'], ['x', '', 'y'], ['x', 'id3', 'y', 'z']] }, spreadsheetId, `'${tab}'!A1`, { valueInputOption: 'RAW' });
      const got = values.batchGet(spreadsheetId, { ranges: [`'${tab}'!1:1`, `'${tab}'!B:B`, `'${tab}'!A3:C`] });
      expectEqual(
        (got.valueRanges ?? []).map((r) => r.values),
        [[['h1', 'h2', 'h3', 'h4']], [['h2'], ['id1'], [], ['id3']], [['x', '', 'y'], ['x', 'id3', 'y']]],
        'batchGet',
      );
    },
  },
];
