import { z } from 'zod/mini';

/** Text in both official languages. Either may be empty while drafting; rule R6 checks parity. */
export const BilingualText = z.object({ en: z.string(), fr: z.string() });
export type BilingualText = z.infer<typeof BilingualText>;
