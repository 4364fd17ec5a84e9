import { z } from 'zod/mini';

/**
 * A web address people will click (remote meeting link, published notes, evidence): only http and
 * https with a real host name, so `javascript:` or `file:` links never reach a page or a sheet.
 */
export const HttpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'domain.error.httpUrl',
});
export type HttpUrl = z.infer<typeof HttpUrl>;
