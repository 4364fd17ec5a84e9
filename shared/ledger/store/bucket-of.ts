/**
 * How many rows the Index tab spreads its entries over. A lookup reads only the rows of the keys it
 * needs, so its cost is (entries / BUCKETS) per key: about 2.5 kB at 100,000 events. 8,192 rows keep
 * a row far below Google's 50,000-character cell limit up to the spreadsheet's own limit of
 * 10,000,000 cells (about 650,000 events of 15 cells each).
 */
export const INDEX_BUCKETS = 8192;

/**
 * The Index row (0-based bucket) a key lives in: 32-bit FNV-1a over its UTF-16 code units, which
 * spreads the ledger's uuid-like keys evenly, costs one pass, and needs no digest passed in.
 */
export function bucketOf(key: string, buckets = INDEX_BUCKETS): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}
