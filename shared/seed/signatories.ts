import type { Stakeholder } from '../domain/stakeholder.ts';

// The 26 organisations that signed the CSN's letter of intent (DESIGN §1, seed/letter-of-intent.txt),
// names exactly as the letter spells them. The letter says nothing else about them, so nothing else is
// filled in: sector, region and language stay unknown until the coordinator records them.
const SIGNED: readonly (readonly [id: string, name: string])[] = [
  ['bc-freedom-of-information-and-privacy-association', 'BC Freedom of Information and Privacy Association'],
  ['canadian-civil-liberties-association', 'Canadian Civil Liberties Association'],
  ['canadian-internet-policy-and-public-interest-clinic-university-of-ottawa', 'Canadian Internet Policy and Public Interest Clinic (University of Ottawa)'],
  ['canadian-journalists-for-free-expression', 'Canadian Journalists for Free Expression'],
  ['canadian-legal-information-institute', 'Canadian Legal Information Institute'],
  ['canadians-for-tax-fairness', 'Canadians for Tax Fairness'],
  ['centre-for-law-and-democracy', 'Centre for Law and Democracy'],
  ['evidence-for-democracy', 'Evidence for Democracy'],
  ['geoalliance', 'GeoAlliance'],
  ['humanit', 'HumanIT'],
  ['international-civil-liberties-monitoring-group', 'International Civil Liberties Monitoring Group'],
  ['lawyers-rights-watch-canada', "Lawyers' Rights Watch Canada"],
  ['mtl-data', 'MTL Data'],
  ['new-brunswick-social-policy-research-network', 'New Brunswick Social Policy Research Network'],
  ['open-calgary', 'Open Calgary'],
  ['open-data-institute-toronto', 'Open Data Institute Toronto'],
  ['open-data-ottawa', 'Open Data Ottawa'],
  ['open-data-society-of-bc', 'Open Data Society of BC'],
  ['open-democracy-manitoba', 'Open Democracy Manitoba'],
  ['open-north', 'Open North'],
  ['opendatawindsoressex', 'OpenDataWindsorEssex'],
  ['our-right-to-know', 'Our Right to Know'],
  ['placespeak', 'PlaceSpeak'],
  ['powered-by-data', 'Powered by Data'],
  ['right-to-know-coalition-of-nova-scotia', 'Right to Know Coalition of Nova Scotia'],
  ['urban-digital', 'Urban+Digital'],
];

/** The stakeholder registry's starting entries: the letter's signatories, on the CSN side. */
export const SIGNATORIES: readonly Stakeholder[] = SIGNED.map(([id, name]) => ({
  id,
  kind: 'organisation',
  name,
  side: 'csn',
  csnMember: true,
  policyAreas: [],
}));
