import { columnLetter } from './column-letter.ts';
import type { ColourRule, LedgerLayout, TabLayout } from './ledger-layout.ts';
import type { BooleanCondition, ConditionalFormatRule, Request, SpreadsheetState } from './sheets-v4.ts';

type SheetState = NonNullable<SpreadsheetState['sheets']>[number];

/** First sheet id tried for a new tab; far from Google's own small ids. */
const FIRST_SHEET_ID = 71_000;

/** The description that marks a protection as Cocreate's, so setup finds it again. */
export const protectionDescription = (tab: TabLayout) => `cocreate:protect:${tab.id}`;

/** `{col:overdue}` → `$H2`: a formula over the row, relative to the first data row. */
function formulaFor(tab: TabLayout, formula: string): string {
  return `=${formula.replace(/\{col:([a-zA-Z_]+)\}/g, (_whole, header: string) => `$${columnLetter(tab.headers.indexOf(header))}2`)}`;
}

function conditionOf(tab: TabLayout, rule: ColourRule): BooleanCondition {
  return 'equals' in rule
    ? { type: 'TEXT_EQ', values: [{ userEnteredValue: rule.equals }] }
    : { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: formulaFor(tab, rule.formula) }] };
}

function columnsOf(tab: TabLayout, rule: ColourRule): { start: number; end: number } {
  if ('wholeRow' in rule && rule.wholeRow) return { start: 0, end: tab.headers.length };
  const index = tab.headers.indexOf(rule.column);
  return { start: index, end: index + 1 };
}

/** What identifies a conditional rule when comparing with the sheet: its condition and its columns. */
function ruleSignature(
  type: string | undefined,
  values: ReadonlyArray<{ userEnteredValue?: string }> | undefined,
  start: number | undefined,
  end: number | undefined,
): string {
  return JSON.stringify([type ?? '', (values ?? []).map((value) => value.userEnteredValue ?? ''), start ?? 0, end ?? null]);
}

function conditionalRule(tab: TabLayout, sheetId: number, rule: ColourRule): ConditionalFormatRule {
  const { start, end } = columnsOf(tab, rule);
  return {
    ranges: [{ sheetId, startRowIndex: 1, startColumnIndex: start, endColumnIndex: end }],
    booleanRule: { condition: conditionOf(tab, rule), format: { backgroundColor: rule.colour } },
  };
}

/** Runs of neighbouring columns that want the same width and do not have it: one request each. */
function widthRequests(tab: TabLayout, sheetId: number, current: ReadonlyArray<number | undefined>): Request[] {
  const requests: Request[] = [];
  let i = 0;
  while (i < tab.widths.length) {
    const width = tab.widths[i]!;
    if (current[i] === width) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < tab.widths.length && tab.widths[end] === width && current[end] !== width) end += 1;
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: end },
        properties: { pixelSize: width },
        fields: 'pixelSize',
      },
    });
    i = end;
  }
  return requests;
}

function headerRequest(tab: TabLayout, sheetId: number): Request {
  return {
    updateCells: {
      start: { sheetId, rowIndex: 0, columnIndex: 0 },
      rows: [{ values: tab.headers.map((header) => ({ userEnteredValue: { stringValue: header }, userEnteredFormat: { textFormat: { bold: true } } })) }],
      fields: 'userEnteredValue,userEnteredFormat.textFormat.bold',
    },
  };
}

/** What setup reads of one tab: row 1 (header), row 2 (where validation shows) and column widths. */
function readTab(sheet: SheetState | undefined) {
  const grid = sheet?.data?.find((data) => (data.startRow ?? 0) === 0) ?? sheet?.data?.[0];
  const rows = grid?.rowData ?? [];
  return {
    header: (rows[0]?.values ?? []).map((cell) => cell.userEnteredValue?.stringValue ?? ''),
    secondRow: rows[1]?.values ?? [],
    widths: (grid?.columnMetadata ?? []).map((column) => column.pixelSize),
  };
}

/** A sheet id for a new tab that no existing tab uses, the same on every run for the same sheet. */
function freeSheetIds(state: SpreadsheetState): () => number {
  const used = new Set((state.sheets ?? []).map((sheet) => sheet.properties?.sheetId ?? 0));
  let next = FIRST_SHEET_ID;
  return () => {
    while (used.has(next)) next += 1;
    used.add(next);
    return next;
  };
}

/**
 * The `spreadsheets.batchUpdate` requests that bring a spreadsheet to the layout, given what it has
 * now (read with LAYOUT_STATE_FIELDS and layoutStateRanges). Only what is missing or different is
 * asked for, so running setup on its own result asks for nothing. Tabs are found by title; nothing
 * is deleted, and data rows are never touched.
 */
export function layoutToRequests(layout: LedgerLayout, state: SpreadsheetState, options: { ownerEmail?: string } = {}): Request[] {
  const requests: Request[] = [];
  const nextSheetId = freeSheetIds(state);
  const sheets = state.sheets ?? [];
  layout.tabs.forEach((tab) => {
    const existing = sheets.find((sheet) => sheet.properties?.title === tab.title);
    // The API's JSON leaves out fields at their default, so a missing sheetId is sheet 0.
    const sheetId = existing ? (existing.properties?.sheetId ?? 0) : nextSheetId();
    const columns = tab.headers.length;
    if (!existing) {
      requests.push({
        addSheet: { properties: { sheetId, title: tab.title, gridProperties: { frozenRowCount: tab.frozenRows, columnCount: columns } } },
      });
    } else {
      const grid = existing.properties?.gridProperties;
      if ((grid?.frozenRowCount ?? 0) !== tab.frozenRows) {
        requests.push({
          updateSheetProperties: { properties: { sheetId, gridProperties: { frozenRowCount: tab.frozenRows } }, fields: 'gridProperties.frozenRowCount' },
        });
      }
      const columnCount = grid?.columnCount ?? columns;
      if (columnCount < columns) requests.push({ appendDimension: { sheetId, dimension: 'COLUMNS', length: columns - columnCount } });
    }
    const current = readTab(existing);
    if (tab.headers.some((header, i) => current.header[i] !== header)) requests.push(headerRequest(tab, sheetId));
    requests.push(...widthRequests(tab, sheetId, current.widths));

    for (const [header, words] of Object.entries(tab.validation)) {
      const column = tab.headers.indexOf(header);
      if (column < 0) continue;
      const present = current.secondRow[column]?.dataValidation?.condition;
      const wanted = words.map((word) => ({ userEnteredValue: word }));
      if (present?.type === 'ONE_OF_LIST' && ruleSignature('', present.values, 0, 0) === ruleSignature('', wanted, 0, 0)) continue;
      requests.push({
        setDataValidation: {
          range: { sheetId, startRowIndex: 1, startColumnIndex: column, endColumnIndex: column + 1 },
          rule: { condition: { type: 'ONE_OF_LIST', values: wanted }, strict: true, showCustomUi: true },
        },
      });
    }

    const presentRules = new Set(
      (existing?.conditionalFormats ?? []).map((rule) =>
        ruleSignature(rule.booleanRule?.condition?.type, rule.booleanRule?.condition?.values, rule.ranges?.[0]?.startColumnIndex, rule.ranges?.[0]?.endColumnIndex),
      ),
    );
    let index = existing?.conditionalFormats?.length ?? 0;
    for (const colour of tab.colours) {
      const rule = conditionalRule(tab, sheetId, colour);
      const range = rule.ranges[0]!;
      const signature = ruleSignature(rule.booleanRule.condition.type, rule.booleanRule.condition.values, range.startColumnIndex, range.endColumnIndex);
      if (presentRules.has(signature)) continue;
      presentRules.add(signature);
      requests.push({ addConditionalFormatRule: { rule, index } });
      index += 1;
    }

    const description = protectionDescription(tab);
    if (!existing?.protectedRanges?.some((range) => range.description === description)) {
      requests.push({
        addProtectedRange: {
          protectedRange: {
            range: { sheetId },
            description,
            warningOnly: false,
            ...(options.ownerEmail ? { editors: { users: [options.ownerEmail], domainUsersCanEdit: false } } : {}),
          },
        },
      });
    }
  });
  return requests;
}
