import { hashToken } from '../../../shared/ledger/hash-token.ts';
import { isActiveMember, type MemberRecord } from '../../../shared/ledger/members-codec.ts';
import { MEMBERS_TAB } from './ledger-tabs.ts';
import { readMembers } from './resolve-member.ts';
import { sha256Hex } from './sha256-hex.ts';
import { readTabs } from './sheets-store.ts';

/**
 * Active members by token hash, kept in CacheService so that a request learns who sent it before it
 * asks for the script lock (DESIGN §3: a stranger never waits for the lock, nor makes a member wait).
 * The cache may drop entries at any time (reference/apps-script.md §3.5): then one read of the
 * Members tab, outside the lock, fills it again. Issuing or revoking a token forgets it.
 */
const KEY = 'cocreate.members';
/** CacheService values are at most 100 KB: the index is cut into pieces read back with one getAll. */
const PIECE = 90_000;
const PIECES_MAX = 20;
/** Long enough to spare the Sheets quota, short enough that a revocation racing a refill is bounded. */
const TTL_SECONDS = 300;
/**
 * A token absent from the index is checked against the sheet again at most this often, in case it was
 * issued while another request was filling the cache; strangers cost at most one read per interval.
 */
const RECHECK_MS = 5_000;

type Index = { at: number; members: Record<string, MemberRecord> };

function readIndex(cache: GoogleAppsScript.Cache.Cache): Index | undefined {
  const head = cache.get(KEY);
  if (head === null) return undefined;
  const { at, pieces } = JSON.parse(head) as { at: number; pieces: number };
  const keys = Array.from({ length: pieces }, (_, i) => `${KEY}.${i}`);
  const found = cache.getAll(keys);
  if (keys.some((k) => found[k] === undefined)) return undefined;
  return { at, members: JSON.parse(keys.map((k) => found[k]).join('')) as Record<string, MemberRecord> };
}

function writeIndex(cache: GoogleAppsScript.Cache.Cache, index: Index): void {
  const text = JSON.stringify(index.members);
  const pieces = Math.max(1, Math.ceil(text.length / PIECE));
  if (pieces > PIECES_MAX) return; // a members list this long is read from the sheet each time
  const values: Record<string, string> = {};
  for (let i = 0; i < pieces; i++) values[`${KEY}.${i}`] = text.slice(i * PIECE, (i + 1) * PIECE);
  // Pieces first, head last: a reader that finds the head finds its pieces (or treats it as a miss).
  cache.putAll(values, TTL_SECONDS);
  cache.put(KEY, JSON.stringify({ at: index.at, pieces }), TTL_SECONDS);
}

/** The active member holding this token; at most one read of the Members tab, never under the lock. */
export function memberForToken(spreadsheetId: string, token: string): MemberRecord | undefined {
  const cache = CacheService.getScriptCache();
  const tokenHash = hashToken(token, sha256Hex);
  const cached = cache ? readIndex(cache) : undefined;
  if (cached && (cached.members[tokenHash] !== undefined || Date.now() - cached.at < RECHECK_MS)) return cached.members[tokenHash];
  const [rows = []] = readTabs(spreadsheetId, [MEMBERS_TAB]);
  const members: Record<string, MemberRecord> = {};
  for (const { record } of readMembers(rows)) if (isActiveMember(record) && members[record.tokenHash] === undefined) members[record.tokenHash] = record;
  if (cache) writeIndex(cache, { at: Date.now(), members });
  return members[tokenHash];
}

/** After a token is issued or revoked: the next request reads the Members tab again. */
export function forgetMembers(): void {
  CacheService.getScriptCache()?.remove(KEY);
}
