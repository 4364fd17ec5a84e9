import { type CsvSeparator, unguardCsvCell } from './encode-csv.ts';

/**
 * Reads RFC 4180 CSV back into rows and removes the formula guard: the inverse of encodeCsv, used to
 * prove round trips and to re-import an export. Quotes that never close run to the end of the text.
 */
export function decodeCsv(text: string, separator: CsvSeparator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  const endField = () => {
    row.push(unguardCsvCell(field));
    field = '';
  };
  while (i < text.length) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') inQuotes = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"') inQuotes = true;
    else if (char === separator) endField();
    else if (char === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 2;
      continue;
    } else field += char;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
