import * as z from 'zod/mini';

/** An email address, at most 254 characters (the longest a mail server accepts). */
export const EmailAddress = z.email().check(z.maxLength(254));
export type EmailAddress = z.infer<typeof EmailAddress>;
