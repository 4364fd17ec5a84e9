import * as z from 'zod/mini';

/** Which part of society a stakeholder comes from (ogp-domain §3.6); outreach coverage counts by it. */
export const Sector = z.enum([
  'government',
  'civil_society',
  'academia',
  'private_sector',
  'parliament',
  'subnational_government',
  'citizen',
  'indigenous_org',
  'other',
]);
export type Sector = z.infer<typeof Sector>;
