import type { ChairSide, Meeting } from '../../shared/domain/meeting.ts';
import { suggestNextChair } from '../../shared/rules/suggest-next-chair.ts';

/**
 * The chair to suggest for a new meeting: rule R18's rotation (the side that did not chair the last
 * single-chaired forum meeting), the same the ledger's dashboard shows. Undefined when no such
 * meeting is known yet, so the panel says there is no rotation to follow.
 */
export function suggestChairSide(history: readonly Meeting[]): ChairSide | undefined {
  const suggested = suggestNextChair(history);
  return suggested === 'co_chaired' ? undefined : suggested;
}
