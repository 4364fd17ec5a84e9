import * as z from 'zod/mini';

/** Which side of the partnership a person or organisation stands on (DESIGN §3). */
export const Side = z.enum(['government', 'csn', 'other']);
export type Side = z.infer<typeof Side>;
