/**
 * TEST DOUBLE of `Utilities` (developers.google.com/apps-script/reference/utilities/utilities), not
 * Google code. Reproduced: `computeDigest(algorithm, value, charset?)` returns the digest as Java
 * bytes, i.e. SIGNED integers from -128 to 127 (callers must mask with `& 0xff` to make hex); strings
 * are encoded with the given Charset (UTF_8 or US_ASCII; UTF-8 when none is given); `getUuid()` a
 * random version-4 UUID string; base64Encode/base64Decode (signed bytes) and the web-safe variants;
 * `sleep(ms)` (the double does not sleep); the DigestAlgorithm and Charset enums;
 * `newBlob(data, contentType?, name?)` (a string is stored as UTF-8; bytes are signed) with
 * getBytes/getDataAsString/getName/setName/getContentType; `zip(blobs, name?)` "creates a new Blob
 * object that is a zip file containing the data from the Blobs passed in", each entry named after its
 * blob (a name with `/` makes folders), content type application/zip.
 * Node's crypto does the hashing and randomness; `uuids` lets a test make getUuid predictable.
 */
import { createHash, randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';
import type { CallLog } from './call-log.ts';

export const DigestAlgorithm = { MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' } as const;
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

const NODE_ALGORITHM: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

const toSigned = (buf: Uint8Array): number[] => Array.from(buf, (b) => (b > 127 ? b - 256 : b));
const toBuffer = (value: string | number[], charset?: string): Buffer =>
  typeof value === 'string' ? Buffer.from(value, charset === Charset.US_ASCII ? 'latin1' : 'utf8') : Buffer.from(value.map((b) => b & 0xff));

export type BlobDouble = ReturnType<typeof blobOf>;

function blobOf(bytes: Buffer, contentType: string | null, initialName: string | null) {
  let name = initialName;
  const blob = {
    getBytes: () => toSigned(bytes),
    getDataAsString: () => bytes.toString('utf8'),
    getContentType: () => contentType,
    getName: () => name,
    setName(next: string) {
      name = next;
      return blob;
    },
  };
  return blob;
}

export function createUtilitiesDouble(log: CallLog, uuids?: () => string) {
  const count = (method: string) => log.record('Utilities', method);
  return {
    DigestAlgorithm,
    Charset,
    computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
      count('computeDigest');
      const name = NODE_ALGORITHM[algorithm];
      if (!name) throw new Error(`Invalid argument: algorithm ${String(algorithm)}`);
      return toSigned(createHash(name).update(toBuffer(value, charset)).digest());
    },
    getUuid(): string {
      count('getUuid');
      return uuids ? uuids() : randomUUID();
    },
    base64Encode(value: string | number[], charset?: string): string {
      count('base64Encode');
      return toBuffer(value, charset).toString('base64');
    },
    base64EncodeWebSafe(value: string | number[], charset?: string): string {
      count('base64EncodeWebSafe');
      return toBuffer(value, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: string): number[] {
      count('base64Decode');
      return toSigned(Buffer.from(encoded, 'base64'));
    },
    newBlob(data: string | number[], contentType?: string, name?: string) {
      count('newBlob');
      return blobOf(toBuffer(data), contentType ?? null, name ?? null);
    },
    zip(blobs: BlobDouble[], name?: string) {
      count('zip');
      const entries = Object.fromEntries(blobs.map((blob, i) => [blob.getName() ?? `file${i}`, new Uint8Array(Buffer.from(blob.getBytes().map((b) => b & 0xff)))]));
      return blobOf(Buffer.from(zipSync(entries)), 'application/zip', name ?? null);
    },
    sleep(_ms: number): void {
      count('sleep');
    },
  };
}
