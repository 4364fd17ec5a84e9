import { commitmentEvent, type DocsEvent } from '../../../shared/docs/build-sync-events.ts';
import { MAX_EVENTS_PER_BATCH } from '../../../shared/protocol/limits.ts';
import { addonLanguage } from './addon-language.ts';
import { appendEvents, type LedgerProblem } from './ledger-client.ts';
import { dequeue, queuedEvents, queueLength } from './outbox.ts';
import { readCommitments } from './read-commitments.ts';
import { sha256Hex } from './sha256-hex.ts';

export type Refusal = { what: string; code: 'invalid' | 'forbidden'; detail: string };

export type SyncSummary = {
  at: string;
  accepted: { commitments: number; tags: number; signOffs: number };
  /** Already in the ledger (the same version was sent before). */
  unchanged: number;
  refused: Refusal[];
  /** Tag and sign-off events still waiting in the user properties. */
  waiting: number;
  /** Commitments not sent this time; the document holds them, the next sync sends them. */
  commitmentsNotSent: number;
  problem?: LedgerProblem;
};

const LAST_SYNC = 'cocreate:lastSync';
// Bodies stay well under what the web app reads in one request, whatever the batch holds.
const BATCH = Math.min(100, MAX_EVENTS_PER_BATCH);

function describe(event: DocsEvent): string {
  const payload = event.payload as { commitment?: { code: string }; tag?: { kind: string; quotedText: string }; track?: string };
  if (event.type === 'commitment.upserted') return payload.commitment?.code ?? '';
  if (event.type === 'tag.removed') return `tag.removed ${event.entityId ?? ''}`;
  if (event.type === 'signoff.recorded') return `${payload.track ?? ''} sign-off`;
  const quote = payload.tag?.quotedText ?? '';
  return `${payload.tag?.kind ?? 'tag'}: “${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}”`;
}

/** Sends events in batches; stops at the first request the ledger refuses whole (nothing of it was stored). */
export function sendEvents(events: DocsEvent[], summary: SyncSummary): Set<string> {
  const answered = new Set<string>();
  for (let i = 0; i < events.length; i += BATCH) {
    const batch = events.slice(i, i + BATCH);
    const answer = appendEvents(batch);
    if (!answer.ok) {
      summary.problem = answer.problem;
      break;
    }
    for (const result of answer.value.results) {
      const event = batch.find((e) => e.id === result.id);
      if (!event) continue;
      answered.add(result.id);
      if (result.status === 'duplicate') summary.unchanged += 1;
      else if (result.status === 'rejected') summary.refused.push({ what: describe(event), code: result.error?.code ?? 'invalid', detail: result.error?.message ?? '' });
      else if (event.type === 'commitment.upserted') summary.accepted.commitments += 1;
      else if (event.type === 'signoff.recorded') summary.accepted.signOffs += 1;
      else summary.accepted.tags += 1;
    }
  }
  return answered;
}

export function emptySummary(): SyncSummary {
  return { at: new Date().toISOString(), accepted: { commitments: 0, tags: 0, signOffs: 0 }, unchanged: 0, refused: [], waiting: 0, commitmentsNotSent: 0 };
}

/**
 * Sends the document's commitments (one `commitment.upserted` per version, stable ids, so a second
 * sync is all duplicates) and whatever tag and sign-off events wait in the user properties. What the
 * ledger answered leaves the queue, refused events included (sending them again would be refused
 * again; the summary says why); what it never received stays for the next open or sync.
 */
export function syncDocument(): SyncSummary {
  const summary = emptySummary();
  const queued = queuedEvents().map((q) => q.event as DocsEvent);
  const reading = readCommitments(addonLanguage());
  const commitments = reading.commitments.map((c) => commitmentEvent(c.commitment, reading.doc.getId(), summary.at, sha256Hex));
  // Queued first: a tag's commitment may be refused, the tag must not wait on it.
  const answered = sendEvents([...queued, ...commitments], summary);
  dequeue(queued.filter((e) => answered.has(e.id)).map((e) => e.id));
  summary.waiting = queueLength();
  summary.commitmentsNotSent = commitments.filter((e) => !answered.has(e.id)).length;
  PropertiesService.getUserProperties().setProperty(LAST_SYNC, JSON.stringify(summary).slice(0, 8000));
  return summary;
}

/** Sends what waits in the queue, if anything (on opening the sidebar); no document read. */
export function flushQueue(): SyncSummary | undefined {
  const queued = queuedEvents().map((q) => q.event as DocsEvent);
  if (queued.length === 0) return undefined;
  const summary = emptySummary();
  const answered = sendEvents(queued, summary);
  dequeue(queued.filter((e) => answered.has(e.id)).map((e) => e.id));
  summary.waiting = queueLength();
  return summary;
}
