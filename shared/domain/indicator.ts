import * as z from 'zod/mini';
import { BilingualText } from './bilingual-text.ts';
import { IndicatorCode } from './commitment-code.ts';
import { HttpUrl } from './http-url.ts';
import { ShortText } from './short-text.ts';
import { YearMonth } from './year-month.ts';

/**
 * Canada's third level, an "activity identified as an indicator of success" (ogp-domain §3.4).
 * `dueDate` is optional in the schema so a half-written draft still syncs; rule R2 reports it missing.
 */
export const Indicator = z.object({
  code: IndicatorCode,
  text: BilingualText,
  fullText: z.optional(BilingualText),
  dueDate: z.optional(YearMonth),
  /** The tracker's free-text deadline: "By March 2023", "Ongoing", "Annually". */
  deadline: BilingualText,
  /** Lead department slug(s) such as `tbs-sct`; several for some 2025-29 indicators. */
  leadDept: z.array(ShortText),
  supportingDept: z.optional(z.array(ShortText)),
  /** Summit for Democracy commitment (the tracker's `s4d`). */
  s4d: z.optional(z.boolean()),
  commentUrl: z.optional(HttpUrl),
});
export type Indicator = z.infer<typeof Indicator>;
