import { canonicalJson, type Digest } from '../domain/canonical-json.ts';

/**
 * `hash = digest(prevHash + canonical JSON of the stored event without its hash)` (DESIGN §3). The
 * event's own `prevHash` is inside the hashed text too, so moving a row breaks the chain twice.
 */
export function hashStoredEvent(prevHash: string, event: object, digest: Digest): string {
  const { hash: _ignored, ...unhashed } = event as Record<string, unknown>;
  return digest(prevHash + canonicalJson(unhashed));
}
