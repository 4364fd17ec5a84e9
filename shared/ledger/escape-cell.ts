/**
 * Starts of a text that make Sheets, Excel or LibreOffice read it as a formula, OWASP's rule in full:
 * a first character `= + - @`, tab, CR, LF or NUL, or `= + - @` after leading spaces and control
 * characters (spreadsheets skip those before reading a formula; a cell Google shows as plain text
 * starting with a line feed then `=` becomes a formula once the tab is downloaded as CSV and opened in
 * LibreOffice). Plus `'` itself, so that escaping stays reversible: a text that really starts with `'`
 * is written `''…` and comes back whole. CSV exports guard with the same rule (guardCsvCell).
 */
const STARTS_LIKE_FORMULA = /^(?:[=+\-@\t\r\n\0']|[\s\p{Cc}]+[=+\-@])/u;

/** The rule before LF, NUL and leading spaces or controls were guarded: how older Log rows were written. */
const LEGACY_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);

/** True when a cell's text would need the guard `'` in front of it. */
export function needsEscape(text: string): boolean {
  return STARTS_LIKE_FORMULA.test(text);
}

/**
 * Team decision: the writer stores values RAW through the Sheets API, and every string cell is also
 * escaped here, so that no later copy (Sheets UI paste, a tab downloaded as CSV and opened in a
 * spreadsheet) turns it into a formula.
 */
export function escapeCell(text: string): string {
  return needsEscape(text) ? `'${text}` : text;
}

/**
 * A text as escapeCell wrote it before LF, NUL and leading spaces were guarded: Log rows stored then
 * are still what the writer wrote (verifyChain accepts either form; both decode to the same text).
 */
export function legacyEscapeCell(text: string): string {
  return text.length > 0 && LEGACY_TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

/** Inverse of escapeCell (and of legacyEscapeCell): strips exactly one leading `'`. */
export function unescapeCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
