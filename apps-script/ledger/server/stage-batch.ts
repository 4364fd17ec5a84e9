import type { MemberRecord } from '../../../shared/ledger/members-codec.ts';
import type { AppendResponse, ErrorResponse } from '../../../shared/protocol/ledger-api.ts';

/**
 * The staging area of group commit (docs/webinar-load.md): a request that finds the script lock taken
 * leaves its batch here, in CacheService, which costs no Sheets quota, and waits; whoever holds the
 * lock next stores every staged batch with its own in one read and one write, and leaves each
 * request's answer here for it. Nothing here is durable, and nothing needs to be: a batch that is
 * evicted, overwritten or never taken is stored by its own execution once it holds the lock, or
 * answered `busy` and sent again by the browser; a batch stored whose answer is lost comes back as
 * `duplicate` (event ids make every retry idempotent). Only the lock holder takes batches and writes
 * answers, so taking needs no atomic operation of CacheService (it has none).
 */

/** A request waiting to be stored by the lock holder. */
export type StagedBatch = { id: string; member: MemberRecord; events: unknown[]; receivedAt: string };
export type StagedAnswer = AppendResponse | ErrorResponse;

/**
 * Slots a batch can be staged in, read with one getAll: twice Apps Script's 30 simultaneous
 * executions per user (reference/apps-script.md §3.5), so a free one is nearly always found.
 */
export const STAGE_SLOTS = 64;
/**
 * CacheService holds at most 100 KB per value (developers.google.com/apps-script/reference/cache):
 * a batch longer than this (in UTF-8 bytes, with room for the key) is not staged; its own
 * execution stores it when it holds the lock.
 */
export const MAX_STAGED_BYTES = 100 * 1024 - 1_024;
/** Longer than any wait for the lock (10 s) plus one store: a batch left by a dead execution goes. */
const STAGE_TTL_SECONDS = 120;
const ANSWER_TTL_SECONDS = 120;

const PREFIX = 'cocreate.stage.';
const slotKey = (slot: number) => `${PREFIX}slot.${slot}`;
const answerKey = (id: string) => `${PREFIX}answer.${id}`;
const SLOT_KEYS = Array.from({ length: STAGE_SLOTS }, (_, i) => slotKey(i));

const cache = () => CacheService.getScriptCache();

/** UTF-8 bytes of a string, without Utilities (the cache's limit is in bytes, a JS length in UTF-16 units). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one code point of 4 bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Stages a batch in a free slot; the slot's key, or undefined when it could not be staged. */
export function stageBatch(batch: StagedBatch, random: () => number): string | undefined {
  const store = cache();
  if (!store) return undefined;
  const text = JSON.stringify(batch);
  if (utf8Bytes(text) > MAX_STAGED_BYTES) return undefined;
  const taken = store.getAll(SLOT_KEYS);
  const free = SLOT_KEYS.filter((key) => taken[key] === undefined);
  if (free.length === 0) return undefined;
  // A random free slot: two requests staging at once rarely pick the same one, and if they do, the
  // one overwritten is stored by its own execution.
  const key = free[Math.floor(random() * free.length)]!;
  store.put(key, text, STAGE_TTL_SECONDS);
  return key;
}

function parseStaged(text: string): StagedBatch | undefined {
  try {
    const value = JSON.parse(text) as Partial<StagedBatch>;
    const ok =
      typeof value.id === 'string' &&
      typeof value.receivedAt === 'string' &&
      Array.isArray(value.events) &&
      value.member !== null &&
      typeof value.member === 'object' &&
      typeof value.member.id === 'string';
    return ok ? (value as StagedBatch) : undefined;
  } catch {
    return undefined;
  }
}

/** What one flush may take from the staging area, beyond the holder's own batch. */
export type FlushBounds = { events: number; bytes: number };

/**
 * Under the lock: the staged batches, oldest first, up to the bounds, removed from their slots (a
 * batch left over stays for the next holder). `except` is the holder's own request, which it
 * already has: its staged copy is removed, not taken twice.
 */
export function takeStaged(except: string | undefined, bounds: FlushBounds): StagedBatch[] {
  const store = cache();
  if (!store) return [];
  const found = store.getAll(SLOT_KEYS);
  const staged: { key: string; batch: StagedBatch | undefined; bytes: number }[] = Object.entries(found).map(([key, text]) => ({
    key,
    batch: parseStaged(text),
    bytes: utf8Bytes(text),
  }));
  staged.sort((a, b) => (a.batch?.receivedAt ?? '').localeCompare(b.batch?.receivedAt ?? ''));
  const taken: StagedBatch[] = [];
  const remove: string[] = [];
  let events = 0;
  let bytes = 0;
  for (const { key, batch, bytes: size } of staged) {
    // Unreadable (not ours) or the holder's own copy: cleared, not stored.
    if (!batch || batch.id === except) {
      remove.push(key);
      continue;
    }
    if (events + batch.events.length > bounds.events || bytes + size > bounds.bytes) continue;
    events += batch.events.length;
    bytes += size;
    taken.push(batch);
    remove.push(key);
  }
  if (remove.length > 0) store.removeAll(remove);
  return taken;
}

/** Removes a waiter's batch that nobody took (it gave up waiting): it must not be stored later. */
export function withdrawStaged(key: string, id: string): void {
  const store = cache();
  const text = store?.get(key);
  if (text && parseStaged(text)?.id === id) store!.remove(key);
}

/** The lock holder leaves each request's answer for it (answers of one flush, one putAll). */
export function postAnswers(answers: ReadonlyMap<string, StagedAnswer>): void {
  const store = cache();
  if (!store || answers.size === 0) return;
  const values: Record<string, string> = {};
  for (const [id, answer] of answers) {
    const text = JSON.stringify(answer);
    // An answer too long for one value is not left: its waiter stores its batch itself (all duplicates).
    if (utf8Bytes(text) <= MAX_STAGED_BYTES) values[answerKey(id)] = text;
  }
  store.putAll(values, ANSWER_TTL_SECONDS);
}

/** A request's answer, if a lock holder stored its batch; read once, then removed. */
export function answerFor(id: string): StagedAnswer | undefined {
  const store = cache();
  const text = store?.get(answerKey(id));
  if (!text) return undefined;
  store!.remove(answerKey(id));
  try {
    return JSON.parse(text) as StagedAnswer;
  } catch {
    return undefined;
  }
}
