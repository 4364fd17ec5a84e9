/**
 * Test harness (not Google code): a ledger spreadsheet in a GoogleWorld, set up by the bundle's own
 * `setUpLedger`, with members whose tokens the test knows, and helpers to post protocol requests to
 * the bundle's `doPost` and read the JSON it answers.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ledgerTabTitle } from '../../shared/ledger/layout/index.ts';
import { hashToken } from '../../shared/ledger/hash-token.ts';
import { encodeMemberRow } from '../../shared/ledger/members-codec.ts';
import { EMPTY_LEDGER_STATE } from '../../shared/ledger/ledger-state.ts';
import { planAppend } from '../../shared/ledger/plan-append.ts';
import { MAX_EVENTS_PER_BATCH } from '../../shared/protocol/limits.ts';
import type { Role } from '../../shared/domain/role.ts';
import type { Side } from '../../shared/domain/side.ts';
import { createGoogleWorld, type GoogleWorld, type WorldOptions } from './google-world.ts';
import { ensureLedgerBundle, loadLedgerBundle, postEvent } from './ledger-bundle.ts';

export const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export type MemberSpec = { name: string; org?: string; side: Side; roles: Role[]; revoked?: boolean };

export const EVERY_ROLE: Role[] = ['drafter', 'attendee', 'coordinator', 'gov_signatory', 'csn_signatory'];

/** Writes a Members row the way issueMemberToken does (RAW, hash only) and returns the token. */
export function addMember(world: GoogleWorld, spec: MemberSpec, membersTab = ledgerTabTitle('members')): { id: string; token: string } {
  const token = randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '');
  const id = randomUUID();
  const row = encodeMemberRow({
    id,
    name: spec.name,
    org: spec.org ?? '',
    side: spec.side,
    roles: spec.roles,
    tokenHash: hashToken(token, nodeSha256),
    issuedAt: '2026-11-27T09:00:00.000Z',
    ...(spec.revoked ? { revokedAt: '2026-11-27T10:00:00.000Z' } : {}),
  });
  world.globals.Sheets.Spreadsheets.Values.append({ values: [row] }, world.store.state.spreadsheetId, `'${membersTab}'!A1`, {
    valueInputOption: 'RAW',
    insertDataOption: 'INSERT_ROWS',
  });
  return { id, token };
}

export type LedgerFixture = {
  world: GoogleWorld;
  app: ReturnType<typeof loadLedgerBundle>;
  code: string;
  /** Posts a raw body to doPost and parses the answer (which must always be JSON). */
  postRaw(body: string): Record<string, unknown>;
  post(request: Record<string, unknown>): Record<string, unknown>;
};

export async function ledgerFixture(options: WorldOptions = {}): Promise<LedgerFixture> {
  const code = await ensureLedgerBundle();
  const world = createGoogleWorld(options);
  const app = loadLedgerBundle(code, world.globals);
  if (!options.state) app.setUpLedger();
  world.ui.events.length = 0;
  world.log.reset();
  const postRaw = (body: string) => {
    const out = app.doPost(postEvent(body));
    if (out.getMimeType() !== 'JSON') throw new Error(`doPost answered ${out.getMimeType()}, not JSON`);
    return JSON.parse(out.getContent()) as Record<string, unknown>;
  };
  return { world, app, code, postRaw, post: (request) => postRaw(JSON.stringify(request)) };
}

let counter = 0;
/** A valid `annotation.created` client event (DESIGN §3's fixed payload). */
export function annotationEvent(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    v: 1,
    id: randomUUID(),
    type: 'annotation.created',
    at: new Date(Date.UTC(2026, 10, 27, 14, 0, 0) + counter * 1000).toISOString(),
    source: 'extension',
    entityId: randomUUID(),
    payload: { meetingId: 'meeting-1', kind: 'note', text },
    ...overrides,
  };
}

/**
 * Writes `count` chained annotation events straight into the Log tab in one RAW append, as a long
 * history would have left them (the bundle is not run, so this is quick), and returns the head.
 */
export function seedLog(world: GoogleWorld, count: number, logTab = ledgerTabTitle('log')): { seq: number; hash: string } {
  const member = { id: randomUUID(), name: 'Seed', org: 'Open North', side: 'csn' as const, roles: EVERY_ROLE };
  let head = { seq: 0, hash: '0'.repeat(64) };
  const rows: string[][] = [];
  for (let start = 0; start < count; start += MAX_EVENTS_PER_BATCH) {
    const events = Array.from({ length: Math.min(MAX_EVENTS_PER_BATCH, count - start) }, (_, i) => {
      const n = start + i;
      return annotationEvent(`Milestone C01.1 keeps its March 2026 deadline (note ${n})`, {
        payload: { meetingId: `meeting-${n % 50}`, kind: ['note', 'decision', 'action'][n % 3], text: `Milestone C01.1 keeps its March 2026 deadline (note ${n})` },
      });
    });
    const plan = planAppend({ state: EMPTY_LEDGER_STATE, head, events, member, receivedAt: '2026-11-27T10:00:00.000Z', digest: nodeSha256 });
    rows.push(...plan.rows);
    head = plan.head;
  }
  world.globals.Sheets.Spreadsheets.Values.append({ values: rows }, world.store.state.spreadsheetId, `'${logTab}'!A1`, {
    valueInputOption: 'RAW',
    insertDataOption: 'INSERT_ROWS',
  });
  // A history from before the writer kept its Index: the next append builds the store from the log.
  const index = ledgerTabTitle('index');
  if (world.store.state.sheets.some((sheet) => sheet.title === index)) {
    world.globals.Sheets.Spreadsheets.Values.clear({}, world.store.state.spreadsheetId, `'${index}'!A2`);
  }
  return head;
}

/**
 * Counts the cells and characters of every later values read (what a request pulls from Google) and
 * values write (what it sends), as JSON text, the way the Sheets API carries them.
 */
export function meterValues(world: GoogleWorld) {
  const meter = { readCells: 0, readChars: 0, writtenCells: 0, writtenChars: 0 };
  const measure = (rows: readonly unknown[][] | undefined, into: 'read' | 'written') => {
    for (const row of rows ?? []) {
      meter[`${into}Cells`] += row.length;
      meter[`${into}Chars`] += JSON.stringify(row).length;
    }
  };
  const values = world.globals.Sheets.Spreadsheets.Values;
  const { get, batchGet, append, update } = values;
  values.get = (...args: Parameters<typeof get>) => {
    const answer = get(...args);
    measure(answer.values, 'read');
    return answer;
  };
  values.batchGet = (...args: Parameters<typeof batchGet>) => {
    const answer = batchGet(...args);
    for (const range of answer.valueRanges) measure(range.values, 'read');
    return answer;
  };
  values.append = (...args: Parameters<typeof append>) => {
    measure(args[0].values, 'written');
    return append(...args);
  };
  values.update = (...args: Parameters<typeof update>) => {
    measure(args[0].values, 'written');
    return update(...args);
  };
  // spreadsheets.batchUpdate carries its cells as CellData: every cell of every updateCells counts,
  // and the whole body as JSON is what goes over the wire.
  const spreadsheets = world.globals.Sheets.Spreadsheets;
  const { batchUpdate } = spreadsheets;
  spreadsheets.batchUpdate = (...args: Parameters<typeof batchUpdate>) => {
    const [body] = args as unknown as [{ requests?: Array<{ updateCells?: { rows?: Array<{ values?: unknown[] }> } }> }];
    for (const request of body.requests ?? []) for (const row of request.updateCells?.rows ?? []) meter.writtenCells += row.values?.length ?? 0;
    meter.writtenChars += JSON.stringify(body).length;
    return batchUpdate(...args);
  };
  return meter;
}
