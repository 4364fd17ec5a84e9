import type { BilingualText } from '../../domain/bilingual-text.ts';
import { trackerStatusLabel, type TrackerStatus } from '../../domain/tracker-status.ts';
import type { Language } from '../../i18n/language.ts';
import { translate } from '../../i18n/translate.ts';
import { TRACKER_COLUMNS, type TrackerColumn, type TrackerRow } from './tracker-rows.ts';

/** One file of a zip, as text: the edges zip them (fflate in Node, Utilities.zip in Apps Script). */
export type WorkbookFile = { path: string; content: string };

/**
 * The tracker's own column headings (`label` of each field in ckanext-canada's nap6.yaml at commit
 * fb4263f, typos included: the template shows them so), for row 2 of the upload sheet.
 */
export const TRACKER_COLUMN_LABELS: Record<TrackerColumn, BilingualText> = {
  reporting_period: { en: 'Reporting Period', fr: 'Période de déclaration' },
  commitments: { en: 'Commitments', fr: 'Engagements' },
  milestones: { en: 'Milestones', fr: 'Jalons' },
  indicators: { en: 'Indicators', fr: 'Indicateurs' },
  status: { en: 'Status', fr: 'État' },
  progress_en: { en: 'Progress during reporting period (English)', fr: 'Progrès au cours du  période de déclaration (anglais)' },
  progress_fr: { en: 'Progress during reporting period (French)', fr: 'Progrès au cours du période de déclaration (français)' },
  evidence_en: { en: 'Evidence of progress (English)', fr: 'Preuve de progrès (anglais)' },
  evidence_fr: { en: 'Evidence of progress (French)', fr: 'Preuve de progrès (français)' },
  challenges_en: { en: 'Challenges (English)', fr: 'Défis (anglais)' },
  challenges_fr: { en: 'Challenges (French)', fr: 'Défis (français)' },
};

// ckanext-recombinant's v3 template (write_excel.py, read_excel.py): row 1 the title, row 2 the
// headings, row 3 "v3", the organisation and the field ids, row 5 the example row marked "e.g."/"ex.",
// data from row 6; column A and B are margins, the fields start at column C.
const TITLE_ROW = 1;
const HEADINGS_ROW = 2;
const CODE_ROW = 3;
const EXAMPLE_ROW = 5;
const DATA_FIRST_ROW = 6;
const FIRST_FIELD_COLUMN = 3;

/** Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are exactly what XML cannot carry
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for an OOXML string (ST_Xstring): a literal `_xHHHH_` is written `_x005F_xHHHH_` because
 * readers (openpyxl, which the tracker's uploader uses, Excel, LibreOffice) decode `_xHHHH_`; what XML
 * cannot hold is written `_xHHHH_`; then the XML escapes. So every reader gets back the text itself.
 */
export function xlsxText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * An inline string cell: the text lives in the cell itself with no formula and no shared-string
 * lookup, so every spreadsheet shows it as text whatever its first character (`- `, `+`, `@`).
 */
function cell(row: number, column: number, text: string, style = 0): string {
  if (text === '') return '';
  const s = style === 0 ? '' : ` s="${style}"`;
  return `<c r="${columnLetter(column)}${row}" t="inlineStr"${s}><is><t xml:space="preserve">${xlsxText(text)}</t></is></c>`;
}

function rowXml(row: number, cells: string[], height?: number): string {
  const content = cells.join('');
  if (content === '') return '';
  return `<row r="${row}"${height ? ` ht="${height}" customHeight="1"` : ''}>${content}</row>`;
}

const WRAP = 1;
const HEADING = 2;

export type TrackerWorkbookOptions = {
  /** `nap6`: the sheet must carry the tracker's resource name or the uploader refuses the file. */
  datasetType: string;
  /** The department's organisation name on the portal (`tbs-sct`): the uploader checks it is the uploader's own. */
  organisation: string;
  /** The language of the headings, the status labels and the example marker. */
  language: Language;
};

/**
 * The upload workbook for one department, as the files of an XLSX package. Cells are inline strings
 * with no formula anywhere (the recombinant template's helper formulas are left out), so what a person
 * opens is text and what the uploader reads is exactly the tracker row. Choice cells are written
 * `code: label` for status, as the template writes them; the uploader keeps what precedes the colon.
 */
export function trackerWorkbook(rows: readonly TrackerRow[], options: TrackerWorkbookOptions): WorkbookFile[] {
  const { language } = options;
  const fields = (row: number, values: readonly string[], style = 0) => values.map((value, i) => cell(row, FIRST_FIELD_COLUMN + i, value, style));
  const sheetRows = [
    rowXml(TITLE_ROW, [cell(TITLE_ROW, FIRST_FIELD_COLUMN, translate('publicrecord.tracker.workbookTitle', language, { datasetType: options.datasetType, organisation: options.organisation }), HEADING)], 27),
    rowXml(HEADINGS_ROW, fields(HEADINGS_ROW, TRACKER_COLUMNS.map((column) => TRACKER_COLUMN_LABELS[column][language]), HEADING), 30),
    rowXml(CODE_ROW, [cell(CODE_ROW, 1, 'v3'), cell(CODE_ROW, 2, options.organisation), ...fields(CODE_ROW, TRACKER_COLUMNS)]),
    rowXml(EXAMPLE_ROW, [cell(EXAMPLE_ROW, 1, language === 'fr' ? 'ex.' : 'e.g.')]),
    ...rows.map((row, i) => {
      const r = DATA_FIRST_ROW + i;
      const values = TRACKER_COLUMNS.map((column) => (column === 'status' ? `${row.status}: ${trackerStatusLabel(row.status as TrackerStatus, language)}` : row[column]));
      return rowXml(r, fields(r, values, WRAP));
    }),
  ].filter((xml) => xml !== '');
  const widths = TRACKER_COLUMNS.map((column, i) => {
    const width = /^(progress|evidence|challenges)_/.test(column) ? 60 : column === 'status' ? 26 : 16;
    const c = FIRST_FIELD_COLUMN + i;
    return `<col min="${c}" max="${c}" width="${width}" customWidth="1"/>`;
  });
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>' +
    `<cols><col min="1" max="1" width="4" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/>${widths.join('')}</cols>` +
    `<sheetData>${sheetRows.join('')}</sheetData></worksheet>`;
  const sheetName = xlsxText(options.datasetType);
  return [
    {
      path: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '</Types>',
    },
    {
      path: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    },
    {
      path: 'xl/workbook.xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        `<sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '</Relationships>',
    },
    {
      path: 'xl/styles.xml',
      // Style 0 plain, 1 wrapped text at the top (long progress texts), 2 bold headings; all number format 49 "@" (text).
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="3">' +
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
        '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
        '</cellXfs></styleSheet>',
    },
    { path: 'xl/worksheets/sheet1.xml', content: sheet },
  ];
}
