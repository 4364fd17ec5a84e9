import type { Digest } from '../domain/canonical-json.ts';

/**
 * A UUID-shaped event id derived from what the event says (type, record, version), so sending the
 * same document twice sends the same ids and the ledger answers `duplicate` (DESIGN §3 idempotency).
 * Shaped as a version-5-style UUID from the first 128 bits of the digest.
 */
export function stableEventId(digest: Digest, ...parts: string[]): string {
  const hex = digest(parts.join('\u0000'));
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
