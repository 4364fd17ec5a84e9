import type { FieldError, ParseResult } from '../domain/parse-value.ts';
import { bilingualMessage } from '../i18n/translate.ts';
import type { CellCodec } from './cell-codec.ts';
import { escapeCell, unescapeCell } from './escape-cell.ts';

/** One column: its header text, the field of the row it holds, and how that field becomes a cell. */
export type GridColumn<T> = { [K in keyof T]-?: { header: string; key: K; codec: CellCodec<T[K]> } }[keyof T];

/**
 * A tab's rows as typed records. Column A of every grid is `v`, the row format version, written on
 * every row: a reader refuses a row of a version it does not know instead of misreading it, and a
 * future version can migrate row by row.
 */
export interface Grid<T> {
  version: number;
  columns: readonly GridColumn<T>[];
}

export const VERSION_HEADER = 'v';

export function defineGrid<T>(grid: Grid<T>): Grid<T> {
  return grid;
}

/** The header row as it is written in row 1 of the tab. */
export function gridHeader<T>(grid: Grid<T>): string[] {
  return [VERSION_HEADER, ...grid.columns.map((column) => escapeCell(column.header))];
}

/** True when a sheet's row 1 is this grid's header (trailing empty cells allowed). */
export function isGridHeader<T>(grid: Grid<T>, row: readonly unknown[]): boolean {
  const expected = gridHeader(grid);
  if (row.length < expected.length) return false;
  return row.every((cell, i) => (i < expected.length ? cell === expected[i] : cell === '' || cell == null));
}

/** One record as a row of cells; every cell is escaped, so none can start a formula. */
export function encodeGridRow<T>(grid: Grid<T>, record: T): string[] {
  const row = [String(grid.version)];
  for (const column of grid.columns) {
    row.push(escapeCell((column.codec as CellCodec<unknown>).encode(record[column.key])));
  }
  return row;
}

/**
 * The text of a cell as read back. Sheets' getValues gives numbers and booleans for cells it typed;
 * they are turned back into the text the codecs expect. Anything else (a Date) is refused.
 */
export function readCellText(cell: unknown): string | undefined {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return unescapeCell(cell);
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return undefined;
}

/**
 * A row back into a record. Errors name the column header, so a coordinator can find the cell. The
 * record is only shaped by the codecs: callers that need more (an event's payload) parse it again.
 */
export function decodeGridRow<T>(grid: Grid<T>, row: readonly unknown[]): ParseResult<T> {
  const version = readCellText(row[0]);
  if (version !== String(grid.version)) {
    return {
      ok: false,
      errors: [
        {
          path: VERSION_HEADER,
          code: 'version',
          message: bilingualMessage('ledger.grid.version', { found: version ?? '?', expected: grid.version }),
        },
      ],
    };
  }
  const record: Record<PropertyKey, unknown> = {};
  const errors: FieldError[] = [];
  grid.columns.forEach((column, i) => {
    const text = readCellText(row[i + 1]);
    if (text === undefined) {
      errors.push({ path: column.header, code: 'cell', message: bilingualMessage('ledger.cell.notText') });
      return;
    }
    const decoded = (column.codec as CellCodec<unknown>).decode(text);
    if (decoded.ok) {
      if (decoded.value !== undefined) record[column.key] = decoded.value;
    } else {
      errors.push({ path: column.header, code: 'cell', message: decoded.message });
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: record as T };
}
