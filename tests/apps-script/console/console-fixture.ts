/**
 * Test harness (not Google code): the ledger bundle in a GoogleWorld whose active user owns the
 * spreadsheet, as when the coordinator opens the console; `call` runs a console server function and
 * passes its answer through JSON, as google.script.run carries it to the sidebar.
 */
import { ledgerTabTitle } from '../../../shared/ledger/layout/index.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { type LedgerFixture, ledgerFixture } from '../../support/ledger-fixture.ts';
import { DEFAULT_OWNER } from '../../support/spreadsheet-app-double.ts';
import type { WorldOptions } from '../../support/google-world.ts';

export type ConsoleJson = Record<string, unknown> & { ok: boolean };

export type ConsoleFixture = LedgerFixture & {
  /** The answer as JSON; `T` says what the test expects of it (the assertions check it). */
  call<T = ConsoleJson>(name: string, ...args: unknown[]): T;
  /** Every stored event, decoded from the Log tab through the web app's own pull. */
  events(token: string): StoredEvent[];
  membersRows(): string[][];
  logRows(): string[][];
  /** Issues the owner's own coordinator token through the console and returns it. */
  issueMe(extra?: Record<string, unknown>): string;
};

export async function consoleFixture(options: WorldOptions & { locale?: string } = {}): Promise<ConsoleFixture> {
  const f = await ledgerFixture({ ...options, session: { activeUserEmail: DEFAULT_OWNER, locale: options.locale ?? 'en', ...options.session } });
  const fns = f.app as unknown as Record<string, (...args: unknown[]) => unknown>;
  const call = <T = ConsoleJson>(name: string, ...args: unknown[]): T => {
    const fn = fns[name];
    if (typeof fn !== 'function') throw new Error(`the bundle has no top-level ${name}`);
    return JSON.parse(JSON.stringify(fn(...(JSON.parse(JSON.stringify(args)) as unknown[])) ?? null)) as T;
  };
  const read = (tab: 'members' | 'log') =>
    (f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, `'${ledgerTabTitle(tab)}'`).values ?? []) as string[][];
  return {
    ...f,
    call,
    events: (token) => {
      const answer = f.post({ v: 1, op: 'pull', token, since: 0, limit: 1000 }) as { ok: boolean; events: StoredEvent[] };
      if (!answer.ok) throw new Error(`pull refused: ${JSON.stringify(answer)}`);
      return answer.events;
    },
    membersRows: () => read('members'),
    logRows: () => read('log'),
    issueMe: (extra = {}) => {
      const answer = call<ConsoleJson>('consoleIssueToken', { name: 'Marc Gagnon', org: 'Treasury Board Secretariat', side: 'government', roles: ['coordinator', 'attendee'], isMe: true, ...extra });
      if (!answer.ok) throw new Error(`issueMe refused: ${JSON.stringify(answer)}`);
      return (answer.value as { token: string }).token;
    },
  };
}
