import type { IDBPTransaction, StoreNames } from 'idb';
import type { FieldError } from '../../shared/domain/parse-value.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import type { CocreateDb, CocreateDbSchema } from './db.ts';

export type WriteTx = IDBPTransaction<CocreateDbSchema, StoreNames<CocreateDbSchema>[], 'readwrite'>;

/** What the user sees when the browser refused to store something (disk full, damaged profile). */
export const STORAGE_FAILED: FieldError = {
  path: '',
  code: 'storage',
  message: bilingualMessage('sync.error.storage'),
};

/**
 * Runs `work` in one readwrite transaction over `stores`: everything it wrote is kept, or (on any
 * failure, in a request or in our own code) nothing is. Never throws.
 */
export async function writeTogether<T>(
  db: CocreateDb,
  stores: StoreNames<CocreateDbSchema>[],
  work: (tx: WriteTx) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  let tx: WriteTx;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (error) {
    return { ok: false, error };
  }
  tx.done.catch(() => {});
  try {
    const value = await work(tx);
    await tx.done;
    return { ok: true, value };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    return { ok: false, error };
  }
}
