import * as z from 'zod/mini';
import { MAX_TEXT_LENGTH } from '../protocol/limits.ts';

/** Text a person typed in one language (may be empty), capped so it is refused rather than cut. */
export const FreeText = z.string().check(z.maxLength(MAX_TEXT_LENGTH));
export type FreeText = z.infer<typeof FreeText>;

/** Free text that must say something. */
export const RequiredText = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));
export type RequiredText = z.infer<typeof RequiredText>;
