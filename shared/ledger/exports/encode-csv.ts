/** The separators a CSV export may use: `,`, or `;` where the comma is the decimal mark (Excel in fr-CA). */
export type CsvSeparator = ',' | ';';

/**
 * OWASP's CSV-injection rule, in full: a cell whose first character is `= + - @`, tab, CR, LF or NUL,
 * or whose first character after leading spaces and control characters is `= + - @` (spreadsheets
 * skip those before reading a formula), is prefixed with `'` so it stays text. A cell that already
 * starts with `'` is prefixed too, so decoding (strip one `'`) gives back exactly what was written.
 */
const NEEDS_GUARD = /^(?:[=+\-@\t\r\n\0']|[\s\p{Cc}]+[=+\-@])/u;

export function guardCsvCell(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
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
