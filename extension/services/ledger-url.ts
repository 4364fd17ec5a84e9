import * as z from 'zod/mini';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for https, or plain http only on this computer (the local ledger host used in tests). */
export function isAcceptableLedgerUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** The ledger web app's address; empty means no ledger (the extension then works fully local). */
export const LedgerUrl = z
  .string()
  .check(z.maxLength(2000), z.refine((text) => text === '' || isAcceptableLedgerUrl(text), { error: 'sync.error.ledgerUrl' }));
export type LedgerUrl = z.infer<typeof LedgerUrl>;
