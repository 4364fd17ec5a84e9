import type { BilingualText } from '../domain/bilingual-text.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { bilingualMessage, type MessageParams } from '../i18n/translate.ts';
import { GENESIS_HASH } from '../ledger/event-envelope.ts';
import { hashStoredEvent } from '../ledger/hash-stored-event.ts';

/** SHA-256 hex of UTF-8 text, asynchronously: what Web Crypto gives a reader's browser. */
export type AsyncDigest = (text: string) => Promise<string>;

export type LogBreak = 'unreadable' | 'seq' | 'prevHash' | 'hash' | 'missingHead';

export type LogVerdict =
  | { ok: true; count: number; head: { seq: number; hash: string }; knownHeads: { hash: string; seq: number }[] }
  | { ok: false; line: number; seq?: number; reason: LogBreak; message: BilingualText };

const broken = (line: number, reason: LogBreak, key: MessageKey, params: MessageParams, seq?: number): LogVerdict => ({
  ok: false,
  line,
  ...(seq === undefined ? {} : { seq }),
  reason,
  message: bilingualMessage(key, { line, ...params }),
});

/** hashStoredEvent with the digest left out: the exact text the ledger's writer hashed. */
const hashedText = (prevHash: string, event: object): string => hashStoredEvent(prevHash, event, (text) => text);

/**
 * Checks the published event log (`ledger/events.jsonl`: one stored event per line, in `seq` order)
 * the way the ledger checks its own tab (verifyChain): from GENESIS_HASH, each line must carry the
 * next `seq`, link to the line before, and hash to its own `hash` = SHA-256(prevHash + canonical
 * JSON). The first line that does not is named. `knownHeads` (printed in published notes, on the
 * site's pages) must each be in the chain, or lines were removed from its end.
 */
export async function verifyLogFile(text: string, digest: AsyncDigest, knownHeads: readonly string[] = []): Promise<LogVerdict> {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  let prevHash = GENESIS_HASH;
  let seq = 0;
  const seqOf = new Map<string, number>([[GENESIS_HASH, 0]]);
  for (let i = 0; i < lines.length; i += 1) {
    const line = i + 1;
    let event: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(lines[i]!);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      event = parsed as Record<string, unknown>;
    } catch (error) {
      return broken(line, 'unreadable', 'publicrecord.verify.unreadable', { detail: (error as Error).message });
    }
    const expected = seq + 1;
    if (event.seq !== expected) return broken(line, 'seq', 'publicrecord.verify.seq', { seq: String(event.seq), expected }, typeof event.seq === 'number' ? event.seq : undefined);
    if (event.prevHash !== prevHash) return broken(line, 'prevHash', 'publicrecord.verify.prevHash', {}, expected);
    const hash = await digest(hashedText(prevHash, event));
    if (event.hash !== hash) return broken(line, 'hash', 'publicrecord.verify.hash', {}, expected);
    prevHash = hash;
    seq = expected;
    seqOf.set(hash, seq);
  }
  const heads = knownHeads.map((head) => head.trim().toLowerCase()).filter((head) => head !== '');
  const missing = heads.find((head) => !seqOf.has(head));
  if (missing !== undefined) return broken(lines.length + 1, 'missingHead', 'publicrecord.verify.missingHead', { hash: missing, last: lines.length });
  return { ok: true, count: seq, head: { seq, hash: prevHash }, knownHeads: [...new Set(heads)].map((hash) => ({ hash, seq: seqOf.get(hash)! })) };
}

/** The log file's content: one stored event per line, in `seq` order, as the ledger stores them. */
export function eventLogFile(events: readonly { seq: number }[]): string {
  return [...events].sort((a, b) => a.seq - b.seq).map((event) => JSON.stringify(event)).join('\n') + (events.length > 0 ? '\n' : '');
}
