/**
 * The contract the service doubles in tests/support promise, written against Apps Script's own global
 * services and nothing else (no vitest, no Node), so the same checks run against the doubles in
 * `npm test` and, by hand, against the real services (docs/coordinator-guide.md, "Checking the doubles").
 */
export type ContractEnv = {
  Sheets: GoogleAppsScript.Sheets;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  ContentService: GoogleAppsScript.Content.ContentService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  /** A spreadsheet the checks may add and delete scratch tabs in. */
  spreadsheetId: string;
};

/** One promised behaviour; `tab` is a fresh scratch tab the check may use (deleted afterwards). */
export type ContractCheck = { name: string; run: (env: ContractEnv, tab: string) => void };

export type ContractResult = { name: string; ok: boolean; detail?: string };

export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

export function expectThrows(run: () => unknown, what: string): void {
  try {
    run();
  } catch {
    return;
  }
  throw new Error(`${what}: expected an error, none was thrown`);
}

function sheetIdOf(env: ContractEnv, title: string): number | undefined {
  const sheets = env.Sheets.Spreadsheets!.get(env.spreadsheetId).sheets ?? [];
  return sheets.find((s) => s.properties?.title === title)?.properties?.sheetId ?? undefined;
}

/** Runs every check, each in its own scratch tab, and never throws: a failure is a result. */
export function runContract(env: ContractEnv, checks: readonly ContractCheck[]): ContractResult[] {
  return checks.map((check, i) => {
    const tab = `contract-${i}-${env.Utilities.getUuid().slice(0, 8)}`;
    try {
      env.Sheets.Spreadsheets!.batchUpdate({ requests: [{ addSheet: { properties: { title: tab } } }] }, env.spreadsheetId);
      check.run(env, tab);
      return { name: check.name, ok: true };
    } catch (error) {
      return { name: check.name, ok: false, detail: error instanceof Error ? error.message : String(error) };
    } finally {
      const id = sheetIdOf(env, tab);
      if (id !== undefined) env.Sheets.Spreadsheets!.batchUpdate({ requests: [{ deleteSheet: { sheetId: id } }] }, env.spreadsheetId);
    }
  });
}
