import * as z from 'zod/mini';

/**
 * Where a stakeholder works: a province or territory (ISO 3166-2:CA code), or pan-Canadian, or
 * outside Canada. A closed list so the dashboard can count coverage by region (R22).
 */
export const Region = z.enum([
  'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT',
  'national',
  'international',
]);
export type Region = z.infer<typeof Region>;
