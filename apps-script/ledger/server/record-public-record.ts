import type { BilingualText } from '../../../shared/domain/bilingual-text.ts';
import { parseClientEvent } from '../../../shared/ledger/event-catalogue.ts';
import { eventErrorMessage, requestErrorMessage } from '../../../shared/protocol/ledger-responses.ts';
import { appendEvents } from './append-events.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

/** What the console shows after a save: the stored event's number, or each reason (field, EN and FR) and nothing stored. */
export type RecordAnswer = { ok: true; seq: number } | { ok: false; errors: { path: string; message: BilingualText }[] };

/**
 * Stores one coordinator record through the ledger's one write path, as the member whose token is
 * given (the writer checks it holds the coordinator role). The event is parsed first, so a bad value
 * is refused with the field and the reason in both languages before the lock is taken.
 */
function record(token: string, type: 'irm.assessed' | 'plan.recorded', payload: unknown): RecordAnswer {
  const event = { v: 1, id: Utilities.getUuid(), type, at: new Date().toISOString(), source: 'sheet', payload };
  const parsed = parseClientEvent(event);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => ({ path: e.path.replace(/^payload\.?/, ''), message: e.message })) };
  const answer = appendEvents(ledgerSpreadsheetId(), { token: String(token) }, [parsed.value], () => new Date().toISOString());
  if (!answer.ok) return { ok: false, errors: [{ path: '', message: requestErrorMessage(answer.error.code) }] };
  const [result] = answer.results;
  if (result?.status === 'rejected') return { ok: false, errors: [{ path: '', message: result.error ? eventErrorMessage(result.error.code) : requestErrorMessage('internal') }] };
  return { ok: true, seq: result?.seq ?? answer.head.seq };
}

/** Server function (console): the IRM's findings on one commitment from one report (`irm.assessed`). */
export function recordIrmAssessment(token: string, assessment: unknown): RecordAnswer {
  return record(token, 'irm.assessed', { assessment });
}

/** Server function (console): the action plan with the tracker's reporting periods (`plan.recorded`). */
export function recordActionPlan(token: string, plan: unknown): RecordAnswer {
  return record(token, 'plan.recorded', { plan });
}
