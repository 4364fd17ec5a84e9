import { type ConsoleFixture, consoleFixture } from '../../apps-script/console/console-fixture.ts';
import { ATLANTIC_SESSION } from '../../apps-script/console/console-outreach-seed.ts';
import { proposalEvents } from '../../apps-script/console/console-seed.ts';
import { addMember } from '../../support/ledger-fixture.ts';

/** A ledger with something in every tab, for axe and for the guide's screenshots. */
export async function furnishedLedger(locale: string): Promise<ConsoleFixture> {
  const f = await consoleFixture({ locale });
  f.issueMe();
  addMember(f.world, { name: 'Alex Chen', org: 'Treasury Board Secretariat', side: 'government', roles: ['gov_signatory', 'drafter'] });
  const csn = addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['csn_signatory', 'drafter', 'attendee'] });
  const attendee = addMember(f.world, { name: 'Ann Lee', org: 'Open Data Society of BC', side: 'csn', roles: ['attendee'] });
  f.post({ v: 1, op: 'append', token: attendee.token, events: proposalEvents() });
  f.call('consoleProposeProcedure', {
    government: { signerEn: 'Deputy Minister, Treasury Board Secretariat', signerFr: 'Sous-ministre, Secrétariat du Conseil du Trésor', minDays: '10' },
    csn: { signerEn: 'CSN steering committee', signerFr: 'Comité directeur du Réseau', minDays: '14' },
    decisionEn: 'By consensus of the co-chairs; failing that, each side records its position.',
    decisionFr: 'Par consensus de la coprésidence; à défaut, chaque partie consigne sa position.',
  });
  f.call('consoleAgreeProcedure', { side: 'csn', token: csn.token });
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  f.call('consoleSaveWorkplan', {
    phases: [
      { phase: 'planning', starts: day(-60), ends: day(-31), owner: 'joint' },
      { phase: 'drafting', starts: day(-20), ends: day(30), owner: 'government', government: { opens: day(-5), closes: day(5) }, csn: { opens: day(-5), closes: day(12) } },
      { phase: 'finalizing', starts: day(31), ends: day(90), owner: 'joint' },
    ],
    capacity: { government: { people: '3', daysPerMonth: '40' }, csn: { people: '2', daysPerMonth: '12' } },
  });
  f.call('consoleDisposeProposal', { proposalId: 'proposal-open-by-default', disposition: 'adopted' });
  f.call('consoleDisposeProposal', {
    proposalId: 'proposal-other-jurisdictions',
    disposition: 'partially_adopted',
    responseEn: 'Federal data standards are in the plan; provinces and territories join through the Open Government working group.',
    responseFr: 'Les normes fédérales sur les données sont au plan; les provinces et territoires s’y joignent par le groupe de travail sur le gouvernement ouvert.',
  });
  f.call('consoleSeedSignatories');
  f.call('consoleSaveStakeholder', { id: 'open-north', sector: 'civil_society', region: 'QC', preferredLanguage: 'fr', recruitmentChannel: 'msf_nomination', policyAreas: 'Open Data, Digital Governance' });
  f.call('consoleSaveStakeholder', { id: 'open-data-society-of-bc', sector: 'civil_society', region: 'BC', preferredLanguage: 'en', recruitmentChannel: 'targeted_outreach', policyAreas: 'Open Data' });
  f.call('consoleLogOutreach', ATLANTIC_SESSION); // the outreach log and its coverage, beside the registry
  f.call('consoleSetWeeklyEmail', true); // the Dashboard pictured with its weekly email on, to the owner
  f.post({
    v: 1,
    op: 'append',
    token: attendee.token,
    events: [{ v: 1, id: crypto.randomUUID(), type: 'meeting.scheduled', at: `${day(-7)}T15:00:00.000Z`, source: 'extension', payload: { meeting: { id: 'msf-2026-11', title: 'Multi-Stakeholder Forum, November', type: 'msf_regular', startsAt: `${day(-7)}T15:00:00.000Z`, venueType: 'neutral', chairSide: 'csn', attendees: [], attribution: 'by_side', notesStatus: { en: 'drafted', fr: 'none' } } } }],
  });
  return f;
}
