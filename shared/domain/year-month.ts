import * as z from 'zod/mini';

/** A month, `YYYY-MM`: Canada's tracker uses it for indicator due dates and reporting periods. */
export const YearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'domain.error.yearMonth' }));
export type YearMonth = z.infer<typeof YearMonth>;
