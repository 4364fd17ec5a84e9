import type { Digest } from '../domain/canonical-json.ts';

/**
 * What the Members tab keeps instead of a token. Tokens are long random strings, so one unsalted
 * SHA-256 is enough; the prefix keeps these hashes apart from any other hash in the ledger.
 */
export function hashToken(token: string, digest: Digest): string {
  return digest(`cocreate:token:v1:${token}`);
}
