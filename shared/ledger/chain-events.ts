import type { Digest } from '../domain/canonical-json.ts';
import type { Head } from '../protocol/ledger-api.ts';
import type { StoredEvent } from './event-catalogue.ts';
import { hashStoredEvent } from './hash-stored-event.ts';

/** A stored event before it is linked into the chain. */
export type UnchainedEvent = StoredEvent extends infer E ? (E extends StoredEvent ? Omit<E, 'prevHash' | 'hash'> : never) : never;

/**
 * Links events after `head`, in the order given: each gets the previous hash and its own. Their
 * `seq` must already follow `head.seq`; the planner assigns both.
 */
export function chainEvents(head: Head, events: readonly UnchainedEvent[], digest: Digest): { events: StoredEvent[]; head: Head } {
  let prevHash = head.hash;
  let seq = head.seq;
  const chained: StoredEvent[] = [];
  for (const event of events) {
    const linked = { ...event, prevHash };
    const hash = hashStoredEvent(prevHash, linked, digest);
    chained.push({ ...linked, hash } as StoredEvent);
    prevHash = hash;
    seq = event.seq;
  }
  return { events: chained, head: { seq, hash: prevHash } };
}
