import { strFromU8, unzipSync } from 'fflate';

/**
 * A port, for tests, of how Canada's tracker reads an uploaded workbook: ckanext-recombinant
 * (github.com/open-data/ckanext-recombinant at 40b334b) `views.py` `_process_upload_file`,
 * `read_excel.py` `read_excel`/`_filter_bumf`/`get_records`/`unescape` and `datatypes.py`
 * `canonicalize` (text fields), then ckanext-canada's nap6 trigger `trim_lead_trailing` on the
 * free texts. openpyxl's part (cells of the first sheet by reference, inline and shared strings) is
 * done here with regular expressions over the sheet XML; it reads only what our writer emits.
 */
export type RecombinantUpload =
  | { ok: true; sheetName: string; organisation: string; columns: string[]; records: Record<string, string>[] }
  | { ok: false; error: string };

const decodeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** openpyxl 2.4's `unescape` as read_excel.py copies it. */
const unescapeXlsx = (value: string) => (value.includes('_x') ? value.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : value);

function columnIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/** Cells of one sheet as rows of values (1-based columns; null when absent); formula cells as `=…` as openpyxl shows them. */
function readSheet(xml: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  for (const row of xml.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const values: (string | null)[] = [];
    for (const c of row[2]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const col = columnIndex(c[1]!);
      const inner = c[3] ?? '';
      const formula = /<f>([\s\S]*?)<\/f>/.exec(inner);
      let value: string | null = null;
      if (formula) value = `=${decodeXml(formula[1]!)}`;
      else if (/t="inlineStr"/.test(c[2]!)) value = [...inner.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1]!)).join('');
      else value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? null;
      while (values.length < col - 1) values.push(null);
      values[col - 1] = value;
    }
    rows[Number(row[1]) - 1] = values;
  }
  return Array.from(rows, (row) => row ?? []);
}

const TRIMMED = new Set(['progress_en', 'progress_fr', 'evidence_en', 'evidence_fr', 'challenges_en', 'challenges_fr']);
const FULL_TEXT_CHOICES = new Set(['commitments', 'milestones', 'indicators', 'status']);
const CHOICES = new Set(['reporting_period']);
const PRIMARY_KEY = new Set(['reporting_period', 'indicators']);

/** canonicalize() for a `text` field, as datatypes.py does it; throws "Formulas are not supported" as it does. */
function canonicalize(dirty: string | null, field: string): string {
  let value = dirty ?? '';
  if (value.trim() === '') value = '';
  if (value === '=FALSE()') value = 'FALSE';
  else if (value === '=TRUE()') value = 'TRUE';
  if (value.startsWith('=')) throw new Error('Formulas are not supported');
  if (FULL_TEXT_CHOICES.has(field)) value = value.split(':')[0]!.trim();
  else if (CHOICES.has(field)) value = value.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: datatypes.py strips exactly these from primary keys
  if (PRIMARY_KEY.has(field)) value = value.trim().replace(/[\x00-\x1f]/g, '');
  return value;
}

/** Reads an uploaded XLSX as the tracker would, for the sheet `expectedSheet` and the uploader's organisation. */
export function readRecombinantUpload(xlsx: Uint8Array, expectedSheet: string, expectedColumns: readonly string[]): RecombinantUpload {
  const files = unzipSync(xlsx);
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const sheetName = /<sheet name="([^"]*)"/.exec(workbook)?.[1];
  if (sheetName === undefined || sheetName.toLowerCase() !== expectedSheet) return { ok: false, error: `Sheet must be labeled "${expectedSheet}"` };
  const rows = readSheet(strFromU8(files['xl/worksheets/sheet1.xml']!));
  const names = rows[2] ?? [];
  if (names[0] !== 'v3') return { ok: false, error: 'not a v3 template' };
  const example = rows[4] ?? [];
  if (example[0] !== 'e.g.' && example[0] !== 'ex.') return { ok: false, error: 'Example record on row 5 is missing' };
  const columns = names.slice(2).map((name) => name ?? '');
  while (columns.length > 0 && columns[columns.length - 1] === '') columns.pop();
  if (columns.join() !== expectedColumns.join()) return { ok: false, error: 'This template is out of date.' };
  const records: Record<string, string>[] = [];
  try {
    rows.slice(5).forEach((row) => {
      const values = row.slice(2).map((v) => (v === null ? null : unescapeXlsx(v)));
      if (values.every((v) => v === null || v.trim() === '')) return;
      const record: Record<string, string> = {};
      columns.forEach((column, i) => {
        const value = canonicalize(values[i] ?? null, column);
        // the trigger's trim_lead_trailing: trim(both E'\t\n\x0b\x0c\r ' from value)
        record[column] = TRIMMED.has(column) ? value.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '') : value;
      });
      records.push(record);
    });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  return { ok: true, sheetName, organisation: names[1] ?? '', columns, records };
}
