import type { StoredEvent } from '../event-catalogue.ts';
import { recordRuleOf } from '../record-authority.ts';
import { recordKeyOf } from '../record-key.ts';
import { compareEvents } from '../views/event-order.ts';

/** Events whose views grow with the log (one row per annotation or document tag): kept out of the plan store. */
export const isRowEvent = (event: { type: string }): boolean => event.type.startsWith('annotation.') || event.type.startsWith('tag.');

/** Kinds the fold accumulates rather than replacing: every one of them counts. */
const ACCUMULATED = new Set(['signoff.recorded', 'meeting.notes_published']);

/**
 * The plan's support: the fewest stored events whose fold gives the same plan views (commitments,
 * meetings, proposals, sign-offs, stakeholders, outreach, updates, procedure, work plan, verdicts,
 * and the dashboard's figures and rule findings) as the fold of every event. Snapshot kinds keep
 * their latest event per record, type and author (authority may depend on the author, so each
 * author's latest is kept); sign-offs and note publications, which the fold accumulates, are all
 * kept. Each record's first claiming event by `seq` is kept too: it names the record's owner, which
 * the fold's record authority judges every other event against. Annotations and tags are left out:
 * their views are kept row by row (apply-batch.ts). `events` must be in `seq` order.
 */
export function planSupport(events: readonly StoredEvent[]): StoredEvent[] {
  const latest = new Map<string, StoredEvent>();
  const kept: StoredEvent[] = [];
  const seen = new Set<string>();
  const claimed = new Set<string>();
  for (const event of events) {
    if (isRowEvent(event) || seen.has(event.id)) continue;
    seen.add(event.id);
    const record = recordKeyOf(event);
    if (recordRuleOf(event.type).claims && !claimed.has(record)) {
      claimed.add(record);
      kept.push(event);
      continue;
    }
    if (ACCUMULATED.has(event.type)) {
      kept.push(event);
      continue;
    }
    const key = `${event.type}\u0000${record}\u0000${event.actor.memberId}`;
    const known = latest.get(key);
    if (known === undefined || compareEvents(event, known) > 0) latest.set(key, event);
  }
  return [...kept, ...latest.values()].sort((a, b) => a.seq - b.seq);
}
