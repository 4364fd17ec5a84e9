/**
 * JSON with object keys sorted at every depth and no whitespace, so that the same value always
 * gives the same text whatever order its keys were built in. `undefined` members are left out, as
 * JSON.stringify does; array order is kept because it means something.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** A SHA-256 hex digest of UTF-8 text, passed in by each runtime (node:crypto, Utilities, WebCrypto). */
export type Digest = (text: string) => string;
