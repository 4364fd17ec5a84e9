import { translate } from '../../../shared/i18n/translate.ts';
import type { ErrorResponse } from '../../../shared/protocol/ledger-api.ts';

/**
 * What an append answers while the store is being built in later executions: `busy` (nothing was
 * stored, the client sends the same batch again) with the wait the build suggests, as other `busy`
 * answers carry it.
 */
export function buildBusyResponse(built: { retryAfterMs: number }): ErrorResponse {
  return { ok: false, error: { code: 'busy', message: translate('ledgerbuild.busy', 'en'), retryAfterMs: built.retryAfterMs } } as ErrorResponse;
}
