import * as z from 'zod/mini';

/** How a participant came to the process; R22 compares targeted outreach with self-selection. */
export const RecruitmentChannel = z.enum(['self_selected', 'targeted_outreach', 'msf_nomination', 'open_application']);
export type RecruitmentChannel = z.infer<typeof RecruitmentChannel>;
