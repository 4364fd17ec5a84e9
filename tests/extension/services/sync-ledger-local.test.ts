import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLedgerTransport, type LedgerTransport } from '../../../extension/adapters/ledger-client.ts';
import { createAnnotation } from '../../../extension/services/annotations.ts';
import { checkToken } from '../../../extension/services/check-token.ts';
import type { CocreateDb } from '../../../extension/services/db.ts';
import { appendEvents } from '../../../extension/services/ledger-calls.ts';
import { ledgerDocView } from '../../../extension/services/ledger-mirror.ts';
import { countOutbox, listRejected } from '../../../extension/services/outbox.ts';
import type { Settings } from '../../../extension/services/settings.ts';
import { runSync, type SyncDeps } from '../../../extension/services/sync-engine.ts';
import { INITIAL_SYNC_STATUS } from '../../../extension/services/sync-status.ts';
import { commitmentVersionHash } from '../../../shared/domain/commitment-version-hash.ts';
import { commitment } from '../../shared/domain/examples.ts';
import { type LedgerLocalProcess, pullAll, startLedgerLocalProcess } from './ledger-local-process.ts';
import { freshDb, MEETING_ID } from './fixed-env.ts';

// Against the real ledger web app bundle served by `npm run ledger:local` (its own process, a
// fresh data folder): every request crosses HTTP, the 302 and the web app's own checks.

let ledger: LedgerLocalProcess;
const transport = createLedgerTransport();
beforeAll(async () => {
  ledger = await startLedgerLocalProcess();
}, 180_000);
afterAll(async () => {
  await ledger?.dispose();
});

let db: CocreateDb;
beforeEach(async () => {
  db = await freshDb();
});

let idCounter = 0;
/** Ids unique across the whole file: the ledger keeps every event of every test. */
const env = {
  now: () => new Date(),
  newId: () => `10000000-0000-4000-8000-${(++idCounter).toString(16).padStart(12, '0')}`,
};

const settings = (): Settings => ({ version: 1, ledgerUrl: ledger.url, token: ledger.token, displayName: 'Demo', language: 'en' });

function deps(overrides: Partial<SyncDeps> = {}): SyncDeps {
  return {
    db,
    transport,
    settings: settings(),
    previous: INITIAL_SYNC_STATUS,
    publish: async () => {},
    now: () => new Date(),
    random: () => 0.5,
    sleep: async () => {},
    ...overrides,
  };
}

async function annotate(count: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await createAnnotation(db, { meetingId: MEETING_ID, kind: 'note', text: `${tag} ${i}` }, env);
    if (!result.ok) throw new Error('setup');
    ids.push(result.value.id);
  }
  return ids;
}

const countBy = (values: string[]) => values.reduce((map, v) => map.set(v, (map.get(v) ?? 0) + 1), new Map<string, number>());

describe('sync against ledger:local', () => {
  it('600 annotations arrive in 2 requests, each exactly once', async () => {
    const ids = await annotate(600, 'batch');
    const report = await runSync(deps());
    expect(report.requests).toBe(2);
    expect(report.acknowledged).toBe(600);
    expect(report.status).toMatchObject({ state: 'idle', queued: 0, rejected: 0 });
    const created = (await pullAll(ledger)).filter((e) => e.type === 'annotation.created' && String(e.payload.text).startsWith('batch '));
    const perAnnotation = countBy(created.map((e) => e.entityId!));
    expect(perAnnotation.size).toBe(600);
    expect([...perAnnotation.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(ids)).toEqual(new Set(perAnnotation.keys()));
  }, 120_000);

  it('an answer lost on the way back: the retry sends the same ids, the ledger says duplicate, nothing is stored twice', async () => {
    const ids = await annotate(5, 'lost');
    let calls = 0;
    const losing: LedgerTransport = async (url, request) => {
      const reply = await transport(url, request);
      return ++calls === 1 ? { kind: 'network', detail: 'answer lost' } : reply;
    };
    const first = await runSync(deps({ transport: losing, retriesPerRun: 0 }));
    expect(first.status.state).toBe('offline');
    expect(await countOutbox(db)).toBe(5);
    const second = await runSync(deps({ transport: losing, previous: first.status }));
    expect(second.status).toMatchObject({ state: 'idle', queued: 0 });
    const created = (await pullAll(ledger)).filter((e) => e.type === 'annotation.created' && ids.includes(e.entityId!));
    expect(created.map((e) => e.entityId).sort()).toEqual([...ids].sort());
  }, 60_000);

  it('a poison event (its payload cell over Google’s 50,000 characters) is isolated and kept as refused; the rest are stored, once', async () => {
    const before = await annotate(3, 'beside poison');
    // 9,000 control characters are 9,000 characters of text but 54,000 in the payload's JSON cell.
    const poison = await createAnnotation(db, { meetingId: MEETING_ID, kind: 'note', text: '\u0001'.repeat(9_000) }, env);
    if (!poison.ok) throw new Error('setup');
    const after = await annotate(3, 'beside poison');
    const report = await runSync(deps());
    expect(report.requests).toBeLessThanOrEqual(12);
    expect(report.status).toMatchObject({ state: 'idle', queued: 0, rejected: 1 });
    const [kept] = await listRejected(db);
    expect(kept?.event.entityId).toBe(poison.value.id);
    // Refused whole-batch `internal` today; refused alone with its own code once the ledger checks cells.
    expect(['internal', 'invalid', 'too_large']).toContain(kept?.error?.code);
    const stored = (await pullAll(ledger)).filter((e) => e.type === 'annotation.created');
    const mine = stored.filter((e) => [...before, ...after, poison.value.id].includes(e.entityId!));
    expect(mine.map((e) => e.entityId).sort()).toEqual([...before, ...after].sort());
  }, 120_000);

  it('edits and deletions reach the ledger as their own events', async () => {
    const [id] = await annotate(1, 'edited');
    const { updateAnnotation, deleteAnnotation } = await import('../../../extension/services/annotations.ts');
    await updateAnnotation(db, id!, { text: 'edited, final' }, env);
    await deleteAnnotation(db, id!, env);
    await runSync(deps());
    const mine = (await pullAll(ledger)).filter((e) => e.entityId === id);
    expect(mine.map((e) => e.type)).toEqual(['annotation.created', 'annotation.updated', 'annotation.deleted']);
  }, 60_000);

  it('a meeting set up, held and ended in the side panel (with its remote link) is accepted by the ledger', async () => {
    const { saveMeeting, startMeeting, endMeeting } = await import('../../../extension/services/meetings.ts');
    const saved = await saveMeeting(
      db,
      {
        title: 'Forum, with a link',
        type: 'msf_regular',
        startsAt: new Date().toISOString(),
        venueType: 'online_only',
        remoteUrl: 'https://meet.google.com/abc-defg-hij',
        chairSide: 'csn',
        attendees: [{ name: 'Ana Lima', side: 'csn' }],
        attribution: 'by_side',
        notesStatus: { en: 'none', fr: 'none' },
      },
      env,
    );
    if (!saved.ok) throw new Error('setup');
    await startMeeting(db, saved.value.id, env);
    await endMeeting(db, saved.value.id, env);
    const report = await runSync(deps());
    const { listRejected } = await import('../../../extension/services/outbox.ts');
    expect((await listRejected(db)).map((entry) => [entry.event.type, entry.error])).toEqual([]);
    expect(report.status).toMatchObject({ state: 'idle', queued: 0, rejected: 0 });
    const mine = (await pullAll(ledger)).filter((e) => e.type.startsWith('meeting.') && JSON.stringify(e.payload).includes(saved.value.id));
    expect(mine.map((e) => e.type)).toEqual(['meeting.scheduled', 'meeting.held']);
  }, 60_000);

  it('a wrong token is refused: sync stops, keeps everything and says so in both languages', async () => {
    await annotate(2, 'unauthorized');
    const report = await runSync(deps({ settings: { ...settings(), token: 'not-a-member-token' } }));
    expect(report.requests).toBe(1);
    expect(report.status).toMatchObject({ state: 'error', queued: 2, problem: { code: 'unauthorized' } });
    expect(report.status.problem?.message.fr).toMatch(/jeton/);
  }, 60_000);

  it('the ledger down: offline, then back on the same address: the queue drains', async () => {
    await annotate(3, 'outage');
    await ledger.stop();
    const down = await runSync(deps({ retriesPerRun: 1 }));
    expect(down.status).toMatchObject({ state: 'offline', queued: 3, problem: { code: 'offline' } });
    await ledger.restart();
    const back = await runSync(deps({ previous: down.status }));
    expect(back.status).toMatchObject({ state: 'idle', queued: 0 });
  }, 180_000);

  it('the options check says whose token it is (whoami)', async () => {
    expect(await checkToken(transport, ledger.url, ledger.token)).toMatchObject({ ok: true, member: { name: 'Demo member' } });
    expect(await checkToken(transport, ledger.url, 'nope')).toMatchObject({ ok: false, problem: { code: 'unauthorized' } });
  }, 60_000);

  it('the Docs page view reads a commitment the add-on posted, through pull', async () => {
    const connection = { transport, ledgerUrl: ledger.url, token: ledger.token };
    const posted = await appendEvents(connection, [
      {
        v: 1,
        id: env.newId(),
        type: 'commitment.upserted',
        at: new Date().toISOString(),
        source: 'docs',
        payload: { commitment, versionHash: commitmentVersionHash(commitment, (text) => createHash('sha256').update(text, 'utf8').digest('hex')), docId: 'doc-local-1' },
      },
    ]);
    expect(posted).toMatchObject({ kind: 'ok', results: [{ status: 'accepted' }] });
    const reply = await ledgerDocView({ db, connection, now: () => new Date() }, 'doc-local-1');
    expect(reply).toMatchObject({ ok: true, view: { fromCache: false, commitments: [{ id: commitment.id, code: 'C01', signoffs: [] }] } });
  }, 60_000);
});
