import { chainEvents, type UnchainedEvent } from '../../../shared/ledger/chain-events.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { sha256 } from '../ledger/events/digest.ts';
import { sampleEvents } from './sample-ledger.ts';

const ACTORS = {
  government: { memberId: 'm-gov', name: 'Alex Chen', org: 'tbs-sct', side: 'government' as const },
  csn: { memberId: 'm-csn', name: 'Zoé Roy', org: 'Open North', side: 'csn' as const },
};

/** The sample as the writer would have stored it: seq, receivedAt, actor, and a real SHA-256 chain. */
export function storedSample(): StoredEvent[] {
  const unchained = sampleEvents().map(({ side, event }, i) => ({ ...event, seq: i + 1, receivedAt: event.at, actor: ACTORS[side] }) as unknown as UnchainedEvent);
  return chainEvents({ seq: 0, hash: GENESIS_HASH }, unchained, sha256).events;
}
