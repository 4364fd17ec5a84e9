/**
 * Test harness (not Google code): a ledger for a scripted forum meeting, served by `npm run ledger:local`
 * (scripts/ledger-local.ts, the real web app bundle, in its own process) on a data file this helper
 * prepares. The members are issued as a coordinator issues them: the bundle's own `consoleIssueToken`
 * (Console › Members), run as the spreadsheet's owner; the first coordinator is linked to the console (`isMe`).
 * Between requests the data file is the whole spreadsheet, so `openConsole()` can stop the host, load
 * that file into the bundle again as the owner's console would see it, and save what the console wrote.
 *
 * The demo seed of issue 14 item 3 could replace `members` later: the seed's members would be issued
 * the same way (this helper takes any list), and its meeting, plan and commitments appended before the
 * host starts.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../../shared/domain/role';
import type { Side } from '../../../shared/domain/side';
import { createGoogleWorld, type GoogleWorld, type WorldState } from '../../support/google-world';
import { ensureLedgerBundle, type LedgerEntryPoints, loadLedgerBundle } from '../../support/ledger-bundle';
import { DEFAULT_OWNER } from '../../support/spreadsheet-app-double';
import { launchLedgerLocal, stopLedgerLocal } from '../../extension/services/ledger-local-process';

export type MeetingMemberSpec = { name: string; org: string; side: Side; roles: Role[] };
export type IssuedMember = MeetingMemberSpec & { token: string; memberId: string };

/** The file `ledger:local` keeps (scripts/ledger-local.ts `SavedLedger`). */
type SavedLedger = { version: 1; token: string; world: WorldState };

export type OwnerConsole = {
  world: GoogleWorld;
  app: LedgerEntryPoints;
  /** A console server function, its arguments and answer carried as JSON, as google.script.run does. */
  call<T = Record<string, unknown>>(name: string, ...args: unknown[]): T;
};

export type MeetingLedger<K extends string> = {
  url: string;
  port: number;
  members: Record<K, IssuedMember>;
  /** Stops the host (SIGTERM to this process only); its data file stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /**
   * With the host stopped: the owner's console on the spreadsheet as the host left it; what `use`
   * writes is saved back (the host reads it on its next start).
   */
  openConsole<T>(use: (owner: OwnerConsole) => T): Promise<T>;
  dispose(): Promise<void>;
};

function ownerConsole(code: string, state?: WorldState): OwnerConsole {
  const world = createGoogleWorld({ ...(state ? { state } : {}), session: { activeUserEmail: DEFAULT_OWNER } });
  const app = loadLedgerBundle(code, world.globals);
  const fns = app as unknown as Record<string, (...args: unknown[]) => unknown>;
  const call = <T>(name: string, ...args: unknown[]): T => {
    const fn = fns[name];
    if (typeof fn !== 'function') throw new Error(`the ledger bundle has no top-level ${name}`);
    return JSON.parse(JSON.stringify(fn(...(JSON.parse(JSON.stringify(args)) as unknown[])) ?? null)) as T;
  };
  return { world, app, call };
}

/**
 * Sets up a ledger (the bundle's `setUpLedger`), issues `members` through Console › Members (the
 * first coordinator among them linked to the owner's console), and serves it with `ledger:local`.
 */
export async function startMeetingLedger<K extends string>(members: Record<K, MeetingMemberSpec>): Promise<MeetingLedger<K>> {
  const code = await ensureLedgerBundle();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cocreate-meeting-ledger-'));
  const dataFile = path.join(dir, 'ledger.json');
  const owner = ownerConsole(code);
  owner.app.setUpLedger();
  const issued = {} as Record<K, IssuedMember>;
  let linked = false;
  for (const [key, spec] of Object.entries(members) as Array<[K, MeetingMemberSpec]>) {
    const isMe: boolean = !linked && spec.roles.includes('coordinator');
    const answer = owner.call<{ ok: boolean; value?: { token: string; memberId: string } }>('consoleIssueToken', { ...spec, isMe });
    if (!answer.ok || !answer.value) throw new Error(`Console › Members refused ${spec.name}: ${JSON.stringify(answer)}`);
    issued[key] = { ...spec, token: answer.value.token, memberId: answer.value.memberId };
    linked ||= isMe;
  }
  const demoToken = Object.values<IssuedMember>(issued)[0]!.token;
  const save = (world: GoogleWorld) => writeFileSync(dataFile, JSON.stringify({ version: 1, token: demoToken, world: world.snapshot() } satisfies SavedLedger));
  save(owner.world);

  let running = await launchLedgerLocal(0, dataFile);
  const port = Number(new URL(running.url).port);
  let child: ChildProcess | undefined = running.child;
  return {
    url: running.url,
    port,
    members: issued,
    stop: async () => {
      await stopLedgerLocal(child);
      child = undefined;
    },
    start: async () => {
      await stopLedgerLocal(child);
      running = await launchLedgerLocal(port, dataFile);
      child = running.child;
    },
    openConsole: async (use) => {
      await stopLedgerLocal(child);
      child = undefined;
      const saved = JSON.parse(readFileSync(dataFile, 'utf8')) as SavedLedger;
      const console = ownerConsole(code, saved.world);
      const result = use(console);
      save(console.world);
      return result;
    },
    dispose: async () => {
      await stopLedgerLocal(child);
      child = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
