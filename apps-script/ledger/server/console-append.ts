import type { BilingualText } from '../../../shared/domain/bilingual-text.ts';
import type { FieldError } from '../../../shared/domain/parse-value.ts';
import type { MessageKey } from '../../../shared/i18n/catalogue.ts';
import { bilingualMessage, type MessageParams } from '../../../shared/i18n/translate.ts';
import { authoriseEvent } from '../../../shared/ledger/authorise-event.ts';
import { type ClientEvent, parseClientEvent } from '../../../shared/ledger/event-catalogue.ts';
import type { EventType } from '../../../shared/ledger/event-type.ts';
import type { MemberRecord } from '../../../shared/ledger/members-codec.ts';
import { eventErrorMessage, requestErrorMessage } from '../../../shared/protocol/ledger-responses.ts';
import { appendEvents } from './append-events.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

/** One reason the console refused something: the field (a payload path, or '' for the whole form) and why. */
export type ConsoleError = { path: string; message: BilingualText };

/** What every console write answers: done (with what the form needs next), or refused with reasons and nothing stored. */
export type ConsoleAnswer<T = null> = { ok: true; value: T; head?: { seq: number; hash: string } } | { ok: false; errors: ConsoleError[] };

export function refused(key: MessageKey, params?: MessageParams, path = ''): { ok: false; errors: ConsoleError[] } {
  return { ok: false, errors: [{ path, message: bilingualMessage(key, params) }] };
}

export function fieldErrors(errors: readonly FieldError[], prefix = ''): { ok: false; errors: ConsoleError[] } {
  return { ok: false, errors: errors.map((e) => ({ path: `${prefix}${e.path}`.replace(/^\./, ''), message: e.message })) };
}

/** An event as the console makes it: the writer adds seq, actor and hashes. */
export type ConsoleDraft = { type: EventType; payload: Record<string, unknown>; entityId?: string; /** Client time when not now (an edit that must order after the snapshot it corrects). */ at?: string };

/**
 * Stores the console's events through the ledger's one write path, as `member` (the linked coordinator,
 * or a signatory resolved from the token they typed). Every event is parsed and authorised first, so a
 * refusal comes back in both languages, naming the field, and nothing of the batch is stored; then
 * appendEvents parses and authorises again under the lock, as it does for every writer.
 */
export function appendAsConsole(member: MemberRecord, drafts: readonly ConsoleDraft[], writer: { token: string } | { member: MemberRecord } = { member }): ConsoleAnswer {
  const at = new Date().toISOString();
  const events = drafts.map((draft) => ({
    v: 1,
    id: Utilities.getUuid(),
    type: draft.type,
    at: draft.at ?? at,
    source: 'sheet',
    ...(draft.entityId === undefined ? {} : { entityId: draft.entityId }),
    payload: draft.payload,
  }));
  const parsed: ClientEvent[] = [];
  for (const event of events) {
    const result = parseClientEvent(event);
    if (!result.ok) return fieldErrors(result.errors.map((e) => ({ ...e, path: e.path.replace(/^payload\.?/, '') })));
    const allowed = authoriseEvent(member, result.value);
    if (!allowed.ok) return { ok: false, errors: [{ path: '', message: allowed.message }] };
    parsed.push(result.value);
  }
  const answer = appendEvents(ledgerSpreadsheetId(), writer, parsed, () => new Date().toISOString());
  if (!answer.ok) return { ok: false, errors: [{ path: '', message: requestErrorMessage(answer.error.code) }] };
  const refusedResult = answer.results.find((r) => r.status === 'rejected');
  if (refusedResult?.error) {
    // Only a race (another writer changed the ledger in between) gets here: the checks above passed.
    const general = eventErrorMessage(refusedResult.error.code);
    return { ok: false, errors: [{ path: '', message: { en: `${general.en} ${refusedResult.error.message}`, fr: general.fr } }] };
  }
  return { ok: true, value: null, head: answer.head };
}
