import * as z from 'zod/mini';
import { commitmentEvent, signOffEvent } from '../../../shared/docs/build-sync-events.ts';
import { type LedgerEventLike, type SignOffStatus, signOffStatus } from '../../../shared/docs/sign-off-status.ts';
import { commitmentVersionHash } from '../../../shared/domain/commitment-version-hash.ts';
import { FreeText } from '../../../shared/domain/free-text.ts';
import { CsnSignOffState, GovernmentSignOffState, SignOff } from '../../../shared/domain/sign-off.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { addonLanguage } from './addon-language.ts';
import { type LedgerProblem, pullEvents } from './ledger-client.ts';
import { enqueue } from './outbox.ts';
import { readCommitments } from './read-commitments.ts';
import { sha256Hex } from './sha256-hex.ts';
import { emptySummary, type SyncSummary, sendEvents } from './sync-document.ts';

export type SignOffPanel = { code: string; title: string; versionHash: string; status?: SignOffStatus; problem?: LedgerProblem };

/** At most this many pages of the log are read for one panel (1,000 events a page). */
const MAX_PAGES = 20;

function relevantEvents(commitmentId: string): { events: LedgerEventLike[] } | { problem: LedgerProblem } {
  const events: LedgerEventLike[] = [];
  let since = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = pullEvents(since);
    if (!answer.ok) return { problem: answer.problem };
    for (const event of answer.value.events) {
      const payload = event.payload as { commitment?: { id?: string }; subject?: { id?: string } };
      if ((event.type === 'commitment.upserted' && payload.commitment?.id === commitmentId) || (event.type === 'signoff.recorded' && payload.subject?.id === commitmentId)) {
        events.push(event);
      }
    }
    if (answer.value.events.length === 0 || answer.value.head.seq <= (answer.value.events[answer.value.events.length - 1]?.seq ?? 0)) break;
    since = answer.value.events[answer.value.events.length - 1]!.seq;
  }
  return { events };
}

function current(code: string) {
  const reading = readCommitments(addonLanguage());
  const found = reading.commitments.find((c) => c.commitment.code === code);
  if (!found) throw new Error(translate('docs.signoff.noCommitment', addonLanguage(), { code }));
  return { reading, found, versionHash: commitmentVersionHash(found.commitment, sha256Hex) };
}

/** Both tracks of the commitment `code` from the ledger, and "changed since signed" with a diff. */
export function getSignOffPanel(code: string): SignOffPanel {
  const { found, versionHash } = current(String(code));
  const lang = addonLanguage();
  const title = found.commitment.title[lang] || found.commitment.title[lang === 'en' ? 'fr' : 'en'];
  const pulled = relevantEvents(found.commitment.id);
  if ('problem' in pulled) return { code: found.commitment.code, title, versionHash, problem: pulled.problem };
  return { code: found.commitment.code, title, versionHash, status: signOffStatus(pulled.events, found.commitment, versionHash) };
}

export const SignOffInput = z.discriminatedUnion('track', [
  z.object({ code: z.string(), track: z.literal('government'), state: GovernmentSignOffState, comment: z.optional(FreeText) }),
  z.object({ code: z.string(), track: z.literal('csn'), state: CsnSignOffState, comment: z.optional(FreeText) }),
]);

/**
 * Records a signatory's decision on the commitment's CURRENT version: the version itself is sent
 * in the same batch (so the ledger knows what was signed), then `signoff.recorded`. Which track a
 * member may record is the ledger's decision (forbidden otherwise); if the ledger is away, both
 * wait in the queue.
 */
export function recordSignOff(raw: unknown): SyncSummary {
  const input = SignOffInput.parse(raw);
  const { reading, found, versionHash } = current(input.code);
  const at = new Date().toISOString();
  const comment = input.comment?.trim();
  const signOff = SignOff.parse({
    id: Utilities.getUuid(),
    subject: { kind: 'commitment', id: found.commitment.id },
    versionHash,
    track: input.track,
    state: input.state,
    ...(comment ? { comment } : {}),
  });
  const events = [commitmentEvent(found.commitment, reading.doc.getId(), at, sha256Hex), signOffEvent(signOff, at, sha256Hex)];
  const summary = emptySummary();
  const answered = sendEvents(events, summary);
  const unsent = events.filter((e) => !answered.has(e.id));
  if (unsent.length > 0) enqueue(unsent);
  summary.waiting = unsent.length;
  return summary;
}
