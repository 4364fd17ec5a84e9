/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as `\n`. TEXT
 * allows no control character but tab (CONTROL = %x00-08 / %x0A-1F / %x7F) and only well-formed
 * UTF-8, so other controls and lone surrogates are dropped rather than written into the calendar.
 */
export function escapeIcsText(text: string): string {
  return stripIcsControls(
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n'),
  );
}

/** Drops what no iCalendar value may hold: controls other than tab, DEL, and unpaired surrogates. */
export function stripIcsControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls RFC 5545 forbids is the point
  return text.replace(/[\u0000-\u0008\u000A-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
