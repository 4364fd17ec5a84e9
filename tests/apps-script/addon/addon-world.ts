/**
 * Test harness (not Google code): the add-on bundle as clasp would push it, loaded into node:vm with
 * the Google doubles as globals: DocumentApp on a document built from a fixture, PropertiesService
 * (user + document stores), UrlFetchApp routed to a real ledger bundle in its own node:vm world,
 * Session, Utilities, HtmlService serving the built Sidebar.html, ScriptApp.AuthMode.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { APPS_SCRIPT_OUTPUT } from '../../../scripts/build-apps-script.ts';
import { bundlePath, ensureAppsScriptBundle } from '../../support/apps-script-bundle.ts';
import type { DocModel } from '../../../shared/docs/document-model.ts';
import type { Role } from '../../../shared/domain/role.ts';
import type { Side } from '../../../shared/domain/side.ts';
import { CallLog } from '../../support/call-log.ts';
import { type AuthModeName, createDocumentAppDouble, DocumentState, gateByAuthMode, ParagraphHeading } from '../../support/document-app-double.ts';
import { createHtmlServiceDouble } from '../../support/html-service-double.ts';
import { addMember, type LedgerFixture, ledgerFixture } from '../../support/ledger-fixture.ts';
import { createPropertiesServiceDouble, emptyPropertyStores } from '../../support/properties-service-double.ts';
import { createSessionDouble } from '../../support/session-double.ts';
import { createUrlFetchAppDouble, LEDGER_EXEC_URL, ledgerWebAppRoute, type Route, type UrlFetchWorld } from '../../support/url-fetch-app-double.ts';
import { createUtilitiesDouble } from '../../support/utilities-double.ts';

export const ADDON_OUTPUT = path.join(APPS_SCRIPT_OUTPUT, 'addon');
export const ADDON_BUNDLE = bundlePath('addon');

/** The add-on's Code.js (and Sidebar.html), built first if any source is newer. */
export const ensureAddonBundle = () => ensureAppsScriptBundle('addon');

/** A DocumentState with the fixture's blocks (headings, paragraphs, tables) in order. */
export function documentFrom(model: DocModel, id = 'doc-1'): DocumentState {
  const doc = new DocumentState(id, model.title);
  const body = doc.body;
  const headings = [ParagraphHeading.NORMAL, ParagraphHeading.HEADING1, ParagraphHeading.HEADING2, ParagraphHeading.HEADING3, ParagraphHeading.HEADING4];
  model.blocks.forEach((block, i) => {
    if (block.kind === 'paragraph') body.insertParagraph(i, block.text).setHeading(headings[block.heading] ?? ParagraphHeading.NORMAL);
    else body.insertTable(i, block.rows);
  });
  // DocumentState starts with one empty paragraph, as a new Google Doc does; keep it last.
  return doc;
}

export type AddonOptions = { doc?: DocumentState; locale?: string; authMode?: AuthModeName; member?: { side: Side; roles: Role[]; name?: string; org?: string } | null };

export type AddonWorld = Awaited<ReturnType<typeof createAddonWorld>>;

/** An add-on in node:vm on the doubles, wired to a fresh ledger (a member token already saved unless `member: null`). */
export async function createAddonWorld(options: AddonOptions = {}) {
  const [code, ledger] = await Promise.all([ensureAddonBundle(), ledgerFixture()]);
  const log = new CallLog();
  const world = { active: options.doc ?? new DocumentState('doc-1', 'Untitled document'), authMode: options.authMode ?? ('FULL' as AuthModeName) };
  const stores = emptyPropertyStores();
  const fetchWorld: UrlFetchWorld = { route: ledgerWebAppRoute(ledger.app), online: true, requests: [] };
  const docs = createDocumentAppDouble(world, log);
  const session = { locale: options.locale ?? 'en', effectiveUserEmail: 'drafter@example.org', activeUserEmail: 'drafter@example.org', timeZone: 'America/Toronto' };
  const htmlFiles: Record<string, string> = existsSync(path.join(ADDON_OUTPUT, 'Sidebar.html')) ? { Sidebar: readFileSync(path.join(ADDON_OUTPUT, 'Sidebar.html'), 'utf8') } : {};
  let uuid = 0;
  const globals = {
    DocumentApp: docs.DocumentApp,
    ScriptApp: docs.ScriptApp,
    PropertiesService: gateByAuthMode(createPropertiesServiceDouble(stores, log), 'PropertiesService', world),
    UrlFetchApp: gateByAuthMode(createUrlFetchAppDouble(fetchWorld, log), 'UrlFetchApp', world),
    Session: gateByAuthMode(createSessionDouble(session, log), 'Session', world),
    Utilities: createUtilitiesDouble(log, () => `00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}`),
    HtmlService: createHtmlServiceDouble(log, htmlFiles),
    Logger: { log: () => undefined },
  };
  const context = vm.createContext({ console, ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const call = <T = unknown>(name: string, ...args: unknown[]): T => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`The bundle has no top-level function ${name}`);
    // Values cross google.script.run as JSON, both ways.
    const result = (fn as (...a: unknown[]) => unknown)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
    return (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as T;
  };
  let member: { id: string; token: string } | undefined;
  if (options.member !== null) {
    const spec = options.member ?? { side: 'government' as const, roles: ['drafter', 'gov_signatory'] as Role[] };
    member = addMember(ledger.world, { name: spec.name ?? 'Alex Tremblay', org: spec.org ?? 'Treasury Board of Canada Secretariat', side: spec.side, roles: spec.roles });
    stores.user['cocreate:ledgerUrl'] = LEDGER_EXEC_URL;
    stores.user['cocreate:token'] = member.token;
  }
  return { code, context, call, world, docs, stores, fetchWorld, ledger, log, member, session, setRoute: (route: Route) => { fetchWorld.route = route; } };
}

/** Every event the ledger stored, by pulling as a member who may read. */
export function ledgerEvents(ledger: LedgerFixture, token: string): { type: string; id: string; payload: Record<string, unknown>; seq: number }[] {
  const answer = ledger.post({ v: 1, op: 'pull', token, since: 0 }) as { events: { type: string; id: string; payload: Record<string, unknown>; seq: number }[] };
  return answer.events;
}
