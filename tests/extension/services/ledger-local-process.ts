import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLedgerTransport } from '../../../extension/adapters/ledger-client.ts';
import { pullEvents } from '../../../extension/services/ledger-calls.ts';
import type { StoredEnvelope } from '../../../shared/ledger/event-envelope.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export type LedgerLocalProcess = {
  url: string;
  token: string;
  port: number;
  /** Stops the host (SIGTERM to this process only); the data file stays for a restart. */
  stop: () => Promise<void>;
  /** Starts the host again on the same port and data (the "network back" case). */
  restart: () => Promise<void>;
  /** Stops it and removes its data folder. */
  dispose: () => Promise<void>;
};

/** Runs `ledger:local` on `port` (0: any free one) and `dataFile`; resolves once it printed its address and token. */
export function launchLedgerLocal(port: number, dataFile: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  // node --import tsx runs the script as the main module, so this pid is the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ledger-local.ts'], {
    cwd: ROOT,
    env: { ...process.env, LEDGER_PORT: String(port), LEDGER_DATA: dataFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ledger:local did not start in time: ${err}`));
    }, 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = /^ledger: (\S+)$/m.exec(out)?.[1];
      const token = /^token: (\S+)$/m.exec(out)?.[1];
      if (url && token) {
        clearTimeout(timer);
        resolve({ child, url, token });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ledger:local exited (${code}): ${err}`));
    });
  });
}

/** SIGTERM to that host only, resolved once it has exited. */
export function stopLedgerLocal(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Runs `scripts/ledger-local.ts` (the real ledger web app bundle on loopback, by "webapp") in its own
 * process, on a free port, with its data in a fresh temporary folder.
 */
export async function startLedgerLocalProcess(): Promise<LedgerLocalProcess> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cocreate-ledger-'));
  const dataFile = path.join(dataDir, 'ledger.json');
  let running = await launchLedgerLocal(0, dataFile);
  const port = Number(new URL(running.url).port);
  const handle: LedgerLocalProcess = {
    url: running.url,
    token: running.token,
    port,
    stop: () => stopLedgerLocal(running.child),
    restart: async () => {
      await stopLedgerLocal(running.child);
      running = await launchLedgerLocal(port, dataFile);
    },
    dispose: async () => {
      await stopLedgerLocal(running.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

/** Every event the ledger holds, pulled page by page the way the extension pulls. */
export async function pullAll(ledger: Pick<LedgerLocalProcess, 'url' | 'token'>): Promise<StoredEnvelope[]> {
  const transport = createLedgerTransport();
  const events: StoredEnvelope[] = [];
  for (;;) {
    const page = await pullEvents({ transport, ledgerUrl: ledger.url, token: ledger.token }, events.at(-1)?.seq ?? 0);
    if (page.kind !== 'ok') throw new Error(`pull failed: ${page.kind}`);
    events.push(...page.events);
    if (page.events.length === 0 || (events.at(-1)?.seq ?? 0) >= page.head.seq) return events;
  }
}
