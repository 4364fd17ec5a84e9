/**
 * TEST DOUBLE of `SpreadsheetApp` (built-in Spreadsheet service) and its `Ui`, not Google code.
 * Reproduced from developers.google.com/apps-script/reference/spreadsheet:
 * - `Range.setValues` / `setValue`: strings are parsed as if typed into the UI (a leading `=` makes a
 *   formula, numbers, booleans and dates are coerced, a leading `'` forces text) — the behaviour
 *   ../../shared/reference/apps-script.md §3.3 documents; numbers, booleans and Dates are stored as given;
 * - `getValues` gives numbers, booleans and Date objects back, `getDisplayValues` strings, `getFormulas`
 *   the formula text or "";
 * - `getRange(row, column, numRows?, numColumns?)` (1-based) and `getRange(a1)`; `getLastRow`;
 * - `Ui` (reference/base/ui): `createMenu(...).addItem(...).addSeparator().addToUi()`, `alert`, `prompt`
 *   (a PromptResponse with getResponseText/getSelectedButton), `showModalDialog`, `showSidebar`;
 *   the double answers prompts and alerts from a queue the test fills (`ui.answer(...)`);
 * - `Spreadsheet.getOwner()` (reference/spreadsheet/spreadsheet#getOwner()): "the owner of the
 *   document, or null for a document in a shared drive", a User with `getEmail()`.
 * Every call counts in the CallLog under service "SpreadsheetApp" (Ui calls under "Ui").
 */
import type { CallLog } from './call-log.ts';
import type { HtmlOutputDouble } from './html-service-double.ts';
import {
  type CellValue,
  dataExtent,
  enteredCell,
  findSheet,
  GoogleApiError,
  getCell,
  newSheet,
  parseA1,
  renderCell,
  type SheetState,
  type SpreadsheetState,
  setCell,
} from './spreadsheet-model.ts';

/** Who owns a spreadsheet the test did not give an owner: the coordinator of the session double's defaults. */
export const DEFAULT_OWNER = 'coordinator@example.org';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export type MenuRecord = { caption: string; items: Array<{ caption: string; functionName: string } | 'separator'> };
export type UiEvent =
  | { kind: 'alert'; title: string; prompt: string; buttons: string }
  | { kind: 'prompt'; title: string; prompt: string; buttons: string; answer: { text: string; button: string } }
  | { kind: 'dialog'; title: string; html: string }
  | { kind: 'sidebar'; title: string; html: string };

export function createUiDouble(log: CallLog) {
  const menus: MenuRecord[] = [];
  const events: UiEvent[] = [];
  const answers: Array<{ text?: string; button: string }> = [];
  const count = (method: string) => log.record('Ui', method);
  const next = (fallback: string) => answers.shift() ?? { text: '', button: fallback };

  const ui = {
    Button,
    ButtonSet,
    /** Test control: queue what the user will type or click next. */
    answer(...queued: Array<{ text?: string; button: string }>) {
      answers.push(...queued);
    },
    menus,
    events,
    createMenu(caption: string) {
      count('createMenu');
      const record: MenuRecord = { caption, items: [] };
      const menu = {
        addItem(itemCaption: string, functionName: string) {
          record.items.push({ caption: itemCaption, functionName });
          return menu;
        },
        addSeparator() {
          record.items.push('separator');
          return menu;
        },
        addToUi() {
          menus.push(record);
        },
      };
      return menu;
    },
    alert(a: string, b?: string, c?: string): string {
      count('alert');
      const [title, prompt, buttons] = b === undefined ? ['', a, ButtonSet.OK] : c === undefined && b in ButtonSet ? ['', a, b] : [a, b, c ?? ButtonSet.OK];
      events.push({ kind: 'alert', title, prompt, buttons });
      return next(buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK).button;
    },
    prompt(a: string, b?: string, c?: string) {
      count('prompt');
      const [title, prompt, buttons] = b === undefined ? ['', a, ButtonSet.OK] : c === undefined && b in ButtonSet ? ['', a, b] : [a, b, c ?? ButtonSet.OK];
      const answer = next(Button.OK);
      events.push({ kind: 'prompt', title, prompt, buttons, answer: { text: answer.text ?? '', button: answer.button } });
      return { getResponseText: () => answer.text ?? '', getSelectedButton: () => answer.button };
    },
    showModalDialog(output: HtmlOutputDouble, title: string) {
      count('showModalDialog');
      events.push({ kind: 'dialog', title, html: output.getContent() });
    },
    showModelessDialog(output: HtmlOutputDouble, title: string) {
      count('showModelessDialog');
      events.push({ kind: 'dialog', title, html: output.getContent() });
    },
    showSidebar(output: HtmlOutputDouble) {
      count('showSidebar');
      events.push({ kind: 'sidebar', title: output.getTitle(), html: output.getContent() });
    },
  };
  return ui;
}

export type UiDouble = ReturnType<typeof createUiDouble>;

export function createSpreadsheetAppDouble(store: { state: SpreadsheetState }, log: CallLog, ui: UiDouble) {
  const count = (method: string) => log.record('SpreadsheetApp', method);

  function toJs(value: CellValue, shown: string | undefined): unknown {
    if (shown !== undefined && typeof value === 'number') return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return value;
  }

  function range(sheetTitle: string, row: number, col: number, rows: number, cols: number) {
    const sheet = () => {
      const found = findSheet(store.state, sheetTitle);
      if (!found) throw new Error('Sheet not found');
      return found;
    };
    const grid = <T>(cell: (s: SheetState, r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => cell(sheet(), row - 1 + i, col - 1 + j)));
    const self = {
      getRow: () => row,
      getColumn: () => col,
      getNumRows: () => rows,
      getNumColumns: () => cols,
      getA1Notation: () => `R${row}C${col}:R${row + rows - 1}C${col + cols - 1}`,
      getValues() {
        count('Range.getValues');
        return grid((s, r, c) => {
          const cell = getCell(s, r, c);
          return cell === null ? '' : toJs(cell.value, cell.shown);
        });
      },
      getValue() {
        return self.getValues()[0]![0];
      },
      getDisplayValues() {
        count('Range.getDisplayValues');
        return grid((s, r, c) => String(renderCell(getCell(s, r, c), 'FORMATTED_VALUE')));
      },
      getFormulas() {
        count('Range.getFormulas');
        return grid((s, r, c) => getCell(s, r, c)?.formula ?? '');
      },
      setValues(values: unknown[][]) {
        count('Range.setValues');
        if (values.length !== rows || values.some((r) => r.length !== cols)) {
          throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rows}.`);
        }
        const s = sheet();
        values.forEach((r, i) => {
          r.forEach((v, j) => {
            setCell(s, row - 1 + i, col - 1 + j, v instanceof Date ? enteredCell(v.toISOString().slice(0, 10)) : enteredCell(v));
          });
        });
        s.rowCount = Math.max(s.rowCount, row - 1 + rows);
        s.columnCount = Math.max(s.columnCount, col - 1 + cols);
        return self;
      },
      setValue(value: unknown) {
        return self.setValues([[value]]);
      },
      clearContent() {
        count('Range.clearContent');
        const s = sheet();
        for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) setCell(s, row - 1 + i, col - 1 + j, null);
        return self;
      },
    };
    return self;
  }

  function sheetApi(title: string) {
    const state = () => {
      const found = findSheet(store.state, title);
      if (!found) throw new Error('Sheet not found');
      return found;
    };
    const api = {
      getName: () => title,
      getSheetId: () => state().sheetId,
      getIndex: () => state().index + 1,
      getLastRow() {
        count('Sheet.getLastRow');
        return dataExtent(state()).rows;
      },
      getLastColumn() {
        count('Sheet.getLastColumn');
        return dataExtent(state()).cols;
      },
      getMaxRows: () => state().rowCount,
      getMaxColumns: () => state().columnCount,
      getFrozenRows: () => state().frozenRowCount,
      getDataRange() {
        count('Sheet.getDataRange');
        const { rows, cols } = dataExtent(state());
        return range(title, 1, 1, Math.max(rows, 1), Math.max(cols, 1));
      },
      getRange(a: number | string, col?: number, rows = 1, cols = 1) {
        count('Sheet.getRange');
        if (typeof a === 'string') {
          const rect = parseA1(store.state, `'${title.replace(/'/g, "''")}'!${a}`, 'SpreadsheetApp');
          return range(title, rect.startRow + 1, rect.startCol + 1, (rect.endRow ?? state().rowCount) - rect.startRow, (rect.endCol ?? state().columnCount) - rect.startCol);
        }
        return range(title, a, col ?? 1, rows, cols);
      },
    };
    return api;
  }

  const spreadsheet = {
    getId: () => {
      count('Spreadsheet.getId');
      return store.state.spreadsheetId;
    },
    getName: () => store.state.title,
    getOwner() {
      count('Spreadsheet.getOwner');
      const owner = store.state.ownerEmail === undefined ? DEFAULT_OWNER : store.state.ownerEmail;
      return owner === null ? null : { getEmail: () => owner };
    },
    getUrl: () => `https://docs.google.com/spreadsheets/d/${store.state.spreadsheetId}/edit`,
    getSpreadsheetLocale: () => store.state.locale,
    getSheets() {
      count('Spreadsheet.getSheets');
      return store.state.sheets.map((s) => sheetApi(s.title));
    },
    getSheetByName(name: string) {
      count('Spreadsheet.getSheetByName');
      return findSheet(store.state, name) ? sheetApi(name) : null;
    },
    insertSheet(name: string) {
      count('Spreadsheet.insertSheet');
      if (findSheet(store.state, name)) throw new GoogleApiError('SpreadsheetApp', `A sheet with the name "${name}" already exists.`);
      store.state.sheets.push(newSheet(store.state.nextSheetId++, name, store.state.sheets.length));
      return sheetApi(name);
    },
    toast(_msg: string) {
      count('Spreadsheet.toast');
    },
  };

  return {
    getActive() {
      count('getActive');
      return spreadsheet;
    },
    getActiveSpreadsheet() {
      count('getActiveSpreadsheet');
      return spreadsheet;
    },
    getUi() {
      count('getUi');
      return ui;
    },
    flush() {
      count('flush');
    },
  };
}
