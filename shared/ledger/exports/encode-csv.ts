import { needsEscape, unescapeCell } from '../escape-cell.ts';

/** The separators a CSV export may use: `,`, or `;` where the comma is the decimal mark (Excel in fr-CA). */
export type CsvSeparator = ',' | ';';

// OWASP's CSV-injection rule, in full, is the view cells' (needsEscape, escape-cell.ts): a cell whose
// first character is `= + - @`, tab, CR, LF or NUL, or whose first character after leading spaces and
// control characters is `= + - @`, is prefixed with `'` so it stays text; one already starting with `'`
// is prefixed too, so decoding (strip one `'`) gives back exactly what was written. The same holds
// inside a text, after each place another reading would start a cell (below).

/**
 * Inside a text, where a spreadsheet that reads the file with another separator starts a new cell:
 * Excel in fr-CA splits a `,` file at `;` (its list separator), and a `;` file opened in English
 * splits at `,`; a tab-separated reading splits at tab; and a line break inside a quoted field ends
 * the row once the quote is not where that reading expects one. A `= + - @` right there (after
 * quotes or NUL, which readers drop) would start a formula, so one `'` goes after the separator; a
 * `'` already there is doubled, so unguardCsvCell can remove exactly one after each.
 */
const BREAK_BEFORE_RISK = /([,;\t\r\n])(?='|["\0]*[=+\-@])/g;
const GUARD_AFTER_BREAK = /([,;\t\r\n])'/g;

export function guardCsvCell(text: string): string {
  const inner = text.replace(BREAK_BEFORE_RISK, "$1'");
  return needsEscape(inner) ? `'${inner}` : inner;
}

/** Inverse of guardCsvCell: one leading `'` if any, then one `'` after each separator or line break. */
export function unguardCsvCell(cell: string): string {
  return unescapeCell(cell).replace(GUARD_AFTER_BREAK, '$1');
}

/** Quotes a field that holds the separator, a double quote, CR or LF, doubling inner quotes (RFC 4180). */
function quoteField(field: string, separator: CsvSeparator): string {
  return field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * RFC 4180 CSV: CRLF between records and at the end, every field guarded first (guardCsvCell), so that
 * opening the file in a spreadsheet never runs what someone typed, whichever separator it uses.
 */
export function encodeCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return (
    rows.map((row) => row.map((field) => quoteField(guardCsvCell(field), separator)).join(separator)).join('\r\n') +
    (rows.length > 0 ? '\r\n' : '')
  );
}
