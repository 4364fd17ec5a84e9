import type { RowChange } from './apply-batch.ts';
import { compareRowKeys, type RowKey } from './store-state.ts';

/** The row keys of a sorted tab's data rows `from` … end (0-based, header not counted). */
export type KeyWindow = { from: number; keys: RowKey[] };

/** Sheet operations on data rows (0-based): apply deletes, then inserts, then writes, in the order given. */
export type RowOp = { op: 'delete'; index: number } | { op: 'insert'; index: number; row: string[] } | { op: 'write'; index: number; row: string[] };

export type Placement = { ok: true; ops: RowOp[]; rows: number; lastKey?: RowKey } | { ok: false };

const same = (a: RowKey, b: RowKey) => compareRowKeys(a, b) === 0;

/** First index whose key is not below `key`. */
function lowerBound(keys: readonly RowKey[], key: RowKey): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareRowKeys(keys[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where one tab's changed rows go, so that the tab stays sorted by (`at`, `id`) as the fold sorts it,
 * given how many rows it has, its last key, and optionally the keys of its last rows. Without a
 * window only rows that sort after the last one can be placed (the common case: annotations arrive
 * roughly in time order); with one, any change inside it. `ok: false` asks for a wider window.
 */
export function placeRows(rows: number, lastKey: RowKey | undefined, window: KeyWindow | undefined, changes: readonly RowChange[]): Placement {
  if (changes.length === 0) return { ok: true, ops: [], rows, ...(lastKey ? { lastKey } : {}) };
  const view: KeyWindow = window ?? { from: rows, keys: [] };
  if (view.from + view.keys.length !== rows) return { ok: false };
  // Every row before the window sorts before this key (or there is no row before it).
  const floor: RowKey | undefined = view.keys[0] ?? (view.from > 0 ? lastKey : undefined);
  if (view.from > 0 && floor === undefined) return { ok: false };
  const removed = new Map<number, RowKey>();
  for (const change of changes) {
    if (!change.remove) continue;
    const at = lowerBound(view.keys, change.remove);
    if (at >= view.keys.length || !same(view.keys[at]!, change.remove)) return { ok: false };
    removed.set(at, change.remove);
  }
  const puts = changes.flatMap((change) => (change.put ? [change.put] : []));
  for (const put of puts) if (view.from > 0 && floor && compareRowKeys(put.key, floor) <= 0 && !changes.some((c) => c.remove && same(c.remove, put.key))) return { ok: false };

  const remaining = view.keys.filter((_, i) => !removed.has(i));
  const kept = new Set<string>(); // keys removed and put back at the same key: written in place
  const final = [...remaining];
  for (const put of puts) {
    if ([...removed.values()].some((key) => same(key, put.key))) kept.add(JSON.stringify(put.key));
    final.splice(lowerBound(final, put.key), 0, put.key);
  }
  const ops: RowOp[] = [];
  const deletes = [...removed.entries()].filter(([, key]) => !kept.has(JSON.stringify(key))).map(([i]) => view.from + i);
  for (const index of deletes.sort((a, b) => b - a)) ops.push({ op: 'delete', index });
  const placed = puts.map((put) => ({ put, index: view.from + lowerBound(final, put.key) })).sort((a, b) => a.index - b.index);
  for (const { put, index } of placed) if (!kept.has(JSON.stringify(put.key))) ops.push({ op: 'insert', index, row: put.row });
  for (const { put, index } of placed) if (kept.has(JSON.stringify(put.key))) ops.push({ op: 'write', index, row: put.row });
  const total = view.from + final.length;
  // With every row of the window gone, the new last key is before the window: unknown until read.
  const last = final.at(-1);
  return { ok: true, ops, rows: total, ...(last ? { lastKey: last } : {}) };
}
