/**
 * First characters that make Sheets, Excel or LibreOffice read a cell as a formula (`= + - @`, tab,
 * CR), plus `'` itself so that escaping stays reversible: a text that really starts with `'` is
 * written `''…` and comes back whole.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);

/** True when a cell's text would need the guard `'` in front of it. */
export function needsEscape(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]!);
}

/**
 * Team decision: the writer stores values RAW through the Sheets API, and every string cell is also
 * escaped here, so that no later copy (Sheets UI paste, CSV opened in a spreadsheet) turns it into a
 * formula.
 */
export function escapeCell(text: string): string {
  return needsEscape(text) ? `'${text}` : text;
}

/** Inverse of escapeCell: strips exactly one leading `'`. */
export function unescapeCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
