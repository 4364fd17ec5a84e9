/**
 * Test harness (not Google code): makes sure `.output/apps-script/ledger/Code.js` is built from the
 * current sources (so `npx vitest run tests/apps-script` works on its own), and loads it into a fresh
 * node:vm context whose global scope is a GoogleWorld's service doubles — as Apps Script runs a project's
 * files in one global scope with its services as globals.
 */
import vm from 'node:vm';
import { bundlePath, ensureAppsScriptBundle } from './apps-script-bundle.ts';

export const LEDGER_BUNDLE = bundlePath('ledger');

/** The ledger's Code.js, built first if any source is newer. */
export const ensureLedgerBundle = () => ensureAppsScriptBundle('ledger');

export type LedgerEntryPoints = {
  doGet(e?: unknown): { getContent(): string; getMimeType(): string };
  doPost(e?: unknown): { getContent(): string; getMimeType(): string };
  onOpen(e?: unknown): void;
  setUpLedger(): void;
  issueMemberToken(): void;
  revokeMemberToken(): void;
  verifyLedgerChain(): void;
  rebuildLedgerViews(): void;
  continueStoreBuild(): void;
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
