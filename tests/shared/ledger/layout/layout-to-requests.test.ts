import { describe, expect, it } from 'vitest';
import { LAYOUT_STATE_FIELDS, LEDGER_LAYOUT, layoutStateRanges, layoutToRequests, type Request, type SpreadsheetState } from '../../../../shared/ledger/layout/index.ts';
import { VIEW_TABS } from '../../../../shared/ledger/views/index.ts';
import { CallLog } from '../../../support/call-log.ts';
import { createSheetsDouble } from '../../../support/sheets-advanced-double.ts';
import { newSpreadsheet } from '../../../support/spreadsheet-model.ts';

/** Reads the spreadsheet the way setup does: titles first, then rows 1–2 of the tabs that exist. */
function readState(sheets: ReturnType<typeof createSheetsDouble>, id: string): SpreadsheetState {
  const titles = ((sheets.Spreadsheets.get(id, { fields: 'sheets(properties(title))' } as never).sheets ?? []) as Array<{ properties: { title: string } }>).map(
    (sheet) => sheet.properties.title,
  );
  const ranges = layoutStateRanges(LEDGER_LAYOUT, titles);
  return sheets.Spreadsheets.get(id, { includeGridData: true, ranges, fields: LAYOUT_STATE_FIELDS } as never) as SpreadsheetState;
}

function freshWorld() {
  const store = { state: newSpreadsheet('ss-1') };
  const sheets = createSheetsDouble(store, new CallLog());
  return { store, sheets };
}

const kinds = (requests: readonly Request[]) =>
  requests.reduce<Record<string, number>>((tally, request) => {
    const kind = Object.keys(request)[0]!;
    tally[kind] = (tally[kind] ?? 0) + 1;
    return tally;
  }, {});

/** The one sheet a request changes. */
function sheetIdOf(request: Request): number | undefined {
  if ('addSheet' in request) return request.addSheet.properties.sheetId;
  if ('updateSheetProperties' in request) return request.updateSheetProperties.properties.sheetId;
  if ('appendDimension' in request) return request.appendDimension.sheetId;
  if ('updateDimensionProperties' in request) return request.updateDimensionProperties.range.sheetId;
  if ('setDataValidation' in request) return request.setDataValidation.range.sheetId;
  if ('addConditionalFormatRule' in request) return request.addConditionalFormatRule.rule.ranges[0]!.sheetId;
  if ('addProtectedRange' in request) return request.addProtectedRange.protectedRange.range.sheetId;
  return request.updateCells.start.sheetId;
}

describe('layoutToRequests', () => {
  it('sets up a new spreadsheet in one batch the Sheets API accepts', () => {
    const { store, sheets } = freshWorld();
    const requests = layoutToRequests(LEDGER_LAYOUT, readState(sheets, 'ss-1'));
    const tally = kinds(requests);
    expect(tally.addSheet).toBe(LEDGER_LAYOUT.tabs.length);
    expect(tally.addProtectedRange).toBe(LEDGER_LAYOUT.tabs.length);
    expect(tally.updateCells).toBe(LEDGER_LAYOUT.tabs.length);
    sheets.Spreadsheets.batchUpdate({ requests }, 'ss-1');
    expect(store.state.sheets.map((sheet) => sheet.title)).toEqual(['Sheet1', ...LEDGER_LAYOUT.tabs.map((tab) => tab.title)]);
    for (const tab of LEDGER_LAYOUT.tabs) {
      const sheet = store.state.sheets.find((candidate) => candidate.title === tab.title)!;
      expect(sheet.frozenRowCount).toBe(1);
      expect(sheet.rows[0]!.map((cell) => cell?.value)).toEqual([...tab.headers]);
      expect(sheet.protectedRanges.map((range) => range.description)).toEqual([`cocreate:protect:${tab.id}`]);
      expect(sheet.conditionalFormats).toHaveLength(tab.colours.length);
      expect(tab.headers.map((_, i) => sheet.columnWidths[i])).toEqual([...tab.widths]);
    }
  });

  it('asks for nothing the second time: setup run twice changes nothing', () => {
    const { store, sheets } = freshWorld();
    sheets.Spreadsheets.batchUpdate({ requests: layoutToRequests(LEDGER_LAYOUT, readState(sheets, 'ss-1')) }, 'ss-1');
    const before = JSON.stringify(store.state);
    expect(layoutToRequests(LEDGER_LAYOUT, readState(sheets, 'ss-1'))).toEqual([]);
    expect(JSON.stringify(store.state)).toBe(before);
  });

  it.each<[string, (state: ReturnType<typeof newSpreadsheet>) => void, Record<string, number>]>([
    ['a deleted tab', (state) => {
      state.sheets.splice(state.sheets.findIndex((sheet) => sheet.title === 'Outreach'), 1);
    }, { addSheet: 1, updateCells: 1, updateDimensionProperties: 7, addProtectedRange: 1 }], // Outreach has 14 columns: its widths in 7 runs
    // Shrinking a sheet loses what the cut columns held (header cells, widths, validation): all come back.
    ['too few columns', (state) => {
      state.sheets.find((sheet) => sheet.title === 'Meetings')!.columnCount = 5;
    }, { appendDimension: 1, updateCells: 1, updateDimensionProperties: 10, setDataValidation: 5 }], // Meetings has 23 columns (cancellation ones included)
    ['a removed protection', (state) => {
      state.sheets.find((sheet) => sheet.title === 'Log')!.protectedRanges = [];
    }, { addProtectedRange: 1 }],
    ['an unfrozen header', (state) => {
      state.sheets.find((sheet) => sheet.title === 'Updates')!.frozenRowCount = 0;
    }, { updateSheetProperties: 1 }],
    ['a narrowed column', (state) => {
      state.sheets.find((sheet) => sheet.title === 'Updates')!.columnWidths[6] = 50;
    }, { updateDimensionProperties: 1 }],
    ['an overwritten header cell', (state) => {
      state.sheets.find((sheet) => sheet.title === 'Actions')!.rows[0]![2] = { value: 'x' };
    }, { updateCells: 1 }],
    ['lost conditional colours', (state) => {
      state.sheets.find((sheet) => sheet.title === 'Updates')!.conditionalFormats = [];
    }, { addConditionalFormatRule: 4 }],
  ])('repairs only %s', (_name, damage, expected) => {
    const { store, sheets } = freshWorld();
    sheets.Spreadsheets.batchUpdate({ requests: layoutToRequests(LEDGER_LAYOUT, readState(sheets, 'ss-1')) }, 'ss-1');
    damage(store.state);
    const repair = layoutToRequests(LEDGER_LAYOUT, readState(sheets, 'ss-1'));
    expect(kinds(repair)).toEqual(expected);
    expect(new Set(repair.map(sheetIdOf)).size).toBe(1);
    sheets.Spreadsheets.batchUpdate({ requests: repair }, 'ss-1');
    expect(layoutToRequests(LEDGER_LAYOUT, readState(sheets, 'ss-1'))).toEqual([]);
  });

  it('gives new tabs sheet ids no existing tab uses', () => {
    const state: SpreadsheetState = { sheets: [{ properties: { sheetId: 71_000, title: 'Notes' } }] };
    const ids = layoutToRequests(LEDGER_LAYOUT, state).flatMap((request) => ('addSheet' in request ? [request.addSheet.properties.sheetId] : []));
    expect(ids).not.toContain(71_000);
    expect(new Set(ids).size).toBe(LEDGER_LAYOUT.tabs.length);
  });

  it('reads a missing sheetId as sheet 0, as the API leaves out default values', () => {
    const requests = layoutToRequests(LEDGER_LAYOUT, { sheets: [{ properties: { title: 'Log' } }] });
    expect(requests.some((request) => 'addSheet' in request && request.addSheet.properties.title === 'Log')).toBe(false);
    expect(requests.filter((request) => sheetIdOf(request) === 0).length).toBeGreaterThan(0);
    expect(requests.some((request) => 'addSheet' in request && request.addSheet.properties.sheetId === 0)).toBe(false);
  });

  it('names the owner as the only editor when told who it is', () => {
    const requests = layoutToRequests(LEDGER_LAYOUT, {}, { ownerEmail: 'owner@example.org' });
    const protections = requests.flatMap((request) => ('addProtectedRange' in request ? [request.addProtectedRange.protectedRange] : []));
    expect(protections.every((range) => range.editors?.users?.join() === 'owner@example.org' && !range.warningOnly)).toBe(true);
  });
});

describe('LEDGER_LAYOUT', () => {
  it('has the log, the members, every view tab and the writer\'s Index and plan store, each once', () => {
    expect(LEDGER_LAYOUT.tabs.map((tab) => tab.id)).toEqual(['log', 'members', ...VIEW_TABS, 'index', 'plan']);
    expect(new Set(LEDGER_LAYOUT.tabs.map((tab) => tab.title)).size).toBe(LEDGER_LAYOUT.tabs.length);
  });

  it.each(LEDGER_LAYOUT.tabs.map((tab) => [tab.id, tab] as const))('%s: widths, validation and colours name real columns', (_id, tab) => {
    expect(tab.widths).toHaveLength(tab.headers.length);
    for (const header of Object.keys(tab.validation)) expect(tab.headers).toContain(header);
    for (const colour of tab.colours) {
      expect(tab.headers).toContain(colour.column);
      if ('formula' in colour) for (const [, name] of colour.formula.matchAll(/\{col:(\w+)\}/g)) expect(tab.headers).toContain(name);
    }
  });

  it('never publishes contact details, token hashes or raw payloads', () => {
    const privateColumn = /email|phone|token|payload|contact/i;
    for (const tab of LEDGER_LAYOUT.tabs.filter((candidate) => candidate.isPublishable)) {
      expect(tab.headers.filter((header) => privateColumn.test(header))).toEqual([]);
    }
    expect(LEDGER_LAYOUT.tabs.filter((tab) => !tab.isPublishable).map((tab) => tab.id)).toEqual(
      expect.arrayContaining(['log', 'members', 'stakeholders']),
    );
  });

  it('colours Canada’s statuses and overdue actions', () => {
    const updates = LEDGER_LAYOUT.tabs.find((tab) => tab.id === 'updates')!;
    expect(updates.colours.map((colour) => ('equals' in colour ? colour.equals : ''))).toEqual(['NS', 'LP', 'SP', 'C']);
    const requests = layoutToRequests(LEDGER_LAYOUT, {});
    const overdue = requests.find(
      (request) => 'addConditionalFormatRule' in request && request.addConditionalFormatRule.rule.booleanRule.condition.values?.[0]?.userEnteredValue === '=OR($I2=TRUE,$I2="TRUE")',
    );
    // Column I is `overdue` (after v, id, source, source_id, text, owner, due_date, status); the whole row turns red.
    expect(overdue).toMatchObject({ addConditionalFormatRule: { rule: { ranges: [{ startRowIndex: 1, startColumnIndex: 0, endColumnIndex: 13 }] } } });
  });
});
