import * as z from 'zod/mini';

/**
 * The OGP values a commitment may advance (ogp-domain §3.2). The IRM needs at least one of the first
 * three; inclusion and technology count only in addition (rule R1 checks that, not this schema).
 */
export const OgpValue = z.enum([
  'transparency',
  'civic_participation',
  'public_accountability',
  'technology_innovation',
  'inclusion',
]);
export type OgpValue = z.infer<typeof OgpValue>;

export const CORE_OGP_VALUES: readonly OgpValue[] = ['transparency', 'civic_participation', 'public_accountability'];
