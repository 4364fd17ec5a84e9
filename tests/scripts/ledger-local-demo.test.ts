import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startLedgerLocal } from '../../scripts/ledger-local.ts';
import { DEMO_MEMBERS } from '../fixtures/demo-ledger.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// `LEDGER_SEED=demo` (what `npm start` asks for): the demo goes only into a ledger with no data yet.
const dir = mkdtempSync(path.join(tmpdir(), 'ledger-local-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const whoami = async (url: string, token: string) =>
  (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ v: 1, op: 'whoami', token }) })).json();

describe('ledger:local with the demo seed', () => {
  it('seeds an empty ledger once, and on a restart keeps it with the same members and tokens', async () => {
    const dataFile = path.join(dir, 'demo.json');
    const first = await startLedgerLocal({ port: 0, dataFile, seed: 'demo' });
    const summary = first.demo?.summary;
    try {
      expect(first.demo?.seeded).toBe(true);
      expect(summary?.members.map((m) => m.name)).toEqual(DEMO_MEMBERS.map((m) => m.name));
      expect(first.token).toBe(summary?.members.find((m) => m.key === summary.attendee)?.token);
      expect(await whoami(first.url, first.token)).toMatchObject({ ok: true, member: { name: 'Priya Raman', roles: ['attendee'] } });
    } finally {
      await first.close();
    }
    const again = await startLedgerLocal({ port: 0, dataFile, seed: 'demo' });
    try {
      expect(again.demo).toEqual({ seeded: false, summary });
      for (const member of summary!.members) expect(await whoami(again.url, member.token)).toMatchObject({ ok: true, member: { name: member.name } });
    } finally {
      await again.close();
    }
  });

  it('keeps a ledger that already has data and does not seed it', async () => {
    const dataFile = path.join(dir, 'plain.json');
    const plain = await startLedgerLocal({ port: 0, dataFile });
    const token = plain.token;
    await plain.close();
    const asked = await startLedgerLocal({ port: 0, dataFile, seed: 'demo' });
    try {
      expect(asked.demo).toEqual({ seeded: false });
      expect(asked.token).toBe(token);
      const pulled = await (await fetch(asked.url, { method: 'POST', body: JSON.stringify({ v: 1, op: 'pull', token, since: 0 }) })).json();
      expect(pulled.events).toEqual([]);
    } finally {
      await asked.close();
    }
  });
});
