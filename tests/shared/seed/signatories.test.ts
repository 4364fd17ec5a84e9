import { describe, expect, it } from 'vitest';
import { Stakeholder, parseValue } from '../../../shared/domain/index.ts';
import { SIGNATORIES } from '../../../shared/seed/signatories.ts';

// Copied letter for letter from the signatories list of seed/letter-of-intent.txt (the handbook).
const LETTER = [
  'BC Freedom of Information and Privacy Association',
  'Canadian Civil Liberties Association',
  'Canadian Internet Policy and Public Interest Clinic (University of Ottawa)',
  'Canadian Journalists for Free Expression',
  'Canadian Legal Information Institute',
  'Canadians for Tax Fairness',
  'Centre for Law and Democracy',
  'Evidence for Democracy',
  'GeoAlliance',
  'HumanIT',
  'International Civil Liberties Monitoring Group',
  "Lawyers' Rights Watch Canada",
  'MTL Data',
  'New Brunswick Social Policy Research Network',
  'Open Calgary',
  'Open Data Institute Toronto',
  'Open Data Ottawa',
  'Open Data Society of BC',
  'Open Democracy Manitoba',
  'Open North',
  'OpenDataWindsorEssex',
  'Our Right to Know',
  'PlaceSpeak',
  'Powered by Data',
  'Right to Know Coalition of Nova Scotia',
  'Urban+Digital',
];

describe('SIGNATORIES', () => {
  it('holds the 26 signatories, names exactly as the letter spells them, in its order', () => {
    expect(SIGNATORIES.map((s) => s.name)).toEqual(LETTER);
  });

  it('gives each a unique id and a unique name', () => {
    expect(new Set(SIGNATORIES.map((s) => s.id)).size).toBe(26);
    expect(new Set(SIGNATORIES.map((s) => s.name)).size).toBe(26);
  });

  it.each(SIGNATORIES.map((s) => [s.id, s] as const))('%s is a valid CSN organisation with nothing invented', (id, signatory) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(parseValue(Stakeholder, signatory)).toEqual({ ok: true, value: signatory });
    expect(signatory).toEqual({ id, kind: 'organisation', name: signatory.name, side: 'csn', csnMember: true, policyAreas: [] });
  });

  it.each([
    ['canadian-civil-liberties-association', 'Canadian Civil Liberties Association'],
    ['lawyers-rights-watch-canada', "Lawyers' Rights Watch Canada"],
    ['opendatawindsoressex', 'OpenDataWindsorEssex'],
    ['urban-digital', 'Urban+Digital'],
  ])('keeps the stable id %s for %s', (id, name) => {
    expect(SIGNATORIES.find((s) => s.id === id)?.name).toBe(name);
  });
});
