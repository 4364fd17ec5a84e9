import * as z from 'zod/mini';
import { BilingualText } from './bilingual-text.ts';
import { MilestoneCode } from './commitment-code.ts';
import { HttpUrl } from './http-url.ts';
import { Indicator } from './indicator.ts';
import { IsoDate } from './iso-time.ts';
import { ShortText } from './short-text.ts';

/**
 * A milestone (ogp-domain §3.3): Canada's columns "What will we do?" (`text`), "How will we know we
 * succeeded?" (`expectedOutputs`) and "What is our deadline?" (`deadline`, with `endDate` when it is
 * a date). Dates are optional so drafts sync; R2 reports them missing or outside the plan.
 */
export const Milestone = z.object({
  code: MilestoneCode,
  text: BilingualText,
  leadDept: z.array(ShortText),
  expectedOutputs: BilingualText,
  startDate: z.optional(IsoDate),
  endDate: z.optional(IsoDate),
  deadline: z.optional(BilingualText),
  stakeholders: z.optional(z.array(ShortText)),
  napUrl: z.optional(HttpUrl),
  indicators: z.array(Indicator),
});
export type Milestone = z.infer<typeof Milestone>;
