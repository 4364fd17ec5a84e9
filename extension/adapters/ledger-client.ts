import type { LedgerRequest } from '../../shared/protocol/ledger-api.ts';

/**
 * What came back from one POST to the ledger, before its meaning is read (services/ledger-calls.ts):
 * a JSON body, no answer at all (offline, DNS, refused, timed out), or something that is not the
 * ledger talking (an HTML sign-in page, a proxy error).
 */
export type LedgerReply =
  | { kind: 'json'; body: unknown }
  | { kind: 'network'; detail: string }
  | { kind: 'bad-response'; detail: string }
  /** Google itself turned the request away for load (HTTP 429, or too many executions at once). */
  | { kind: 'throttled'; detail: string; retryAfterMs?: number };

/**
 * Apps Script's own page when the owner already runs 30 executions (the 31st never reaches doPost):
 * developers.google.com/apps-script/guides/support/troubleshooting. Said in the account's language,
 * so only the English text is recognised; any other such page is still retried as a bad gateway.
 */
const TOO_MANY_EXECUTIONS = /too many scripts running simultaneously|invoked too many times/i;

/** `Retry-After` in seconds (RFC 9110 §10.2.3); an HTTP date or nonsense gives no hint. */
function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3_600) * 1_000 : undefined;
}

export type LedgerTransport = (ledgerUrl: string, request: LedgerRequest) => Promise<LedgerReply>;

/**
 * Posts protocol v1 requests (DESIGN §4): JSON sent as text/plain so there is no CORS preflight,
 * following the Apps Script 302 to script.googleusercontent.com (the write happened before it).
 * The token travels in the body only and is never logged.
 */
export function createLedgerTransport(fetchImpl: typeof fetch = fetch, timeoutMs = 60_000): LedgerTransport {
  return async (ledgerUrl, request) => {
    let response: Response;
    try {
      response = await fetchImpl(ledgerUrl, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=utf-8' },
        body: JSON.stringify(request),
        redirect: 'follow',
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return { kind: 'network', detail: error instanceof Error ? error.name : 'fetch failed' };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return { kind: 'network', detail: error instanceof Error ? error.name : 'body lost' };
    }
    if (response.status === 429 || TOO_MANY_EXECUTIONS.test(text.slice(0, 4_096))) {
      const hint = retryAfter(response);
      return { kind: 'throttled', detail: `HTTP ${response.status}`, ...(hint ? { retryAfterMs: hint } : {}) };
    }
    // A gateway briefly down: the ledger is out of reach for now, retried with backoff.
    if (response.status >= 502 && response.status <= 504) return { kind: 'network', detail: `HTTP ${response.status}` };
    if (!response.ok) return { kind: 'bad-response', detail: `HTTP ${response.status}` };
    try {
      return { kind: 'json', body: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'bad-response', detail: `not JSON (${response.headers.get('content-type') ?? 'no content type'})` };
    }
  };
}
