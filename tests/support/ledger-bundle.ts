/**
 * Test harness (not Google code): makes sure `.output/apps-script/ledger/Code.js` is built from the
 * current sources (so `npx vitest run tests/apps-script` works on its own), and loads it into a fresh
 * node:vm context whose global scope is a GoogleWorld's service doubles — as Apps Script runs a project's
 * files in one global scope with its services as globals.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { APPS_SCRIPT_OUTPUT, buildAppsScriptProject, ROOT } from '../../scripts/build-apps-script.ts';

export const LEDGER_BUNDLE = path.join(APPS_SCRIPT_OUTPUT, 'ledger', 'Code.js');
const STALE_LOCK_MS = 30_000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    newest = Math.max(newest, stat.isDirectory() ? newestSource(full) : stat.mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(LEDGER_BUNDLE)) return false;
  const built = statSync(LEDGER_BUNDLE).mtimeMs;
  return built >= Math.max(newestSource(path.join(ROOT, 'apps-script/ledger')), newestSource(path.join(ROOT, 'shared')));
}

/** Builds the bundle if any source is newer; one builder at a time across test files (mkdir lock). */
export async function ensureLedgerBundle(): Promise<string> {
  if (isFresh()) return readFileSync(LEDGER_BUNDLE, 'utf8');
  mkdirSync(APPS_SCRIPT_OUTPUT, { recursive: true });
  const lock = path.join(APPS_SCRIPT_OUTPUT, '.ledger-build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build is left by a killed process: take it over.
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // it was just released
      }
      await new Promise((r) => setTimeout(r, 100));
      if (isFresh()) return readFileSync(LEDGER_BUNDLE, 'utf8');
    }
  }
  try {
    if (!isFresh()) await buildAppsScriptProject('ledger');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return readFileSync(LEDGER_BUNDLE, 'utf8');
}

export type LedgerEntryPoints = {
  doGet(e?: unknown): { getContent(): string; getMimeType(): string };
  doPost(e?: unknown): { getContent(): string; getMimeType(): string };
  onOpen(e?: unknown): void;
  setUpLedger(): void;
  issueMemberToken(): void;
  revokeMemberToken(): void;
  verifyLedgerChain(): void;
  rebuildLedgerViews(): void;
  exportTrackerCsv(): void;
  publishRepository(): void;
  buildRepositoryZip(): unknown;
  recordIrmAssessment(token: string, assessment: unknown): unknown;
  recordActionPlan(token: string, plan: unknown): unknown;
};

/** The bundle run as Apps Script runs it: one classic script in a context whose globals are the doubles. */
export function loadLedgerBundle(code: string, globals: object): LedgerEntryPoints & { context: vm.Context } {
  const context = vm.createContext({ console, ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return Object.assign(Object.create(null), { context }, context) as LedgerEntryPoints & { context: vm.Context };
}

/** A doPost event as Apps Script builds it for a text/plain POST (apps-script/guides/web). */
export function postEvent(body: string): unknown {
  return {
    queryString: '',
    parameter: {},
    parameters: {},
    contextPath: '',
    contentLength: body.length,
    postData: { length: body.length, type: 'text/plain', contents: body, name: 'postData' },
  };
}
