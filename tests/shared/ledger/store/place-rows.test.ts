import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RowChange } from '../../../../shared/ledger/store/apply-batch.ts';
import { type RowOp, placeRows } from '../../../../shared/ledger/store/place-rows.ts';
import { compareRowKeys, type RowKey } from '../../../../shared/ledger/store/store-state.ts';

/** The tab as the sheet would hold it after the operations, applied in order as batchUpdate does. */
function apply(rows: string[][], ops: readonly RowOp[]): string[][] {
  const out = [...rows];
  for (const op of ops) {
    if (op.op === 'delete') out.splice(op.index, 1);
    else if (op.op === 'insert') out.splice(op.index, 0, op.row);
    else out[op.index] = op.row;
  }
  return out;
}

const key = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([t, id]): RowKey => [`2026-11-27T10:${String(t).padStart(2, '0')}:00.000Z`, `id-${id}`]);
const row = (k: RowKey, version: string) => [k[1], version, k[0]];

describe('placeRows', () => {
  it('keeps a sorted tab exactly sorted after any removals, rewrites and inserts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { selector: (k) => k.join('|'), maxLength: 30 }), fc.array(fc.tuple(fc.nat(), key, fc.constantFrom('remove', 'rewrite', 'move', 'insert')), { maxLength: 8 }), fc.nat(), (keys, wanted, cut) => {
        const sorted = [...keys].sort(compareRowKeys);
        const rows = sorted.map((k) => row(k, 'old'));
        const changes: RowChange[] = [];
        const touched = new Set<string>();
        const expected = new Map(sorted.map((k) => [k.join('|'), row(k, 'old')]));
        for (const [pick, fresh, what] of wanted) {
          const existing = sorted[pick % Math.max(1, sorted.length)];
          if (what === 'insert' || !existing) {
            if (expected.has(fresh.join('|')) || touched.has(fresh.join('|'))) continue;
            touched.add(fresh.join('|'));
            changes.push({ tab: 'decisions', put: { key: fresh, row: row(fresh, 'new') } });
            expected.set(fresh.join('|'), row(fresh, 'new'));
            continue;
          }
          if (touched.has(existing.join('|'))) continue;
          touched.add(existing.join('|'));
          expected.delete(existing.join('|'));
          if (what === 'remove') changes.push({ tab: 'decisions', remove: existing });
          else if (what === 'rewrite') {
            changes.push({ tab: 'decisions', remove: existing, put: { key: existing, row: row(existing, 'new') } });
            expected.set(existing.join('|'), row(existing, 'new'));
          } else if (!expected.has(fresh.join('|')) && !touched.has(fresh.join('|'))) {
            touched.add(fresh.join('|'));
            changes.push({ tab: 'decisions', remove: existing, put: { key: fresh, row: row(fresh, 'new') } });
            expected.set(fresh.join('|'), row(fresh, 'new'));
          } else {
            // The new key is taken: leave this row as it was.
            expected.set(existing.join('|'), row(existing, 'old'));
            touched.delete(existing.join('|'));
          }
        }
        const want = [...expected.entries()].sort(([a], [b]) => compareRowKeys(a.split('|') as unknown as RowKey, b.split('|') as unknown as RowKey)).map(([, r]) => r);
        // With every key in the window, any change can be placed.
        const full = placeRows(rows.length, sorted.at(-1), { from: 0, keys: sorted }, changes);
        expect(full.ok).toBe(true);
        if (!full.ok) return;
        expect(apply(rows, full.ops)).toEqual(want);
        expect(full.rows).toBe(want.length);
        // With only the last rows known, a placement that succeeds is the same tab; one that cannot says so.
        const from = sorted.length === 0 ? 0 : cut % (sorted.length + 1);
        const partial = placeRows(rows.length, sorted.at(-1), { from, keys: sorted.slice(from) }, changes);
        if (partial.ok) expect(apply(rows, partial.ops)).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });

  it('appends rows that sort after the last one without knowing any other key', () => {
    const last: RowKey = ['2026-11-27T10:00:00.000Z', 'b'];
    const put: RowKey = ['2026-11-27T10:00:01.000Z', 'a'];
    const placed = placeRows(5000, last, undefined, [{ tab: 'actions', put: { key: put, row: ['a'] } }]);
    expect(placed).toEqual({ ok: true, ops: [{ op: 'insert', index: 5000, row: ['a'] }], rows: 5001, lastKey: put });
    expect(placeRows(5000, last, undefined, [{ tab: 'actions', put: { key: ['2026-11-27T09:59:59.000Z', 'z'], row: ['z'] } }])).toEqual({ ok: false });
  });
});
