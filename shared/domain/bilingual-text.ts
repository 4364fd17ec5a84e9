import * as z from 'zod/mini';
import { MAX_TEXT_LENGTH } from '../protocol/limits.ts';

/**
 * Text in both official languages. Either may be empty while drafting; rule R6 checks parity.
 * Each language is capped at MAX_TEXT_LENGTH so an oversized text is refused, never cut.
 */
export const BilingualText = z.object({
  en: z.string().check(z.maxLength(MAX_TEXT_LENGTH)),
  fr: z.string().check(z.maxLength(MAX_TEXT_LENGTH)),
});
export type BilingualText = z.infer<typeof BilingualText>;
