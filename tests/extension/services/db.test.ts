import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openCocreateDb } from '../../../extension/services/db.ts';

let counter = 0;
const uniqueName = () => `cocreate-db-test-${++counter}`;

describe('openCocreateDb', () => {
  it('creates every store and index on a new profile', async () => {
    const db = await openCocreateDb(uniqueName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'ledgerCache', 'meetings', 'meta', 'outbox']);
    const tx = db.transaction(['annotations', 'outbox']);
    expect([...tx.objectStore('annotations').indexNames]).toEqual(['byMeeting']);
    expect([...tx.objectStore('outbox').indexNames]).toEqual(['byState']);
    db.close();
  });

  it('has one migration step per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('keeps what an existing profile holds when it is opened again', async () => {
    const name = uniqueName();
    const first = await openCocreateDb(name);
    await first.put('meta', 41, 'outboxPosition');
    first.close();
    const again = await openCocreateDb(name);
    expect(await again.get('meta', 'outboxPosition')).toBe(41);
    again.close();
  });

  it('brings a database made by an older release forward step by step, keeping its data', async () => {
    // A profile at version 1 (the first release), then opened by the current code.
    const name = uniqueName();
    const old = await openCocreateDb(name, 1);
    await old.put('meta', 7, 'outboxPosition');
    old.close();
    const current = await openCocreateDb(name);
    expect(current.version).toBe(DB_VERSION);
    expect(await current.get('meta', 'outboxPosition')).toBe(7);
    current.close();
  });

  it('refuses to open a database from a newer release instead of damaging it', async () => {
    const name = uniqueName();
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => db.createObjectStore('future') });
    newer.close();
    await expect(openCocreateDb(name)).rejects.toThrow();
  });
});
