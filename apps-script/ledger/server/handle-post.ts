import { translate } from '../../../shared/i18n/translate.ts';
import { parseLedgerRequest } from '../../../shared/protocol/parse-ledger-request.ts';
import { errorResponse } from '../../../shared/protocol/ledger-responses.ts';
import type { LedgerRequest } from '../../../shared/protocol/ledger-api.ts';
import { failureResponse } from './failure-response.ts';
import { handleAppend } from './handle-append.ts';
import { handlePull } from './handle-pull.ts';
import { handleWhoami } from './handle-whoami.ts';
import { jsonOutput } from './json-output.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

function answer(request: LedgerRequest): unknown {
  const spreadsheetId = ledgerSpreadsheetId();
  switch (request.op) {
    case 'append':
      return handleAppend(request, spreadsheetId, () => new Date().toISOString());
    case 'pull':
      return handlePull(request, spreadsheetId);
    case 'whoami':
      return handleWhoami(request, spreadsheetId);
  }
}

/**
 * `doPost`: protocol v1 (DESIGN §4). Always JSON, always HTTP 200; no exception escapes, and an
 * internal failure is answered with one plain sentence (the detail goes to the execution log only).
 */
export function handlePost(e: GoogleAppsScript.Events.DoPost | undefined): GoogleAppsScript.Content.TextOutput {
  try {
    const body = e?.postData?.contents;
    if (typeof body !== 'string') return jsonOutput(errorResponse('bad_request', translate('protocol.notJson', 'en')));
    const parsed = parseLedgerRequest(body);
    return jsonOutput(parsed.ok ? answer(parsed.request) : { ok: false, error: parsed.error });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`doPost failed: ${detail}`);
    return jsonOutput(failureResponse(error));
  }
}
