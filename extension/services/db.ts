import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { AnnotationRecord } from './annotation-record.ts';
import type { OutboxEntry } from './outbox-entry.ts';
import type { MeetingRecord } from './meeting-record.ts';

/** Cached ledger reads for the Docs page: the pulled events and the head they reached. */
export type LedgerCacheEntry = { key: string; value: unknown };

export interface CocreateDbSchema extends DBSchema {
  meetings: { key: string; value: MeetingRecord };
  annotations: { key: string; value: AnnotationRecord; indexes: { byMeeting: string } };
  outbox: { key: string; value: OutboxEntry; indexes: { byState: [string, number] } };
  ledgerCache: { key: string; value: LedgerCacheEntry };
  meta: { key: string; value: unknown };
}

export type CocreateDb = IDBPDatabase<CocreateDbSchema>;
type UpgradeTx = IDBPTransaction<CocreateDbSchema, StoreNames<CocreateDbSchema>[], 'versionchange'>;

/**
 * One step per version: MIGRATIONS[n] takes a database at version n to n + 1. Steps only ever get
 * added, so any older profile is brought forward one step at a time.
 */
export const MIGRATIONS: ReadonlyArray<(db: CocreateDb, tx: UpgradeTx) => Promise<void> | void> = [
  (db) => {
    db.createObjectStore('meetings', { keyPath: 'id' });
    db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
    db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byState', ['state', 'position']);
    db.createObjectStore('ledgerCache', { keyPath: 'key' });
    db.createObjectStore('meta');
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Opens (and creates or upgrades) the extension's database; `version` is for migration tests. */
export function openCocreateDb(name = 'cocreate', version = DB_VERSION): Promise<CocreateDb> {
  return openDB<CocreateDbSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) await MIGRATIONS[step]!(db, tx);
    },
  });
}
