import type { Digest } from '../domain/canonical-json.ts';
import type { Member } from '../domain/member.ts';
import type { FieldError } from '../domain/parse-value.ts';
import type { EventErrorCode, EventResult, Head } from '../protocol/ledger-api.ts';
import { authoriseEvent } from './authorise-event.ts';
import { chainEvents, type UnchainedEvent } from './chain-events.ts';
import { parseClientEvent, type StoredEvent } from './event-catalogue.ts';
import { encodeEventRow } from './event-log-codec.ts';
import type { LedgerState } from './ledger-state.ts';
import type { EventType } from './event-type.ts';
import { tabsTouchedBy } from './views/tabs-touched-by.ts';
import type { ViewTab } from './views/view-tab.ts';

export type AppendInput = {
  /** What the stored ledger knows of the batch's ids and records (ids lower-cased). */
  state: LedgerState;
  head: Head;
  /** The request's events, not yet parsed: each is judged on its own. */
  events: readonly unknown[];
  member: Member;
  receivedAt: string;
  digest: Digest;
};

export type AppendPlan = {
  /** One per request event, in request order. */
  results: EventResult[];
  accepted: StoredEvent[];
  /** Event-log rows to append in one call, in seq order. */
  rows: string[][];
  head: Head;
  /** Distinct types accepted, in first-accepted order. */
  touchedTypes: EventType[];
  /** View tabs to rewrite, each once (empty when nothing was accepted). */
  touchedTabs: ViewTab[];
};

const idOf = (value: unknown): string =>
  value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id
    : '';

/** One plain English sentence for the wire (clients show their own catalogue text by code). */
const sentence = (error: FieldError): string => (error.path === '' ? error.message.en : `${error.path}: ${error.message.en}`);

const rejected = (id: string, code: EventErrorCode, message: string): EventResult => ({
  id,
  status: 'rejected',
  error: { code, message },
});

/**
 * Decides what one append request stores, without touching the sheet: duplicates (of the log or of
 * an earlier event in the same batch) are answered `duplicate`, bad events `rejected` alone, the rest
 * get seq, actor and hash links after `head`. O(batch): the only lookup is `state.knownIds.has`.
 */
export function planAppend(input: AppendInput): AppendPlan {
  const { member, receivedAt } = input;
  const actor = { memberId: member.id, name: member.name, org: member.org, side: member.side };
  const seen = new Set<string>();
  const results: EventResult[] = [];
  const unchained: UnchainedEvent[] = [];
  let seq = input.head.seq;

  for (const value of input.events) {
    const id = idOf(value);
    if (id !== '' && (input.state.knownIds.has(id.toLowerCase()) || seen.has(id.toLowerCase()))) {
      results.push({ id, status: 'duplicate' });
      continue;
    }
    const parsed = parseClientEvent(value);
    if (!parsed.ok) {
      results.push(rejected(id, 'invalid', sentence(parsed.errors[0]!)));
      continue;
    }
    const allowed = authoriseEvent(member, parsed.value);
    if (!allowed.ok) {
      results.push(rejected(id, 'forbidden', allowed.message.en));
      continue;
    }
    seq += 1;
    seen.add(id.toLowerCase());
    unchained.push({ ...parsed.value, seq, receivedAt, actor } as UnchainedEvent);
    results.push({ id, status: 'accepted', seq });
  }

  const chained = chainEvents(input.head, unchained, input.digest);
  const touchedTypes = [...new Set(chained.events.map((event) => event.type))];
  return {
    results,
    accepted: chained.events,
    rows: chained.events.map(encodeEventRow),
    head: chained.head,
    touchedTypes,
    touchedTabs: tabsTouchedBy(touchedTypes),
  };
}
