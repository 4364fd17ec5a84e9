import { browser } from 'wxt/browser';

/**
 * Origins the extension needs to reach a ledger: its own, plus googleusercontent for Apps Script
 * web apps, which answer through a redirect there (DESIGN §4).
 */
export function ledgerOrigins(ledgerUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(ledgerUrl);
  } catch {
    return [];
  }
  // Match patterns carry no port: `http://127.0.0.1/*` covers every local port.
  const origins = [`${url.protocol}//${url.hostname}/*`];
  if (url.hostname === 'script.google.com') origins.push('https://script.googleusercontent.com/*');
  return origins;
}

/**
 * Asks the user to let the extension reach the ledger's host. Must be the first thing a click
 * handler does (no await before it): browsers only show the prompt inside a user gesture.
 */
export function requestLedgerHost(ledgerUrl: string): Promise<boolean> {
  const origins = ledgerOrigins(ledgerUrl);
  if (origins.length === 0) return Promise.resolve(false);
  return browser.permissions.request({ origins });
}

/** Whether that host was granted already (checked before blaming the network). */
export async function hasLedgerHost(ledgerUrl: string): Promise<boolean> {
  const origins = ledgerOrigins(ledgerUrl);
  if (origins.length === 0) return false;
  return browser.permissions.contains({ origins });
}
