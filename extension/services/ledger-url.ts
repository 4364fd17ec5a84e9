import * as z from 'zod/mini';
import { LEDGER_HOST_PATTERNS } from './ledger-host-patterns.ts';

/**
 * True for an address on a host the browser can let the extension reach: an Apps Script web app
 * (https://script.google.com/…) or the local ledger on plain http. Any other host is refused here,
 * as no permission prompt could ever allow it.
 */
export function isAcceptableLedgerUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password || url.hostname === 'script.googleusercontent.com') return false;
  return (LEDGER_HOST_PATTERNS as readonly string[]).includes(`${url.protocol}//${url.hostname}/*`);
}

/** The ledger web app's address; empty means no ledger (the extension then works fully local). */
export const LedgerUrl = z
  .string()
  .check(z.maxLength(2000), z.refine((text) => text === '' || isAcceptableLedgerUrl(text), { error: 'sync.error.ledgerUrl' }));
export type LedgerUrl = z.infer<typeof LedgerUrl>;
