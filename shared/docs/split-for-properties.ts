/**
 * Apps Script's user properties keep at most 9 kB per value and 500 kB per store
 * (developers.google.com/apps-script/guides/services/quotas, "Properties value size" and "Properties
 * total storage"). These helpers measure text in UTF-8 bytes, as the quota does, and cut it into
 * pieces that each fit, never inside a character.
 */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function splitForProperties(text: string, maxBytes = PROPERTY_VALUE_BYTES - 64): string[] {
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const char of text) {
    const bytes = utf8Bytes(char);
    if (size + bytes > maxBytes) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  if (current !== '' || pieces.length === 0) pieces.push(current);
  return pieces;
}
