import * as z from 'zod/mini';

export const Language = z.enum(['en', 'fr']);
export type Language = z.infer<typeof Language>;
export const LANGUAGES: readonly Language[] = ['en', 'fr'];
