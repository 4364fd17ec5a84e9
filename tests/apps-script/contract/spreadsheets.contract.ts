import { type ContractCheck, expectEqual, expectThrows } from './contract-check.ts';

const sheetOf = (env: Parameters<ContractCheck['run']>[0], title: string) =>
  (env.Sheets.Spreadsheets!.get(env.spreadsheetId).sheets ?? []).find((s) => s.properties?.title === title);

/** Sheets advanced service, spreadsheets.get / batchUpdate (…/rest/v4/spreadsheets/batchUpdate). */
export const spreadsheetsContract: ContractCheck[] = [
  {
    name: 'batchUpdate is all or nothing: a failing request leaves no trace of the ones before it',
    run: (env, tab) => {
      const title = `${tab}-x`;
      expectThrows(
        () => env.Sheets.Spreadsheets!.batchUpdate({ requests: [{ addSheet: { properties: { title } } }, { addSheet: { properties: { title: tab } } }] }, env.spreadsheetId),
        'adding a tab whose name exists',
      );
      expectEqual(sheetOf(env, title), undefined, 'first addSheet undone');
    },
  },
  {
    name: 'updateSheetProperties, updateDimensionProperties and updateCells show in spreadsheets.get',
    run: (env, tab) => {
      const sheetId = sheetOf(env, tab)!.properties!.sheetId!;
      env.Sheets.Spreadsheets!.batchUpdate(
        {
          requests: [
            { updateSheetProperties: { properties: { sheetId, gridProperties: { frozenRowCount: 1 } }, fields: 'gridProperties.frozenRowCount' } },
            { updateDimensionProperties: { range: { sheetId, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 }, properties: { pixelSize: 240 }, fields: 'pixelSize' } },
            { updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, rows: [{ values: [{ userEnteredValue: { stringValue: '=not a formula' } }] }], fields: 'userEnteredValue' } },
          ],
        },
        env.spreadsheetId,
      );
      const got = env.Sheets.Spreadsheets!.get(env.spreadsheetId, { ranges: [`'${tab}'!A1:A1`], includeGridData: true });
      const sheet = (got.sheets ?? []).find((s) => s.properties?.title === tab)!;
      expectEqual(sheet.properties?.gridProperties?.frozenRowCount, 1, 'frozen rows');
      expectEqual(sheet.data?.[0]?.columnMetadata?.[0]?.pixelSize, 240, 'column width');
      expectEqual(sheet.data?.[0]?.rowData?.[0]?.values?.[0]?.userEnteredValue, { stringValue: '=not a formula' }, 'stringValue stays text');
    },
  },
];
