import * as z from 'zod/mini';

// Checked by pattern, not with `new URL()` (zod's z.url): Apps Script's V8 has no URL class, and the
// ledger must accept the same links the extension does. A host name with a dot and a letter TLD
// (or punycode), an optional port, then anything without spaces; no user:password@ part.
const HTTP_URL = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/**
 * A web address people will click (remote meeting link, published notes, evidence): only http and
 * https with a real host name, so `javascript:` or `file:` links never reach a page or a sheet.
 */
export const HttpUrl = z.string().check(z.maxLength(2048), z.regex(HTTP_URL, { error: 'domain.error.httpUrl' }));
export type HttpUrl = z.infer<typeof HttpUrl>;
