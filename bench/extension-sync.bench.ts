// Figure (DESIGN §8): 10,000 queued annotations synced: at most ⌈10,000 / 500⌉ = 20 requests, zero
// duplicates, zero lost. The extension's own sync engine runs here in Node, on fake-indexeddb, against
// the real ledger web app bundle served by `npm run ledger:local` in its own process over HTTP.
import 'fake-indexeddb/auto';
import { createLedgerTransport, type LedgerTransport } from '../extension/adapters/ledger-client.ts';
import { createAnnotation } from '../extension/services/annotations.ts';
import { openCocreateDb } from '../extension/services/db.ts';
import { pullEvents } from '../extension/services/ledger-calls.ts';
import { countOutbox } from '../extension/services/outbox.ts';
import { runSync } from '../extension/services/sync-engine.ts';
import { INITIAL_SYNC_STATUS } from '../extension/services/sync-status.ts';
import { formatBenchResult } from '../scripts/bench-report.ts';
import { MAX_EVENTS_PER_BATCH } from '../shared/protocol/limits.ts';
import { startLedgerLocalProcess } from '../tests/extension/services/ledger-local-process.ts';

const COUNT = 10_000;
const expectedRequests = Math.ceil(COUNT / MAX_EVENTS_PER_BATCH);

const ledger = await startLedgerLocalProcess();
try {
  const db = await openCocreateDb('bench-extension-sync');
  let n = 0;
  const env = { now: () => new Date(), newId: () => crypto.randomUUID() };
  const queueStart = performance.now();
  const created = new Set<string>();
  for (; n < COUNT; n++) {
    const kind = (['decision', 'action', 'agreement', 'disagreement', 'question', 'note'] as const)[n % 6];
    const result = await createAnnotation(db, { meetingId: 'bench-meeting', kind, text: `Annotation ${n}`, offsetMs: n * 1000 }, env);
    if (!result.ok) throw new Error('could not queue an annotation');
    created.add(result.value.id);
  }
  const queueMs = performance.now() - queueStart;

  const base = createLedgerTransport();
  let requests = 0;
  let largestBatch = 0;
  let ledgerMs = 0;
  const counting: LedgerTransport = async (url, request) => {
    requests++;
    if (request.op === 'append') largestBatch = Math.max(largestBatch, request.events.length);
    const start = performance.now();
    try {
      return await base(url, request);
    } finally {
      ledgerMs += performance.now() - start;
    }
  };
  const syncStart = performance.now();
  const report = await runSync({
    db,
    transport: counting,
    settings: { version: 1, ledgerUrl: ledger.url, token: ledger.token, displayName: 'Bench', language: 'en' },
    previous: INITIAL_SYNC_STATUS,
    publish: async () => {},
    now: () => new Date(),
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  const syncMs = performance.now() - syncStart;

  // Read everything back from the ledger and count each annotation.
  const seen = new Map<string, number>();
  let since = 0;
  for (;;) {
    const page = await pullEvents({ transport: base, ledgerUrl: ledger.url, token: ledger.token }, since);
    if (page.kind !== 'ok') throw new Error(`pull failed: ${page.kind}`);
    for (const event of page.events) {
      if (event.type === 'annotation.created' && event.entityId) seen.set(event.entityId, (seen.get(event.entityId) ?? 0) + 1);
    }
    since = page.events.at(-1)?.seq ?? since;
    if (page.events.length === 0 || since >= page.head.seq) break;
  }
  const duplicates = [...seen.values()].reduce((sum, c) => sum + (c - 1), 0);
  const lost = [...created].filter((id) => !seen.has(id)).length;
  const left = await countOutbox(db);

  console.log('extension sync bench: sync engine in Node (fake-indexeddb) against ledger:local (real bundle, HTTP, own process)');
  console.log(`annotations queued: ${COUNT} in ${(queueMs / 1000).toFixed(1)} s (one IndexedDB transaction each)`);
  console.log(`append requests: ${requests} (target ≤ ${expectedRequests}), largest batch ${largestBatch}`);
  console.log(`acknowledged: ${report.acknowledged}, rejected: ${report.rejected}, left in outbox: ${left}`);
  console.log(`in the ledger: ${seen.size} annotations, duplicates: ${duplicates}, lost: ${lost}`);
  console.log(`sync time: ${(syncMs / 1000).toFixed(1)} s, final state ${report.status.state}`);
  console.log(
    `  of which waiting for ledger:local (HTTP + the emulated Apps Script/Sheets host): ${(ledgerMs / 1000).toFixed(1)} s; ` +
      `extension side (outbox reads, acknowledgements, status): ${((syncMs - ledgerMs) / 1000).toFixed(1)} s`,
  );
  const ok = requests <= expectedRequests && duplicates === 0 && lost === 0 && left === 0;
  console.log(ok ? 'PASS' : 'FAIL');
  console.log(
    formatBenchResult({
      figure: '10,000 queued annotations synced',
      value: requests,
      unit: 'requests',
      target: `at most ⌈10,000 / ${MAX_EVENTS_PER_BATCH}⌉ = ${expectedRequests} requests, zero duplicates, zero lost`,
      pass: ok,
      detail: `${duplicates} duplicates, ${lost} lost, ${left} left in the outbox; synced in ${(syncMs / 1000).toFixed(1)} s, ${(ledgerMs / 1000).toFixed(1)} s of it in ledger:local`,
    }),
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await ledger.dispose();
}
