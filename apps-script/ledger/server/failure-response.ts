import { translate } from '../../../shared/i18n/translate.ts';
import type { ErrorResponse } from '../../../shared/protocol/ledger-api.ts';
import { errorResponse } from '../../../shared/protocol/ledger-responses.ts';

/** The retry hint of a throttled answer: half the quota's one-minute window (clients add jitter). */
export const THROTTLED_RETRY_AFTER_MS = 30_000;

/**
 * The answer to a request whose work threw: for its own execution (handlePost) and for the waiters
 * whose batches a failed group commit held (append-events.ts). Nothing of it was stored.
 */
export function failureResponse(error: unknown): ErrorResponse {
  const detail = error instanceof Error ? error.message : String(error);
  // Google refused a Sheets request for its per-minute quota (HTTP 429): nothing was stored, so the
  // client may send the same batch again, after the hint (the quota refills within the minute).
  if (/Quota exceeded for quota metric/.test(detail)) {
    return { ok: false, error: { code: 'busy', message: translate('syncload.server.throttled', 'en'), retryAfterMs: THROTTLED_RETRY_AFTER_MS } } as ErrorResponse;
  }
  // A tab the layout names is missing: the sheet was never set up (or a tab was renamed).
  const key = /Unable to parse range/.test(detail) ? 'apps-script.notSetUp' : 'apps-script.internal';
  return errorResponse('internal', translate(key, 'en'));
}
