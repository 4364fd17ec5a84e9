import * as z from 'zod/mini';

/**
 * A web address people will click (remote meeting link, published notes, evidence): only http and
 * https with a real host name, so `javascript:` or `file:` links never reach a page or a sheet.
 */
export const HttpUrl = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    // Only the format issue gets the URL message; a too-long address keeps the generic length message.
    error: (issue) => (issue.code === 'invalid_format' ? 'domain.error.httpUrl' : undefined),
  })
  .check(z.maxLength(2048));
export type HttpUrl = z.infer<typeof HttpUrl>;
