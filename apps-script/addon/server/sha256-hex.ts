import type { Digest } from '../../../shared/domain/canonical-json.ts';

/** SHA-256 of UTF-8 text as lowercase hex; Utilities gives signed Java bytes, hence the mask. */
export const sha256Hex: Digest = (text) =>
  Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8)
    .map((byte) => ((byte & 0xff) < 16 ? '0' : '') + (byte & 0xff).toString(16))
    .join('');
