import * as z from 'zod/mini';

// Canada's tracker codes (ogp-domain §2.4). Each schema checks its own format only; that a milestone
// code starts with its commitment's code is rule R5 (shared/rules), which can name both codes.

/** A commitment code, `C01`. */
export const CommitmentCode = z.string().check(z.regex(/^C\d{2}$/, { error: 'domain.error.commitmentCode' }));
export type CommitmentCode = z.infer<typeof CommitmentCode>;

/** A milestone code, `C01.1`. */
export const MilestoneCode = z.string().check(z.regex(/^C\d{2}\.\d+$/, { error: 'domain.error.milestoneCode' }));
export type MilestoneCode = z.infer<typeof MilestoneCode>;

/** An indicator code, `C01.1.1` (nap5 also writes `C05.2.07`). */
export const IndicatorCode = z.string().check(
  z.regex(/^C\d{2}\.\d+\.\d+$/, { error: 'domain.error.indicatorCode' }),
);
export type IndicatorCode = z.infer<typeof IndicatorCode>;
