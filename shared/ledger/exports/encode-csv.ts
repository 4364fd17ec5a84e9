import { escapeCell } from '../escape-cell.ts';

/** Quotes a field when RFC 4180 requires it (comma, double quote, CR or LF), doubling inner quotes. */
function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * RFC 4180 CSV: CRLF between records and at the end, every field formula-escaped first (the same
 * `escapeCell` as the ledger) so that opening the file in a spreadsheet never runs what someone typed.
 */
export function encodeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((field) => quoteField(escapeCell(field))).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}
