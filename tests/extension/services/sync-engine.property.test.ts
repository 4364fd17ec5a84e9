import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerReply, LedgerTransport } from '../../../extension/adapters/ledger-client.ts';
import { createAnnotation } from '../../../extension/services/annotations.ts';
import { countOutbox, countRejected } from '../../../extension/services/outbox.ts';
import { runSync } from '../../../extension/services/sync-engine.ts';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '../../../extension/services/sync-status.ts';
import type { ClientEnvelope } from '../../../shared/ledger/event-envelope.ts';
import { freshDb } from './fixed-env.ts';

// Whatever goes wrong on the way (answers lost after the ledger stored the batch, the network down
// before it, the ledger busy), once the ledger is reachable again every annotation is in it once,
// under the one event id it was given, and the outbox is empty.

type Fault = 'ok' | 'lost-answer' | 'network' | 'busy';

/** A ledger that keeps events by id (its idempotency key) and misbehaves as scripted. */
function faultyLedger(faults: Fault[]) {
  const stored = new Map<string, ClientEnvelope>();
  let call = 0;
  const transport: LedgerTransport = async (_url, request): Promise<LedgerReply> => {
    const fault = faults[call++] ?? 'ok';
    if (request.op !== 'append') throw new Error('append only');
    if (fault === 'network') return { kind: 'network', detail: 'down' };
    if (fault === 'busy') return { kind: 'json', body: { ok: false, error: { code: 'busy', message: 'Busy.' } } };
    const results = (request.events as ClientEnvelope[]).map((event) => {
      const known = stored.has(event.id);
      if (!known) stored.set(event.id, event);
      return { id: event.id, status: known ? 'duplicate' : 'accepted' };
    });
    if (fault === 'lost-answer') return { kind: 'network', detail: 'answer lost' };
    return { kind: 'json', body: { ok: true, results, head: { seq: stored.size, hash: 'a'.repeat(64) } } };
  };
  return { transport, stored };
}

const SETTINGS = { version: 1 as const, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't', displayName: '', language: 'en' as const };

describe('sync under faults (property)', () => {
  it('every annotation reaches the ledger exactly once, under its own id', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom<Fault>('ok', 'lost-answer', 'network', 'busy'), { maxLength: 12 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 2 }),
        async (waves, faults, batchSize, retriesPerRun) => {
          const db = await freshDb();
          const ledger = faultyLedger(faults);
          let n = 0;
          const env = { now: () => new Date('2026-11-27T15:00:00.000Z'), newId: () => crypto.randomUUID() };
          const created: string[] = [];
          let previous: SyncStatus = INITIAL_SYNC_STATUS;
          const sync = async () => {
            const report = await runSync({
              db,
              transport: ledger.transport,
              settings: SETTINGS,
              previous,
              publish: async () => {},
              now: env.now,
              random: () => 0.5,
              sleep: async () => {},
              retriesPerRun,
              batchSize,
            });
            previous = report.status;
          };
          // Annotations come in waves, with a sync (maybe failing) after each.
          for (const count of waves) {
            for (let i = 0; i < count; i++) {
              const result = await createAnnotation(db, { meetingId: 'm', kind: 'note', text: `a${n++}` }, env);
              if (!result.ok) throw new Error('setup');
              created.push(result.value.id);
            }
            await sync();
          }
          // Then the ledger is reachable for good: a few more runs drain the queue.
          for (let i = 0; i < faults.length + 2 && (await countOutbox(db)) > 0; i++) await sync();

          expect(await countOutbox(db)).toBe(0);
          expect(await countRejected(db)).toBe(0);
          const byAnnotation = new Map<string, string[]>();
          for (const event of ledger.stored.values()) byAnnotation.set(event.entityId!, [...(byAnnotation.get(event.entityId!) ?? []), event.id]);
          expect([...byAnnotation.keys()].sort()).toEqual([...created].sort());
          expect([...byAnnotation.values()].every((ids) => ids.length === 1)).toBe(true);
          expect(previous.state).toBe('idle');
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
