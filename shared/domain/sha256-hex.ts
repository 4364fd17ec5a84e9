import * as z from 'zod/mini';

/** A SHA-256 digest as 64 lowercase hex characters: version hashes and the ledger's chain links. */
export const Sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: 'schema.sha256' }));
export type Sha256Hex = z.infer<typeof Sha256Hex>;
