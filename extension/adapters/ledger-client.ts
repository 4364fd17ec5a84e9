import type { LedgerRequest } from '../../shared/protocol/ledger-api.ts';

/**
 * What came back from one POST to the ledger, before its meaning is read (services/ledger-calls.ts):
 * a JSON body, no answer at all (offline, DNS, refused, timed out), or something that is not the
 * ledger talking (an HTML sign-in page, a proxy error).
 */
export type LedgerReply =
  | { kind: 'json'; body: unknown }
  | { kind: 'network'; detail: string }
  | { kind: 'bad-response'; detail: string };

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
    // Throttled or a gateway briefly down: the ledger is out of reach for now, retried with backoff.
    if (response.status === 429 || (response.status >= 502 && response.status <= 504)) return { kind: 'network', detail: `HTTP ${response.status}` };
    if (!response.ok) return { kind: 'bad-response', detail: `HTTP ${response.status}` };
    try {
      return { kind: 'json', body: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'bad-response', detail: `not JSON (${response.headers.get('content-type') ?? 'no content type'})` };
    }
  };
}
