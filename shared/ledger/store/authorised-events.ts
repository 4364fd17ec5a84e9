import type { StoredEvent } from '../event-catalogue.ts';
import { bySeq, ownersOf } from '../ledger-state-of.ts';
import { judgeRecordChange, provenCoordinators } from '../record-authority.ts';
import { recordKeyOf } from '../record-key.ts';

/**
 * The stored events the fold lets count, in `seq` order: those whose writer had authority over their
 * record (record-authority.ts), judged as foldEvents judges them (owners by `seq`, the Members tab's
 * coordinators and those the log proves). The store is built from these alone, so a log written before
 * the writer checked authority keeps its forged events out of the Index and the plan store too.
 */
export function authorisedEvents(events: readonly StoredEvent[], coordinatorIds: ReadonlySet<string>): StoredEvent[] {
  const sorted = bySeq(events);
  const owners = ownersOf(sorted);
  const coordinators = new Set([...coordinatorIds, ...provenCoordinators(sorted)]);
  return sorted.filter(
    (event) =>
      judgeRecordChange(event, owners.get(recordKeyOf(event)), {
        memberId: event.actor.memberId,
        side: event.actor.side,
        isCoordinator: coordinators.has(event.actor.memberId),
      }).ok,
  );
}
