/**
 * TEST DOUBLE state (not Google code): one in-memory spreadsheet shared by the SpreadsheetApp double
 * and the Sheets advanced-service double, as both reach the same file in Apps Script. Plain JSON, so
 * `ledger:local` can save it and load it back.
 *
 * Reproduced from Google's documentation:
 * - A1 notation (`'My tab'!A2:C`, `Tab!A:A`, `Tab`): developers.google.com/sheets/api/guides/concepts#cell
 * - How typed text is parsed (ValueInputOption USER_ENTERED, and SpreadsheetApp `Range.setValues`, which
 *   "parses strings as if typed into the UI"): a leading `=` makes a formula, a leading `'` forces text
 *   and is not stored, numbers, percentages, TRUE/FALSE and dates are coerced; `+`/`-` followed by
 *   anything but a number is taken as a formula, as the Sheets UI does.
 *   developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
 * Not reproduced: formulas are never evaluated (a formula cell reads back as `#DOUBLE!` unless read as
 * FORMULA), number formats (numbers read back with JavaScript's String()), locales other than en_US.
 */

export type CellValue = string | number | boolean;

export type Cell = {
  value: CellValue;
  /** Set when the cell holds a formula (the text with its leading `=`). */
  formula?: string;
  /** Set when typed text became a date: `value` is then the date serial, `shown` the text. */
  shown?: string;
  userEnteredFormat?: unknown;
};

/** A data-validation rule over a block of cells (end-exclusive), as setDataValidation sets it. */
export type ValidationRange = { startRow: number; endRow: number; startCol: number; endCol: number; rule: unknown };

export type SheetState = {
  sheetId: number;
  title: string;
  index: number;
  rowCount: number;
  columnCount: number;
  frozenRowCount: number;
  frozenColumnCount: number;
  /** rows[r][c]; holes are empty cells. */
  rows: Array<Array<Cell | null> | null>;
  columnWidths: Record<string, number>;
  conditionalFormats: unknown[];
  validations: ValidationRange[];
  protectedRanges: Array<Record<string, unknown> & { protectedRangeId: number }>;
};

export type SpreadsheetState = {
  spreadsheetId: string;
  title: string;
  locale: string;
  sheets: SheetState[];
  nextSheetId: number;
  nextProtectedRangeId: number;
  /** The owner's email; null for a file in a shared drive (Spreadsheet.getOwner() answers null there). Absent: the world's default owner. */
  ownerEmail?: string | null;
};

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export function newSheet(sheetId: number, title: string, index: number): SheetState {
  return {
    sheetId,
    title,
    index,
    rowCount: DEFAULT_ROWS,
    columnCount: DEFAULT_COLUMNS,
    frozenRowCount: 0,
    frozenColumnCount: 0,
    rows: [],
    columnWidths: {},
    conditionalFormats: [],
    validations: [],
    protectedRanges: [],
  };
}

/** The rule a cell is validated by: the last one set over it. */
export function validationAt(sheet: SheetState, row: number, col: number): unknown {
  for (let i = sheet.validations.length - 1; i >= 0; i--) {
    const v = sheet.validations[i]!;
    if (row >= v.startRow && row < v.endRow && col >= v.startCol && col < v.endCol) return v.rule;
  }
  return undefined;
}

/** A new spreadsheet has one tab, "Sheet1", as Google makes it. */
export function newSpreadsheet(spreadsheetId: string, title = 'Untitled spreadsheet', locale = 'en_US'): SpreadsheetState {
  return { spreadsheetId, title, locale, sheets: [newSheet(0, 'Sheet1', 0)], nextSheetId: 1000, nextProtectedRangeId: 1 };
}

/** Zero-based, end-exclusive; an open end (`A2:C`) is `undefined`. */
export type GridRect = { sheet: SheetState; startRow: number; endRow?: number; startCol: number; endCol?: number };

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Thrown the way the advanced service throws: a plain Error whose message names the API call. */
export class GoogleApiError extends Error {
  constructor(call: string, message: string) {
    super(`API call to ${call} failed with error: ${message}`);
    this.name = 'GoogleApiError';
  }
}

export function findSheet(state: SpreadsheetState, title: string): SheetState | undefined {
  return state.sheets.find((s) => s.title === title);
}

export function parseA1(state: SpreadsheetState, range: string, call: string): GridRect {
  let sheetPart: string | undefined;
  let cellPart: string | undefined;
  const quoted = /^'((?:[^']|'')+)'(?:!(.*))?$/.exec(range);
  if (quoted) {
    sheetPart = quoted[1]!.replace(/''/g, "'");
    cellPart = quoted[2];
  } else {
    const bang = range.lastIndexOf('!');
    if (bang >= 0) {
      sheetPart = range.slice(0, bang);
      cellPart = range.slice(bang + 1);
    } else if (/^[A-Z]*\d*(:[A-Z]*\d*)?$/i.test(range) && findSheet(state, range) === undefined) {
      cellPart = range;
    } else {
      sheetPart = range;
    }
  }
  const sheet = sheetPart === undefined ? state.sheets.find((s) => s.index === 0) : findSheet(state, sheetPart);
  if (!sheet) throw new GoogleApiError(call, `Unable to parse range: ${range}`);
  if (cellPart === undefined || cellPart === '') return { sheet, startRow: 0, startCol: 0 };
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/i.exec(cellPart);
  if (!m) throw new GoogleApiError(call, `Unable to parse range: ${range}`);
  const [, c1, r1, c2, r2] = m;
  const single = m[3] === undefined && m[4] === undefined;
  const startCol = c1 ? columnIndex(c1) : 0;
  const startRow = r1 ? Number(r1) - 1 : 0;
  if (single) {
    return { sheet, startRow, startCol, endRow: r1 ? startRow + 1 : undefined, endCol: c1 ? startCol + 1 : undefined };
  }
  return { sheet, startRow, startCol, endRow: r2 ? Number(r2) : undefined, endCol: c2 ? columnIndex(c2) + 1 : undefined };
}

export function a1Of(rect: GridRect): string {
  const name = /^[A-Za-z0-9_]+$/.test(rect.sheet.title) ? rect.sheet.title : `'${rect.sheet.title.replace(/'/g, "''")}'`;
  const endRow = rect.endRow ?? rect.sheet.rowCount;
  const endCol = rect.endCol ?? rect.sheet.columnCount;
  return `${name}!${columnLetters(rect.startCol)}${rect.startRow + 1}:${columnLetters(Math.max(rect.startCol, endCol - 1))}${Math.max(rect.startRow + 1, endRow)}`;
}

export function getCell(sheet: SheetState, row: number, col: number): Cell | null {
  return sheet.rows[row]?.[col] ?? null;
}

export function isEmptyCell(cell: Cell | null): boolean {
  return cell === null || (cell.formula === undefined && cell.value === '');
}

export function setCell(sheet: SheetState, row: number, col: number, cell: Cell | null): void {
  let r = sheet.rows[row];
  if (!r) {
    r = [];
    sheet.rows[row] = r;
  }
  // Writing or clearing a value keeps the cell's format, as values calls do.
  const format = r[col]?.userEnteredFormat;
  if (cell === null) {
    r[col] = format === undefined ? null : { value: '', userEnteredFormat: format };
    return;
  }
  r[col] = format === undefined ? cell : { ...cell, userEnteredFormat: format };
}

/** How far the data goes: the last row and column holding a value (1-based counts). */
export function dataExtent(sheet: SheetState): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.rows.forEach((r, i) => {
    r?.forEach((cell, j) => {
      if (!isEmptyCell(cell)) {
        rows = Math.max(rows, i + 1);
        cols = Math.max(cols, j + 1);
      }
    });
  });
  return { rows, cols };
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Days since 1899-12-30, the epoch Sheets counts dates from. */
function dateSerial(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return (Date.UTC(y, mo - 1, d, h, mi, s) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** What the Sheets UI makes of text typed into a cell (USER_ENTERED). */
export function parseTyped(text: string): Cell | null {
  if (text === '') return null;
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '#DOUBLE!', formula: text };
  const bare = text.trim();
  if (NUMBER.test(bare) && /\d/.test(bare)) return { value: Number(bare.replace(/,/g, '')) };
  const percent = /^([+-]?\d+(\.\d+)?)%$/.exec(bare);
  if (percent) return { value: Number(percent[1]) / 100 };
  if (/^(true|false)$/i.test(bare)) return { value: bare.toLowerCase() === 'true' };
  const date = ISO_DATE.exec(bare);
  if (date) {
    const [y, mo, d, h, mi, s] = date.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
    return { value: dateSerial(y!, mo!, d!, h, mi, s), shown: bare };
  }
  if (/^[+-]/.test(text) && text.length > 1) return { value: '#DOUBLE!', formula: `=${text}` };
  return { value: text };
}

/** A value written with RAW: stored exactly as given, never parsed. */
export function rawCell(value: unknown): Cell | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return { value };
  return { value: String(value) };
}

export function enteredCell(value: unknown): Cell | null {
  if (typeof value === 'string') return parseTyped(value);
  return rawCell(value);
}

export type ValueRender = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';

export function renderCell(cell: Cell | null, render: ValueRender): CellValue {
  if (cell === null) return '';
  if (render === 'FORMULA' && cell.formula !== undefined) return cell.formula;
  if (render === 'FORMATTED_VALUE') {
    if (cell.shown !== undefined) return cell.shown;
    if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
    return String(cell.value);
  }
  return cell.value;
}

/** Values of a rectangle with trailing empty rows and cells left out, as the Sheets API answers. */
export function readRect(rect: GridRect, render: ValueRender): CellValue[][] {
  const extent = dataExtent(rect.sheet);
  const endRow = Math.min(rect.endRow ?? extent.rows, extent.rows);
  const endCol = Math.min(rect.endCol ?? extent.cols, extent.cols);
  const out: CellValue[][] = [];
  for (let r = rect.startRow; r < endRow; r++) {
    const row: CellValue[] = [];
    for (let c = rect.startCol; c < endCol; c++) row.push(renderCell(getCell(rect.sheet, r, c), render));
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    out.push(row);
  }
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

export function cloneState<T>(state: T): T {
  return structuredClone(state);
}
