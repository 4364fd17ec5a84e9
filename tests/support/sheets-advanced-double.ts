/**
 * TEST DOUBLE of the Sheets advanced service (`Sheets`, API v4), not Google code. It reproduces, from
 * developers.google.com/sheets/api/reference/rest/v4:
 * - spreadsheets.values get / batchGet / update / batchUpdate / append / clear / batchClear; answers
 *   leave out trailing empty rows and cells, and `values` when nothing is there (values/get);
 * - ValueInputOption: RAW stores the value verbatim ("=1+1" stays text), USER_ENTERED parses it as the
 *   UI would ("=1+1" becomes a formula) — see spreadsheet-model.ts;
 * - ValueRenderOption FORMATTED_VALUE (default) / UNFORMATTED_VALUE / FORMULA;
 * - values.append finds the table in the range and writes after its last row, adding rows and columns
 *   to the grid as needed; update and batchUpdate past the grid fail with "exceeds grid limits";
 * - spreadsheets.get (sheet properties, protected ranges, conditional formats, and grid data for
 *   `ranges` when includeGridData is true; the `fields` mask is not applied: every field is answered);
 * - spreadsheets.batchUpdate with the request kinds the ledger layout emits (addSheet,
 *   updateSheetProperties, appendDimension, updateDimensionProperties, setDataValidation,
 *   addConditionalFormatRule, addProtectedRange, updateCells, deleteSheet), applied atomically: one
 *   bad request and nothing changes (spreadsheets/batchUpdate); and insertDimension / deleteDimension
 *   (spreadsheets/request#insertdimensionrequest, #deletedimensionrequest: rows from startIndex to
 *   endIndex, 0-based and end-exclusive, are added or removed and the rows below move; inserting at
 *   index 0 with inheritFromBefore is refused; a range past the grid is refused).
 * Errors are thrown as Apps Script throws them: `API call to sheets.… failed with error: …`.
 * Every method counts one call in the CallLog under service "Sheets".
 * With a SheetsQuota (sheets-quota.ts), each method also spends one read or one write request of the
 * per-minute quotas first, and a refused request throws Google's 429 text and changes nothing.
 */
import type { CallLog } from './call-log.ts';
import {
  a1Of,
  type Cell,
  type CellValue,
  cloneState,
  columnLetters,
  dataExtent,
  enteredCell,
  GoogleApiError,
  type GridRect,
  getCell,
  isEmptyCell,
  newSheet,
  parseA1,
  rawCell,
  readRect,
  type SheetState,
  validationAt,
  type SpreadsheetState,
  setCell,
  type ValueRender,
} from './spreadsheet-model.ts';
import type { RequestKind, SheetsQuota } from './sheets-quota.ts';

type Options = { valueInputOption?: string; valueRenderOption?: string; insertDataOption?: string; includeGridData?: boolean; ranges?: string[] | string; majorDimension?: string };
type ValueRange = { range?: string; majorDimension?: string; values?: unknown[][] };
type Json = Record<string, unknown>;

export type SheetsDouble = ReturnType<typeof createSheetsDouble>;

export const MAX_CELL_CHARS = 50_000;

// Which quota each method spends (developers.google.com/sheets/api/limits): gets read, the rest write.
const REQUEST_KIND: Record<string, RequestKind> = {
  'Spreadsheets.get': 'read',
  'Spreadsheets.Values.get': 'read',
  'Spreadsheets.Values.batchGet': 'read',
};

export function createSheetsDouble(store: { state: SpreadsheetState }, log: CallLog, quota?: SheetsQuota) {
  const count = (method: string) => {
    log.record('Sheets', method);
    quota?.charge(`sheets.${method.replace(/(^|\.)([A-Z])/g, (_m, dot: string, c: string) => dot + c.toLowerCase())}`, REQUEST_KIND[method] ?? 'write');
  };

  function checkId(call: string, spreadsheetId: string): SpreadsheetState {
    if (spreadsheetId !== store.state.spreadsheetId) throw new GoogleApiError(call, 'Requested entity was not found.');
    return store.state;
  }

  function render(options?: Options): ValueRender {
    const r = options?.valueRenderOption ?? 'FORMATTED_VALUE';
    if (r !== 'FORMATTED_VALUE' && r !== 'UNFORMATTED_VALUE' && r !== 'FORMULA') throw new Error(`Invalid valueRenderOption ${r}`);
    return r;
  }

  function inputCell(call: string, option: string | undefined): (v: unknown) => Cell | null {
    if (option === 'RAW') return rawCell;
    if (option === 'USER_ENTERED') return enteredCell;
    throw new GoogleApiError(call, "'valueInputOption' is required but not specified");
  }

  function read(call: string, state: SpreadsheetState, range: string, options?: Options): ValueRange {
    const rect = parseA1(state, range, call);
    const values = readRect(rect, render(options));
    return values.length > 0 ? { range: a1Of(rect), majorDimension: 'ROWS', values } : { range: a1Of(rect), majorDimension: 'ROWS' };
  }

  // A cell holds at most 50,000 characters (Google Sheets help, "Files you can store in Google
  // Drive"); the API refuses a longer value, and with it the whole request, with this text.
  function checkCellSizes(call: string, values: unknown[][]) {
    for (const row of values) {
      for (const v of row) {
        if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw new GoogleApiError(call, `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      }
    }
  }

  function checkGrid(call: string, rect: GridRect, values: unknown[][]) {
    const width = Math.max(0, ...values.map((r) => r.length));
    if (rect.startRow + values.length > rect.sheet.rowCount || rect.startCol + width > rect.sheet.columnCount) {
      throw new GoogleApiError(
        call,
        `Range (${rect.sheet.title}!${columnLetters(rect.startCol)}${rect.startRow + 1}) exceeds grid limits. Max rows: ${rect.sheet.rowCount}, max columns: ${rect.sheet.columnCount}`,
      );
    }
  }

  function write(call: string, rect: GridRect, values: unknown[][], toCell: (v: unknown) => Cell | null, grow: boolean) {
    checkCellSizes(call, values);
    const width = Math.max(0, ...values.map((r) => r.length));
    if (!grow) checkGrid(call, rect, values);
    rect.sheet.rowCount = Math.max(rect.sheet.rowCount, rect.startRow + values.length);
    rect.sheet.columnCount = Math.max(rect.sheet.columnCount, rect.startCol + width);
    values.forEach((row, i) => {
      row.forEach((v, j) => {
        setCell(rect.sheet, rect.startRow + i, rect.startCol + j, toCell(v));
      });
    });
    const updated = { ...rect, endRow: rect.startRow + values.length, endCol: rect.startCol + Math.max(1, width) };
    return { updatedRange: a1Of(updated), updatedRows: values.length, updatedColumns: width, updatedCells: values.reduce((n, r) => n + r.length, 0) };
  }

  function clearRect(rect: GridRect) {
    const endRow = rect.endRow ?? rect.sheet.rows.length;
    for (let r = rect.startRow; r < endRow; r++) {
      const row = rect.sheet.rows[r];
      if (!row) continue;
      const endCol = rect.endCol ?? row.length;
      for (let c = rect.startCol; c < endCol; c++) setCell(rect.sheet, r, c, null);
    }
  }

  /** Commits a change only if it finishes: API calls are all-or-nothing. */
  function atomically<T>(change: (draft: SpreadsheetState) => T): T {
    const draft = cloneState(store.state);
    const out = change(draft);
    store.state = draft;
    return out;
  }

  const Values = {
    get(spreadsheetId: string, range: string, options?: Options): ValueRange {
      count('Spreadsheets.Values.get');
      return read('sheets.spreadsheets.values.get', checkId('sheets.spreadsheets.values.get', spreadsheetId), range, options);
    },
    batchGet(spreadsheetId: string, options?: Options): { spreadsheetId: string; valueRanges: ValueRange[] } {
      count('Spreadsheets.Values.batchGet');
      const call = 'sheets.spreadsheets.values.batchGet';
      const state = checkId(call, spreadsheetId);
      const ranges = options?.ranges === undefined ? [] : Array.isArray(options.ranges) ? options.ranges : [options.ranges];
      return { spreadsheetId, valueRanges: ranges.map((r) => read(call, state, r, options)) };
    },
    update(body: ValueRange, spreadsheetId: string, range: string, options?: Options) {
      count('Spreadsheets.Values.update');
      const call = 'sheets.spreadsheets.values.update';
      checkId(call, spreadsheetId);
      const toCell = inputCell(call, options?.valueInputOption);
      return { spreadsheetId, ...write(call, parseA1(store.state, range, call), body.values ?? [], toCell, false) };
    },
    batchUpdate(body: { valueInputOption?: string; data?: ValueRange[] }, spreadsheetId: string) {
      count('Spreadsheets.Values.batchUpdate');
      const call = 'sheets.spreadsheets.values.batchUpdate';
      checkId(call, spreadsheetId);
      const toCell = inputCell(call, body.valueInputOption);
      // Every range is checked before any is written: the call is all or nothing.
      const targets = (body.data ?? []).map((d) => ({ rect: parseA1(store.state, d.range ?? '', call), values: d.values ?? [] }));
      for (const t of targets) checkGrid(call, t.rect, t.values);
      const responses = targets.map((t) => write(call, t.rect, t.values, toCell, false));
      return { spreadsheetId, totalUpdatedCells: responses.reduce((n, r) => n + r.updatedCells, 0), responses };
    },
    append(body: ValueRange, spreadsheetId: string, range: string, options?: Options) {
      count('Spreadsheets.Values.append');
      const call = 'sheets.spreadsheets.values.append';
      checkId(call, spreadsheetId);
      const toCell = inputCell(call, options?.valueInputOption);
      {
        const rect = parseA1(store.state, range, call);
        // The table (values/append guide): the block of rows holding data that starts at or after the
        // range's first row; it may run past the range's own rows. The new rows go after its last row.
        const hasData = (r: number) => {
          const row = rect.sheet.rows[r];
          if (!row) return false;
          const endCol = rect.endCol ?? row.length;
          for (let c = rect.startCol; c < endCol; c++) if (!isEmptyCell(getCell(rect.sheet, r, c))) return true;
          return false;
        };
        let first = rect.startRow;
        const searchEnd = rect.endRow ?? rect.sheet.rows.length;
        while (first < searchEnd && !hasData(first)) first++;
        let last = rect.startRow - 1;
        if (first < searchEnd) {
          last = first;
          while (hasData(last + 1)) last++;
        }
        const tableRange = last >= rect.startRow ? a1Of({ ...rect, endRow: last + 1 }) : undefined;
        const at = { ...rect, startRow: last + 1 };
        const updates = write(call, at, body.values ?? [], toCell, true);
        return { spreadsheetId, tableRange, updates: { spreadsheetId, ...updates } };
      }
    },
    clear(_body: unknown, spreadsheetId: string, range: string) {
      count('Spreadsheets.Values.clear');
      const call = 'sheets.spreadsheets.values.clear';
      checkId(call, spreadsheetId);
      const rect = parseA1(store.state, range, call);
      clearRect(rect);
      return { spreadsheetId, clearedRange: a1Of(rect) };
    },
    batchClear(body: { ranges?: string[] }, spreadsheetId: string) {
      count('Spreadsheets.Values.batchClear');
      const call = 'sheets.spreadsheets.values.batchClear';
      checkId(call, spreadsheetId);
      const rects = (body.ranges ?? []).map((r) => parseA1(store.state, r, call));
      for (const rect of rects) clearRect(rect);
      return { spreadsheetId, clearedRanges: rects.map(a1Of) };
    },
  };

  function sheetJson(sheet: SheetState, data: GridRect[] | undefined): Json {
    const out: Json = {
      properties: {
        sheetId: sheet.sheetId,
        title: sheet.title,
        index: sheet.index,
        sheetType: 'GRID',
        gridProperties: {
          rowCount: sheet.rowCount,
          columnCount: sheet.columnCount,
          ...(sheet.frozenRowCount ? { frozenRowCount: sheet.frozenRowCount } : {}),
          ...(sheet.frozenColumnCount ? { frozenColumnCount: sheet.frozenColumnCount } : {}),
        },
      },
    };
    if (sheet.protectedRanges.length > 0) out.protectedRanges = cloneState(sheet.protectedRanges);
    if (sheet.conditionalFormats.length > 0) out.conditionalFormats = cloneState(sheet.conditionalFormats);
    if (data) {
      out.data = data.map((rect) => {
        const endRow = rect.endRow ?? sheet.rowCount;
        const endCol = rect.endCol ?? sheet.columnCount;
        const rowData: Json[] = [];
        for (let r = rect.startRow; r < Math.min(endRow, sheet.rowCount); r++) {
          const values: Json[] = [];
          for (let c = rect.startCol; c < endCol; c++) values.push(cellJson(sheet, r, c));
          while (values.length > 0 && Object.keys(values[values.length - 1]!).length === 0) values.pop();
          rowData.push(values.length > 0 ? { values } : {});
        }
        while (rowData.length > 0 && Object.keys(rowData[rowData.length - 1]!).length === 0) rowData.pop();
        const columnMetadata: Json[] = [];
        for (let c = rect.startCol; c < endCol; c++) columnMetadata.push({ pixelSize: sheet.columnWidths[c] ?? 100 });
        return { ...(rect.startRow ? { startRow: rect.startRow } : {}), ...(rect.startCol ? { startColumn: rect.startCol } : {}), rowData, columnMetadata };
      });
    }
    return out;
  }

  function cellJson(sheet: SheetState, r: number, c: number): Json {
    const cell = getCell(sheet, r, c);
    const rule = validationAt(sheet, r, c);
    const out: Json = {};
    if (rule !== undefined) out.dataValidation = cloneState(rule);
    if (cell === null) return out;
    if (!isEmptyCell(cell)) {
      out.userEnteredValue = cell.formula !== undefined ? { formulaValue: cell.formula } : extended(cell.value);
      out.formattedValue = readRectValue(cell);
    }
    if (cell.userEnteredFormat !== undefined) out.userEnteredFormat = cloneState(cell.userEnteredFormat);
    return out;
  }

  function readRectValue(cell: Cell): CellValue {
    return cell.shown ?? (typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : String(cell.value));
  }

  function extended(value: CellValue): Json {
    if (typeof value === 'number') return { numberValue: value };
    if (typeof value === 'boolean') return { boolValue: value };
    return { stringValue: value };
  }

  function sheetById(draft: SpreadsheetState, sheetId: unknown, call: string): SheetState {
    const sheet = draft.sheets.find((s) => s.sheetId === (sheetId ?? 0));
    if (!sheet) throw new GoogleApiError(call, `Invalid requests: No grid with id: ${String(sheetId)}`);
    return sheet;
  }

  function rangeCells(sheet: SheetState, range: Json, visit: (r: number, c: number) => void) {
    const r0 = Number(range.startRowIndex ?? 0);
    const r1 = Number(range.endRowIndex ?? sheet.rowCount);
    const c0 = Number(range.startColumnIndex ?? 0);
    const c1 = Number(range.endColumnIndex ?? sheet.columnCount);
    for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) visit(r, c);
  }

  function applyMask(target: Json, source: Json, fields: string) {
    for (const path of fields === '*' ? Object.keys(source) : fields.split(',').map((f) => f.trim())) {
      const parts = path.split('.');
      let t: Json = target;
      let s: Json | undefined = source;
      for (let i = 0; i < parts.length - 1; i++) {
        const key = parts[i]!;
        t[key] = (t[key] as Json | undefined) ?? {};
        t = t[key] as Json;
        s = s?.[key] as Json | undefined;
      }
      const last = parts[parts.length - 1]!;
      if (s && s[last] !== undefined) t[last] = s[last];
      else delete t[last];
    }
  }

  function applyRequest(draft: SpreadsheetState, request: Json, index: number): Json {
    const call = 'sheets.spreadsheets.batchUpdate';
    const kinds = Object.keys(request);
    if (kinds.length !== 1) throw new GoogleApiError(call, `Invalid requests[${index}]: exactly one kind of request must be set`);
    const kind = kinds[0]!;
    const body = request[kind] as Json;
    const fail = (why: string): never => {
      throw new GoogleApiError(call, `Invalid requests[${index}].${kind}: ${why}`);
    };
    switch (kind) {
      case 'addSheet': {
        const p = (body.properties ?? {}) as Json;
        const title = String(p.title ?? `Sheet${draft.sheets.length + 1}`);
        if (draft.sheets.some((s) => s.title === title)) fail(`A sheet with the name "${title}" already exists. Please enter another name.`);
        const id = p.sheetId === undefined ? draft.nextSheetId++ : Number(p.sheetId);
        if (draft.sheets.some((s) => s.sheetId === id)) fail(`Sheet with id ${id} already exists.`);
        const sheet = newSheet(id, title, draft.sheets.length);
        const grid = (p.gridProperties ?? {}) as Json;
        if (grid.rowCount !== undefined) sheet.rowCount = Number(grid.rowCount);
        if (grid.columnCount !== undefined) sheet.columnCount = Number(grid.columnCount);
        if (grid.frozenRowCount !== undefined) sheet.frozenRowCount = Number(grid.frozenRowCount);
        if (grid.frozenColumnCount !== undefined) sheet.frozenColumnCount = Number(grid.frozenColumnCount);
        if (p.index !== undefined) {
          const at = Math.min(Number(p.index), draft.sheets.length);
          draft.sheets.splice(at, 0, sheet);
        } else {
          draft.sheets.push(sheet);
        }
        draft.sheets.forEach((s, i) => {
          s.index = i;
        });
        return { addSheet: { properties: sheetJson(sheet, undefined).properties } };
      }
      case 'deleteSheet': {
        const sheet = sheetById(draft, body.sheetId, call);
        if (draft.sheets.length === 1) fail('You can\'t remove all the sheets in a document.');
        draft.sheets = draft.sheets.filter((s) => s !== sheet);
        draft.sheets.forEach((s, i) => {
          s.index = i;
        });
        return {};
      }
      case 'updateSheetProperties': {
        const p = (body.properties ?? {}) as Json;
        const sheet = sheetById(draft, p.sheetId, call);
        if (typeof body.fields !== 'string' || body.fields === '') fail('At least one field must be updated, but none were specified.');
        const current = sheetJson(sheet, undefined).properties as Json;
        applyMask(current, p, String(body.fields));
        if (current.title !== sheet.title && draft.sheets.some((s) => s.title === current.title)) fail(`A sheet with the name "${String(current.title)}" already exists.`);
        sheet.title = String(current.title);
        const grid = (current.gridProperties ?? {}) as Json;
        sheet.rowCount = Number(grid.rowCount ?? sheet.rowCount);
        sheet.columnCount = Number(grid.columnCount ?? sheet.columnCount);
        sheet.frozenRowCount = Number(grid.frozenRowCount ?? 0);
        sheet.frozenColumnCount = Number(grid.frozenColumnCount ?? 0);
        return {};
      }
      case 'appendDimension': {
        const sheet = sheetById(draft, body.sheetId, call);
        const length = Number(body.length);
        if (!(length > 0)) fail('length must be positive');
        if (body.dimension === 'ROWS') sheet.rowCount += length;
        else if (body.dimension === 'COLUMNS') sheet.columnCount += length;
        else fail('dimension must be ROWS or COLUMNS');
        return {};
      }
      case 'updateDimensionProperties': {
        const range = (body.range ?? {}) as Json;
        const sheet = sheetById(draft, range.sheetId, call);
        const props = (body.properties ?? {}) as Json;
        if (range.dimension === 'COLUMNS' && props.pixelSize !== undefined) {
          for (let c = Number(range.startIndex ?? 0); c < Number(range.endIndex ?? sheet.columnCount); c++) {
            if (c >= sheet.columnCount) fail(`Invalid range: column ${c} is past the grid`);
            sheet.columnWidths[c] = Number(props.pixelSize);
          }
        }
        return {};
      }
      case 'setDataValidation': {
        const range = (body.range ?? {}) as Json;
        const sheet = sheetById(draft, range.sheetId, call);
        sheet.validations.push({
          startRow: Number(range.startRowIndex ?? 0),
          endRow: Number(range.endRowIndex ?? Number.MAX_SAFE_INTEGER),
          startCol: Number(range.startColumnIndex ?? 0),
          endCol: Number(range.endColumnIndex ?? Number.MAX_SAFE_INTEGER),
          rule: body.rule === undefined ? undefined : cloneState(body.rule),
        });
        return {};
      }
      case 'addConditionalFormatRule': {
        const rule = (body.rule ?? {}) as Json;
        const ranges = (rule.ranges ?? []) as Json[];
        if (ranges.length === 0) fail('rule.ranges must not be empty');
        const sheet = sheetById(draft, ranges[0]!.sheetId, call);
        const at = Math.min(Number(body.index ?? 0), sheet.conditionalFormats.length);
        sheet.conditionalFormats.splice(at, 0, cloneState(rule));
        return {};
      }
      case 'addProtectedRange': {
        const pr = cloneState((body.protectedRange ?? {}) as Json);
        const range = (pr.range ?? {}) as Json;
        const sheet = sheetById(draft, range.sheetId, call);
        const protectedRangeId = draft.nextProtectedRangeId++;
        const stored = { ...pr, protectedRangeId, requestingUserCanEdit: true };
        sheet.protectedRanges.push(stored);
        return { addProtectedRange: { protectedRange: cloneState(stored) } };
      }
      case 'updateCells': {
        const fields = String(body.fields ?? '');
        if (fields === '') fail('fields is required');
        const start = body.start as Json | undefined;
        const range = body.range as Json | undefined;
        const sheet = sheetById(draft, (start ?? range)?.sheetId, call);
        const r0 = Number((start ? start.rowIndex : range?.startRowIndex) ?? 0);
        const c0 = Number((start ? start.columnIndex : range?.startColumnIndex) ?? 0);
        const rows = (body.rows ?? []) as Json[];
        const wanted = fields === '*' ? ['userEnteredValue', 'userEnteredFormat', 'dataValidation'] : fields.split(',').map((f) => f.trim().split('.')[0]!);
        const visit = (r: number, c: number, data: Json | undefined) => {
          if (r >= sheet.rowCount || c >= sheet.columnCount) fail(`Range exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`);
          const before = getCell(sheet, r, c) ?? { value: '' };
          const next: Cell = { ...before };
          if (wanted.includes('userEnteredValue')) {
            const v = data?.userEnteredValue as Json | undefined;
            delete next.formula;
            delete next.shown;
            if (v === undefined) next.value = '';
            else if (v.formulaValue !== undefined) {
              next.value = '#DOUBLE!';
              next.formula = String(v.formulaValue);
            } else next.value = (v.stringValue ?? v.numberValue ?? v.boolValue ?? '') as CellValue;
          }
          const row = sheet.rows[r] ?? [];
          sheet.rows[r] = row;
          row[c] = next;
          if (wanted.includes('userEnteredFormat')) next.userEnteredFormat = data?.userEnteredFormat === undefined ? undefined : cloneState(data.userEnteredFormat);
          if (wanted.includes('dataValidation')) {
            sheet.validations.push({ startRow: r, endRow: r + 1, startCol: c, endCol: c + 1, rule: data?.dataValidation === undefined ? undefined : cloneState(data.dataValidation) });
          }
        };
        if (range) {
          // With a range, cells the rows do not reach are cleared for the masked fields.
          rangeCells(sheet, range, (r, c) => visit(r, c, ((rows[r - r0]?.values ?? []) as Json[])[c - c0]));
        } else {
          rows.forEach((row, i) => {
            ((row.values ?? []) as Json[]).forEach((cell, j) => {
              visit(r0 + i, c0 + j, cell);
            });
          });
        }
        return {};
      }
      case 'insertDimension':
      case 'deleteDimension': {
        const range = (body.range ?? {}) as Json;
        const sheet = sheetById(draft, range.sheetId, call);
        const start = Number(range.startIndex ?? 0);
        const end = Number(range.endIndex ?? 0);
        if (range.dimension !== 'ROWS') fail('the double moves ROWS only');
        if (!(end > start) || start < 0) fail('Invalid dimension range');
        if (kind === 'insertDimension') {
          if (start === 0 && body.inheritFromBefore === true) fail('Cannot inherit from before when inserting at index 0.');
          if (start > sheet.rowCount) fail(`Range exceeds grid limits. Max rows: ${sheet.rowCount}`);
          if (sheet.rows.length > start) sheet.rows.splice(start, 0, ...Array.from({ length: end - start }, () => []));
          sheet.rowCount += end - start;
        } else {
          if (end > sheet.rowCount) fail(`Range exceeds grid limits. Max rows: ${sheet.rowCount}`);
          if (end - start >= sheet.rowCount) fail("You can't delete all the rows on the sheet.");
          sheet.rows.splice(start, end - start);
          sheet.rowCount -= end - start;
        }
        return {};
      }
      default:
        return fail(`the double does not implement request kind ${kind}`);
    }
  }

  const Spreadsheets = {
    Values,
    get(spreadsheetId: string, options?: Options): Json {
      count('Spreadsheets.get');
      const call = 'sheets.spreadsheets.get';
      const state = checkId(call, spreadsheetId);
      const ranges = options?.ranges === undefined ? [] : Array.isArray(options.ranges) ? options.ranges : [options.ranges];
      const rects = ranges.map((r) => parseA1(state, r, call));
      return {
        spreadsheetId,
        properties: { title: state.title, locale: state.locale },
        sheets: state.sheets.map((sheet) => {
          let data: GridRect[] | undefined;
          if (options?.includeGridData) {
            data = ranges.length > 0 ? rects.filter((r) => r.sheet === sheet) : [{ sheet, startRow: 0, startCol: 0, endRow: dataExtent(sheet).rows }];
            if (data.length === 0) data = undefined;
          }
          return sheetJson(sheet, data);
        }),
      };
    },
    batchUpdate(body: { requests?: Json[] }, spreadsheetId: string): Json {
      count('Spreadsheets.batchUpdate');
      checkId('sheets.spreadsheets.batchUpdate', spreadsheetId);
      return atomically((draft) => ({ spreadsheetId, replies: (body.requests ?? []).map((r, i) => applyRequest(draft, r, i)) }));
    },
  };

  return { Spreadsheets };
}
