/**
 * The few Google Sheets API v4 shapes the layout needs, with Google's field names exactly
 * (developers.google.com/sheets/api/reference/rest/v4). shared/ cannot see @types/google-apps-script;
 * apps-script/ checks at compile time that these are assignable to `GoogleAppsScript.Sheets.Schema.*`.
 * Requests we build are strict (fields we always set are required); state we read is all optional.
 */

export type GridRange = {
  sheetId: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
};

export type Color = { red?: number; green?: number; blue?: number; alpha?: number };
export type TextFormat = { bold?: boolean; italic?: boolean; foregroundColor?: Color };
export type CellFormat = { backgroundColor?: Color; textFormat?: TextFormat; wrapStrategy?: string };

export type ConditionValue = { userEnteredValue?: string; relativeDate?: string };
/** `type` is a ConditionType such as ONE_OF_LIST, TEXT_EQ or CUSTOM_FORMULA. */
export type BooleanCondition = { type: string; values?: ConditionValue[] };
export type DataValidationRule = {
  condition: BooleanCondition;
  inputMessage?: string;
  strict?: boolean;
  showCustomUi?: boolean;
};
export type BooleanRule = { condition: BooleanCondition; format: CellFormat };
export type ConditionalFormatRule = { ranges: GridRange[]; booleanRule: BooleanRule };

export type GridProperties = { rowCount?: number; columnCount?: number; frozenRowCount?: number; frozenColumnCount?: number };
export type SheetProperties = { sheetId?: number; title?: string; index?: number; gridProperties?: GridProperties };
export type DimensionRange = { sheetId: number; dimension: 'ROWS' | 'COLUMNS'; startIndex: number; endIndex: number };
export type DimensionProperties = { pixelSize?: number };
export type Editors = { users?: string[]; groups?: string[]; domainUsersCanEdit?: boolean };
export type ProtectedRange = {
  range: GridRange;
  description: string;
  warningOnly: boolean;
  editors?: Editors;
};
export type ExtendedValue = { stringValue?: string; numberValue?: number; boolValue?: boolean };
export type CellData = { userEnteredValue?: ExtendedValue; userEnteredFormat?: CellFormat };
export type RowData = { values: CellData[] };
export type GridCoordinate = { sheetId: number; rowIndex: number; columnIndex: number };

export type AddSheetRequest = { properties: SheetProperties & { sheetId: number; title: string } };
export type UpdateSheetPropertiesRequest = { properties: SheetProperties & { sheetId: number }; fields: string };
export type AppendDimensionRequest = { sheetId: number; dimension: 'ROWS' | 'COLUMNS'; length: number };
export type UpdateDimensionPropertiesRequest = { range: DimensionRange; properties: DimensionProperties; fields: string };
export type SetDataValidationRequest = { range: GridRange; rule: DataValidationRule };
export type AddConditionalFormatRuleRequest = { rule: ConditionalFormatRule; index: number };
export type AddProtectedRangeRequest = { protectedRange: ProtectedRange };
export type UpdateCellsRequest = { rows: RowData[]; fields: string; start: GridCoordinate };

/** One entry of `spreadsheets.batchUpdate`'s `requests`: exactly one member is set. */
export type Request =
  | { addSheet: AddSheetRequest }
  | { updateSheetProperties: UpdateSheetPropertiesRequest }
  | { appendDimension: AppendDimensionRequest }
  | { updateDimensionProperties: UpdateDimensionPropertiesRequest }
  | { setDataValidation: SetDataValidationRequest }
  | { addConditionalFormatRule: AddConditionalFormatRuleRequest }
  | { addProtectedRange: AddProtectedRangeRequest }
  | { updateCells: UpdateCellsRequest };

/** What `spreadsheets.get` answers, reduced to what setup compares; every field may be absent. */
export type SpreadsheetState = {
  sheets?: Array<{
    properties?: {
      sheetId?: number;
      title?: string;
      gridProperties?: { columnCount?: number; frozenRowCount?: number };
    };
    protectedRanges?: Array<{ description?: string; range?: { sheetId?: number } }>;
    conditionalFormats?: Array<{
      ranges?: Array<{ startColumnIndex?: number; endColumnIndex?: number }>;
      booleanRule?: { condition?: { type?: string; values?: Array<{ userEnteredValue?: string }> } };
    }>;
    data?: Array<{
      startRow?: number;
      rowData?: Array<{
        values?: Array<{
          userEnteredValue?: { stringValue?: string };
          dataValidation?: { condition?: { type?: string; values?: Array<{ userEnteredValue?: string }> } };
        }>;
      }>;
      columnMetadata?: Array<{ pixelSize?: number }>;
    }>;
  }>;
};
