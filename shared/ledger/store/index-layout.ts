import { INDEX_BUCKETS } from './bucket-of.ts';

/** Row 1 of the Index tab. Row 2 holds the store's meta; bucket b is on row b + 3. */
export const INDEX_HEADER: readonly string[] = ['entries'];
export const META_ROW = 2;
export const bucketRow = (bucket: number): number => bucket + 3;
export const INDEX_ROWS = INDEX_BUCKETS + 2;
