import { createHash } from 'node:crypto';
import type { Digest } from '../../../../shared/domain/canonical-json.ts';

/** The digest every runtime passes in: SHA-256 hex of UTF-8 text (node:crypto here). */
export const sha256: Digest = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
