/**
 * Test harness (not Google code): one Apps Script "world" made of the service doubles in this folder,
 * sharing one spreadsheet, one set of properties, one cache, one script lock and one CallLog. Its
 * `globals` are what a bundle sees as its global scope in node:vm; `forExecution(name)` gives the
 * globals of another concurrent execution of the same script (same data, its own hold on the lock).
 * `snapshot()` is plain JSON so `ledger:local` can keep the world in a file.
 */
import { CallLog } from './call-log.ts';
import { createCacheServiceDouble } from './cache-service-double.ts';
import { createContentServiceDouble } from './content-service-double.ts';
import { createHtmlServiceDouble } from './html-service-double.ts';
import { createLockServiceDouble, ScriptLockArbiter } from './lock-service-double.ts';
import { createPropertiesServiceDouble, emptyPropertyStores, type PropertyStores } from './properties-service-double.ts';
import { createSessionDouble, type SessionSettings } from './session-double.ts';
import { createSheetsDouble } from './sheets-advanced-double.ts';
import { SheetsQuota, type SheetsQuotaOptions } from './sheets-quota.ts';
import { createSpreadsheetAppDouble, createUiDouble } from './spreadsheet-app-double.ts';
import { newSpreadsheet, type SpreadsheetState } from './spreadsheet-model.ts';
import { createUtilitiesDouble } from './utilities-double.ts';
import { createMailAppDouble, type SentMail } from './mail-app-double.ts';
import { createScriptAppDouble, type TriggerState } from './script-app-double.ts';

export type WorldState = { spreadsheet: SpreadsheetState; properties: PropertyStores };

export type WorldOptions = {
  state?: WorldState;
  session?: Partial<SessionSettings>;
  /** Real ms waited per lock-timeout ms across threads (see lock-service-double.ts). */
  lockTimeScale?: number;
  uuids?: () => string;
  now?: () => number;
  htmlFiles?: Record<string, string>;
  /**
   * Enforce the Sheets API's per-minute quotas (sheets-quota.ts) on this clock; off by default
   * because most tests make a minute's worth of requests in a few milliseconds of real time.
   */
  sheetsQuota?: Partial<Omit<SheetsQuotaOptions, 'user'>> & { now: () => number };
  /**
   * Time one service call takes (ms), by service and method: added to `spentMs`, which a bench
   * reads as the execution's duration on its virtual clock (the calls themselves stay synchronous).
   */
  latencyMs?: (service: string, method: string) => number;
  /** MailApp recipients a day (mail-app-double.ts); the consumer account's 100 unless told. */
  mailQuota?: number;
};

export type GoogleWorld = ReturnType<typeof createGoogleWorld>;

export function createGoogleWorld(options: WorldOptions = {}) {
  const log = new CallLog();
  const store = { state: options.state?.spreadsheet ?? newSpreadsheet('1CocreateLedgerDoubleSpreadsheetId', 'Cocreate ledger') };
  // Worlds saved by an older double may lack newer fields.
  for (const sheet of store.state.sheets) sheet.validations ??= [];
  const properties = options.state?.properties ?? emptyPropertyStores();
  const session: SessionSettings = { locale: 'en', effectiveUserEmail: 'coordinator@example.org', activeUserEmail: '', timeZone: 'Etc/UTC', ...options.session };
  const arbiter = new ScriptLockArbiter(options.lockTimeScale ?? 1);
  const now = options.now ?? (() => Date.now());
  const ui = createUiDouble(log);
  // Apps Script's console writes to the execution log (Cloud Logging), which only the owner reads.
  const executionLog: string[] = [];
  const record = (level: string) => (...args: unknown[]) => {
    executionLog.push(`${level}: ${args.map(String).join(' ')}`);
  };
  const cache = createCacheServiceDouble(log, now);
  // The web app executes as its owner: every member's request spends the owner's quota.
  const quota = options.sheetsQuota ? new SheetsQuota({ ...options.sheetsQuota, user: () => session.effectiveUserEmail }) : undefined;
  const latency = { spentMs: 0 };
  const latencyOf = options.latencyMs;
  if (latencyOf) log.onRecord((call) => (latency.spentMs += latencyOf(call.service, call.method)));
  // Installable triggers belong to the user who made them; mail goes out as the effective user.
  const triggers: TriggerState[] = [];
  const outbox: SentMail[] = [];
  const shared = {
    SpreadsheetApp: createSpreadsheetAppDouble(store, log, ui),
    Sheets: createSheetsDouble(store, log, quota),
    PropertiesService: createPropertiesServiceDouble(properties, log),
    CacheService: cache,
    ContentService: createContentServiceDouble(log),
    HtmlService: createHtmlServiceDouble(log, options.htmlFiles),
    Utilities: createUtilitiesDouble(log, options.uuids),
    Session: createSessionDouble(session, log),
    ScriptApp: createScriptAppDouble(triggers, log, () => session.activeUserEmail || session.effectiveUserEmail),
    MailApp: createMailAppDouble(outbox, log, options.mailQuota),
    Logger: { log: record('INFO') },
    console: { log: record('INFO'), info: record('INFO'), warn: record('WARNING'), error: record('ERROR') },
  };
  const forExecution = (execution: string) => ({ ...shared, LockService: createLockServiceDouble(arbiter, execution, log) });
  return {
    log,
    store,
    properties,
    session,
    arbiter,
    ui,
    cache,
    executionLog,
    quota,
    latency,
    triggers,
    outbox,
    globals: forExecution('main'),
    forExecution,
    snapshot: (): WorldState => structuredClone({ spreadsheet: store.state, properties }),
  };
}
