import { type ContractCheck, expectEqual } from './contract-check.ts';

/** SpreadsheetApp Range.setValues / getValues / getFormulas (apps-script/reference/spreadsheet/range). */
export const spreadsheetAppContract: ContractCheck[] = [
  {
    name: 'setValues parses strings as typed in the UI; a leading quote keeps text',
    run: ({ SpreadsheetApp }, tab) => {
      const sheet = SpreadsheetApp.getActive().getSheetByName(tab)!;
      sheet.getRange(1, 1, 1, 4).setValues([['=1+1', '0042', "'=x", 'plain']]);
      expectEqual(sheet.getRange(1, 1, 1, 4).getFormulas(), [['=1+1', '', '', '']], 'formulas');
      const values = sheet.getRange(1, 2, 1, 3).getValues();
      expectEqual(values, [[42, '=x', 'plain']], 'values');
      expectEqual(sheet.getLastRow(), 1, 'last row');
    },
  },
];
