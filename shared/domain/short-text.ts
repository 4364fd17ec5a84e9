import * as z from 'zod/mini';

/** A name or label (person, organisation, department, step): one line, non-empty, at most 200 characters. */
export const ShortText = z.string().check(z.minLength(1), z.maxLength(200));
export type ShortText = z.infer<typeof ShortText>;
