import { describe, expect, it, vi } from 'vitest';
import { commitmentVersionHash } from '../../../shared/domain/commitment-version-hash.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { sha256 } from '../../shared/ledger/events/digest.ts';
import { addMember } from '../../support/ledger-fixture.ts';
import { consoleFixture } from './console-fixture.ts';
import { proposalEvents } from './console-seed.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const TERMS = {
  government: { signerEn: 'Deputy Minister, Treasury Board Secretariat', signerFr: 'Sous-ministre, Secrétariat du Conseil du Trésor', minDays: '10' },
  csn: { signerEn: 'CSN steering committee', signerFr: 'Comité directeur du Réseau', minDays: '14' },
  decisionEn: 'By consensus of the co-chairs; failing that, each side records its position.',
  decisionFr: 'Par consensus de la coprésidence; à défaut, chaque partie consigne sa position.',
};

const ofType = <T extends StoredEvent['type']>(events: StoredEvent[], type: T) => events.filter((e) => e.type === type) as Extract<StoredEvent, { type: T }>[];

describe('console procedure (R17)', () => {
  it('is proposed by the coordinator, agreed by each side’s signatory with their own token, then recorded as agreed', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const gov = addMember(f.world, { name: 'Gov Signatory', side: 'government', roles: ['gov_signatory'] });
    const csn = addMember(f.world, { name: 'CSN Signatory', org: 'Open North', side: 'csn', roles: ['csn_signatory'] });
    expect(f.call('consoleProposeProcedure', TERMS)).toMatchObject({ ok: true });
    let state = f.call<{ procedure: { state: string; govSteps: Array<{ minReviewDays: number }> }; agreement: object }>('consoleState');
    expect(state.procedure).toMatchObject({ state: 'draft', govSteps: [{ minReviewDays: 10, signerRole: 'gov_signatory' }], decisionMaking: { en: TERMS.decisionEn } });
    expect(state.agreement).toEqual({});

    // The CSN's signatory cannot agree for the government, and an unknown token agrees nothing.
    expect(f.call('consoleAgreeProcedure', { side: 'government', token: csn.token })).toMatchObject({ ok: false, errors: [{ message: { en: expect.stringMatching(/refused|may|role/i), fr: expect.any(String) } }] });
    expect(f.call('consoleAgreeProcedure', { side: 'csn', token: 'f'.repeat(64) })).toEqual({ ok: false, errors: [{ path: 'token', message: { en: 'That member token was not recognised (or it was revoked).', fr: 'Ce jeton de membre n’a pas été reconnu (ou il a été révoqué).' } }] });
    // The coordinator holds no signatory role: agreeing without a token is refused too.
    expect(f.call('consoleAgreeProcedure', { side: 'government', token: '' })).toMatchObject({ ok: false });
    expect(ofType(f.events(me), 'signoff.recorded')).toHaveLength(0);

    expect(f.call('consoleAgreeProcedure', { side: 'government', token: gov.token })).toMatchObject({ ok: true });
    expect(f.call('consoleAgreeProcedure', { side: 'csn', token: csn.token })).toMatchObject({ ok: true });
    const events = f.events(me);
    const signOffs = ofType(events, 'signoff.recorded');
    expect(signOffs.map((e) => [e.actor.name, e.payload.track, e.payload.state, e.payload.subject.kind])).toEqual([
      ['Gov Signatory', 'government', 'approved', 'procedure'],
      ['CSN Signatory', 'csn', 'endorse', 'procedure'],
    ]);
    const procedures = ofType(events, 'procedure.agreed');
    expect(procedures.map((e) => [e.actor.name, e.payload.procedure.state, e.source])).toEqual([
      ['Marc Gagnon', 'draft', 'sheet'],
      ['Marc Gagnon', 'agreed', 'sheet'],
    ]);
    state = f.call<typeof state>('consoleState');
    expect(state.procedure.state).toBe('agreed');
    expect(state.agreement).toMatchObject({ government: { name: 'Gov Signatory' }, csn: { name: 'CSN Signatory' } });

    // Changed terms are a new version: both sides must agree again.
    expect(f.call('consoleProposeProcedure', { ...TERMS, csn: { ...TERMS.csn, minDays: '21' } })).toMatchObject({ ok: true });
    state = f.call<typeof state>('consoleState');
    expect(state.procedure.state).toBe('draft');
    expect(state.agreement).toEqual({});
  });

  it.each([
    ['no signer', { ...TERMS, government: { ...TERMS.government, signerEn: ' ', signerFr: '' } }, 'government.signer', 'Say who signs, in English or in French.'],
    ['zero review days', { ...TERMS, csn: { ...TERMS.csn, minDays: '0' } }, 'csn.minDays', 'Minimum review days must be a whole number from 1 to 365.'],
    ['days that are not a number', { ...TERMS, csn: { ...TERMS.csn, minDays: 'two weeks' } }, 'csn.minDays', 'Minimum review days must be a whole number from 1 to 365.'],
  ])('refuses %s, naming the field in both languages, and stores nothing', async (_case, input, path, en) => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const answer = f.call<{ ok: false; errors: Array<{ path: string; message: { en: string; fr: string } }> }>('consoleProposeProcedure', input);
    expect(answer.ok).toBe(false);
    expect(answer.errors).toContainEqual({ path, message: { en, fr: expect.stringMatching(/\S/) } });
    expect(f.events(me)).toEqual([]);
  });

  it('refuses every record while the console is not linked to a coordinator', async () => {
    const f = await consoleFixture();
    f.call('consoleIssueToken', { name: 'Ann', side: 'csn', roles: ['coordinator'] });
    expect(f.call('consoleProposeProcedure', TERMS)).toMatchObject({ ok: false, errors: [{ message: { en: expect.stringMatching(/does not know which coordinator/) } }] });
    expect(f.logRows()).toHaveLength(1);
  });
});

describe('console work plan', () => {
  const plan = {
    phases: [
      { phase: 'planning', starts: '2026-09-01', ends: '2026-09-30', owner: 'joint' },
      { phase: 'drafting', starts: '2026-11-01', ends: '2027-01-31', owner: 'government', government: { opens: '2027-01-04', closes: '2027-01-15' }, csn: { opens: '2027-01-04', closes: '2027-01-22' } },
      { phase: 'finalizing', starts: '2027-02-01', ends: '2027-03-31', owner: 'joint' },
    ],
    capacity: { government: { people: '3', daysPerMonth: '40' }, csn: { people: '2', daysPerMonth: '12,5' } },
  };

  it('stores phases, windows and capacity as one workplan.updated; the R17 checks show beside it', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    f.call('consoleProposeProcedure', TERMS);
    expect(f.call('consoleSaveWorkplan', plan)).toMatchObject({ ok: true });
    const [saved] = ofType(f.events(me), 'workplan.updated');
    expect(saved!.payload.workplan.phases.map((p) => [p.phase, p.starts, p.ends, p.signOffWindows.map((w) => `${w.track}:${w.subjectKind}:${w.opens}/${w.closes}`)])).toEqual([
      ['planning', '2026-09-01', '2026-09-30', []],
      ['drafting', '2026-11-01', '2027-01-31', ['government:commitment:2027-01-04/2027-01-15', 'csn:commitment:2027-01-04/2027-01-22']],
      ['finalizing', '2027-02-01', '2027-03-31', []],
    ]);
    expect(saved!.payload.workplan.capacity).toEqual({ government: { people: 3, daysPerMonth: 40 }, csn: { people: 2, daysPerMonth: 12.5 } });
    // 11 days for the government meets 10; the CSN's 18 days meet 14. Nothing is flagged on the windows.
    const state = f.call<{ findings: Array<{ rule: string; path: string }> }>('consoleState');
    expect(state.findings.filter((x) => x.rule === 'R17' && x.path.startsWith('workplan'))).toEqual([]);
    // A CSN window shorter than its 14 days is flagged by R17 on the next save.
    f.call('consoleSaveWorkplan', { ...plan, phases: plan.phases.map((p) => (p.phase === 'drafting' ? { ...p, csn: { opens: '2027-01-04', closes: '2027-01-08' } } : p)) });
    const after = f.call<typeof state & { findings: Array<{ message: { en: string } }> }>('consoleState');
    // Drafting started on 1 November and the procedure is still a draft: R17 says so as well.
    expect(after.findings.filter((x) => x.rule === 'R17').map((x) => x.path)).toEqual(['procedure.state', 'workplan.phases[1].signOffWindows[1].closes']);
  });

  it.each([
    ['a phase with a start and no end', { phases: [{ phase: 'drafting', starts: '2026-11-01', ends: '' }] }, 'phases.drafting.ends', 'Drafting potential commitments: give both a start and an end date, or neither.'],
    ['a window with one date', { phases: [{ phase: 'drafting', starts: '2026-11-01', ends: '2027-01-31', csn: { opens: '2027-01-04' } }] }, 'phases.drafting.csn.closes', 'Drafting potential commitments: give both dates of the sign-off window, or neither.'],
    ['an end before the start', { phases: [{ phase: 'finalizing', starts: '2027-03-01', ends: '2027-02-01' }] }, 'phases.finalizing.ends', undefined],
    ['a date that does not exist', { phases: [{ phase: 'planning', starts: '2026-02-30', ends: '2026-03-10' }] }, 'phases.planning.starts', undefined],
    ['no phase at all', { phases: [] }, 'phases', 'Give the dates of at least one phase.'],
    ['capacity that is not a number', { phases: [{ phase: 'planning', starts: '2026-09-01', ends: '2026-09-30' }], capacity: { government: { people: 'three', daysPerMonth: '4' }, csn: { people: '1', daysPerMonth: '1' } } }, 'capacity.government.people', 'Staff capacity must be a number of zero or more.'],
  ])('refuses %s, naming the field, and stores nothing', async (_case, input, path, en) => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const full = { capacity: { government: { people: '1', daysPerMonth: '1' }, csn: { people: '1', daysPerMonth: '1' } }, ...input };
    const answer = f.call<{ ok: false; errors: Array<{ path: string; message: { en: string; fr: string } }> }>('consoleSaveWorkplan', full);
    expect(answer.ok).toBe(false);
    const error = answer.errors.find((e) => e.path === path);
    expect(error, JSON.stringify(answer.errors)).toBeDefined();
    if (en) expect(error!.message.en).toBe(en);
    expect(error!.message.fr).not.toBe(error!.message.en);
    expect(f.events(me)).toEqual([]);
  });
});

describe('console proposals (R9)', () => {
  it('records a disposition with its reasoned response in both languages, and coverage follows', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const attendee = addMember(f.world, { name: 'Webinar attendee', side: 'csn', roles: ['attendee'] });
    expect(f.post({ v: 1, op: 'append', token: attendee.token, events: proposalEvents() })).toMatchObject({ ok: true });
    let state = f.call<{ proposals: Array<{ id: string; channel: string; submittedBy?: string }>; coverage: object }>('consoleState');
    expect(state.proposals.map((p) => [p.id, p.channel, p.submittedBy])).toEqual([
      ['proposal-open-by-default', 'online_idea_board', undefined],
      ['proposal-other-jurisdictions', 'virtual_event', 'Open Data Society of BC'],
      ['proposal-extractives-reporting', 'csn_submission', 'Canadians for Tax Fairness'],
    ]);
    // Only French missing: refused, nothing stored.
    const missing = f.call('consoleDisposeProposal', { proposalId: 'proposal-extractives-reporting', disposition: 'deferred_to_next_plan', responseEn: 'Reporting by provinces is outside federal jurisdiction for this plan.', responseFr: '' });
    expect(missing).toEqual({
      ok: false,
      errors: [{ path: 'response.text.fr', message: { en: 'A proposal that is not fully adopted needs its reasoned response in both English and French (R9, R6).', fr: 'Une proposition qui n’est pas entièrement retenue exige sa réponse motivée en anglais et en français (R9, R6).' } }],
    });
    expect(ofType(f.events(me), 'proposal.disposed')).toHaveLength(0);

    expect(f.call('consoleDisposeProposal', { proposalId: 'proposal-open-by-default', disposition: 'adopted' })).toMatchObject({ ok: true });
    expect(
      f.call('consoleDisposeProposal', {
        proposalId: 'proposal-extractives-reporting',
        disposition: 'deferred_to_next_plan',
        responseEn: 'Reporting by provinces is outside federal jurisdiction for this plan.',
        responseFr: 'La déclaration par les provinces dépasse la compétence fédérale pour ce plan.',
        docUrl: 'https://open.canada.ca/en/content/what-we-heard-report',
      }),
    ).toMatchObject({ ok: true });
    const disposed = ofType(f.events(me), 'proposal.disposed');
    expect(disposed.map((e) => [e.payload.proposalId, e.payload.disposition, e.actor.name])).toEqual([
      ['proposal-open-by-default', 'adopted', 'Marc Gagnon'],
      ['proposal-extractives-reporting', 'deferred_to_next_plan', 'Marc Gagnon'],
    ]);
    // The disposed event carries only its own facts: no copy of the proposal.
    expect(Object.keys(disposed[1]!.payload).sort()).toEqual(['disposition', 'proposalId', 'response']);
    state = f.call<typeof state>('consoleState');
    expect(state.coverage).toEqual({ owing: 1, responded: 1 });

    f.call('consoleDisposeProposal', { proposalId: 'proposal-other-jurisdictions', disposition: 'not_adopted', responseEn: 'Already covered.', responseFr: 'Déjà couvert.' });
    expect((f.call<typeof state>('consoleState')).coverage).toEqual({ owing: 2, responded: 2 });
  });

  it.each([
    ['an unknown proposal', { proposalId: 'nope', disposition: 'adopted' }, 'proposalId'],
    ['an unknown disposition', { proposalId: 'proposal-open-by-default', disposition: 'maybe' }, 'disposition'],
    ['a link that is not a web address', { proposalId: 'proposal-open-by-default', disposition: 'not_adopted', responseEn: 'No.', responseFr: 'Non.', docUrl: 'javascript:alert(1)' }, 'response.docUrl'],
  ])('refuses %s and stores nothing', async (_case, input, path) => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const attendee = addMember(f.world, { name: 'Webinar attendee', side: 'csn', roles: ['attendee'] });
    f.post({ v: 1, op: 'append', token: attendee.token, events: proposalEvents() });
    const answer = f.call<{ ok: false; errors: Array<{ path: string }> }>('consoleDisposeProposal', input);
    expect(answer.ok).toBe(false);
    expect(answer.errors[0]!.path).toBe(path);
    expect(ofType(f.events(me), 'proposal.disposed')).toEqual([]);
  });
});

describe('console dashboard', () => {
  it('shows the chain head and what needs attention this week, in the coordinator’s language', async () => {
    const f = await consoleFixture({ locale: 'fr_CA' });
    const me = f.issueMe();
    const attendee = addMember(f.world, { name: 'Webinar attendee', side: 'csn', roles: ['attendee'] });
    f.post({ v: 1, op: 'append', token: attendee.token, events: proposalEvents() });
    f.call('consoleDisposeProposal', { proposalId: 'proposal-open-by-default', disposition: 'adopted' });
    const state = f.call<{ head: { seq: number; hash: string }; dashboard: Array<{ section: string; labelFr: string; value: string; figure: string }> }>('consoleState');
    const events = f.events(me);
    expect(state.head).toEqual({ seq: events.at(-1)!.seq, hash: events.at(-1)!.hash });
    expect(state.dashboard.find((r) => r.figure === 'head_hash')?.value).toBe(state.head.hash);
    expect(state.dashboard.filter((r) => r.section === 'attention_response_missing')).toEqual([]);
    f.call('consoleDisposeProposal', { proposalId: 'proposal-other-jurisdictions', disposition: 'merged', responseEn: 'Merged.', responseFr: '' });
    // Refused above (no French), so nothing changed; a disposition recorded elsewhere without a response would show:
    const withoutResponse = f.post({ v: 1, op: 'append', token: me, events: [{ v: 1, id: crypto.randomUUID(), type: 'proposal.disposed', at: '2026-11-30T10:00:00.000Z', source: 'sheet', payload: { proposalId: 'proposal-other-jurisdictions', disposition: 'merged', response: { text: { en: 'Merged with the open-by-default proposal.', fr: '' } } } }] });
    expect(withoutResponse).toMatchObject({ ok: true, results: [{ status: 'accepted' }] });
    const after = f.call<typeof state>('consoleState');
    expect(after.dashboard.filter((r) => r.section === 'attention_response_missing').map((r) => r.labelFr)).toEqual([
      'Réponse motivée manquante (Fusionnée avec une autre proposition) : Work with provinces, territories and municipalities so that open government sol…',
    ]);
  });
});

describe('console weekly email', () => {
  it('is off until the owner turns it on; a Monday trigger then mails what needs attention, in their language; off deletes it', async () => {
    const f = await consoleFixture({ locale: 'fr_CA' });
    f.issueMe();
    expect(f.call<{ weeklyEmail: boolean }>('consoleState').weeklyEmail).toBe(false);
    expect(f.world.triggers).toEqual([]);
    expect(f.call('consoleSetWeeklyEmail', true)).toEqual({ ok: true, value: { on: true } });
    expect(f.call('consoleSetWeeklyEmail', true)).toMatchObject({ ok: true }); // twice: still one trigger
    expect(f.world.triggers).toEqual([{ id: '1', handler: 'sendWeeklyDigest', weekDay: 'MONDAY', hour: 8, owner: 'coordinator@example.org' }]);
    expect(f.call<{ weeklyEmail: boolean }>('consoleState').weeklyEmail).toBe(true);

    const attendee = addMember(f.world, { name: 'Webinar attendee', side: 'csn', roles: ['attendee'] });
    f.post({ v: 1, op: 'append', token: attendee.token, events: proposalEvents() });
    f.call('sendWeeklyDigest'); // what Google's clock does on Monday
    expect(f.world.outbox).toHaveLength(1);
    const [mail] = f.world.outbox;
    expect(mail!.to).toBe('coordinator@example.org');
    expect(mail!.subject).toBe('Registre Cocreate : rien à traiter cette semaine');
    expect(mail!.body).toContain('Propositions : 3 reçues; 0 des 0 qui exigent une réponse motivée en ont une.');
    expect(mail!.body).toContain('https://docs.google.com/spreadsheets/d/');

    expect(f.call('consoleSetWeeklyEmail', false)).toEqual({ ok: true, value: { on: false } });
    expect(f.world.triggers).toEqual([]);
  });

  it('cannot be turned on by an editor who is not the owner', async () => {
    const f = await consoleFixture({ session: { activeUserEmail: 'editor@example.org' } });
    expect(f.call('consoleSetWeeklyEmail', true)).toMatchObject({ ok: false });
    expect(f.world.triggers).toEqual([]);
  });
});

describe('console partnership verdict (R20)', () => {
  it('offers the CSN’s criteria with the ledger’s evidence; only a CSN signatory issues the verdict, rationale in both languages', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const csn = addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['csn_signatory'] });
    const state = f.call<{ criteria: Array<{ key: string; suggested: string; evidence: Array<{ url: string }> }> }>('consoleState');
    expect(state.criteria.map((c) => [c.key, c.suggested])).toEqual([
      ['windows', 'conditions_met'],
      ['chairs', 'conditions_met'],
      ['notes', 'conditions_met'],
      ['responses', 'conditions_met'],
    ]);
    expect(state.criteria[0]!.evidence[0]!.url).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\//);
    const input = { assessments: ['conditions_met', 'partially_met', 'conditions_met', 'conditions_met'], verdict: 'partially_met', rationaleEn: 'Chairing did not alternate in the spring.', rationaleFr: 'La présidence n’a pas alterné au printemps.' };
    // The coordinator is not a CSN signatory.
    expect(f.call('consoleIssueVerdict', input)).toMatchObject({ ok: false });
    expect(f.call('consoleIssueVerdict', { ...input, rationaleFr: '', token: csn.token })).toMatchObject({ ok: false, errors: [{ path: 'rationale.fr' }] });
    expect(f.call('consoleIssueVerdict', { ...input, assessments: ['conditions_met'], token: csn.token })).toMatchObject({ ok: false, errors: [{ path: 'assessments[1]' }] });
    expect(ofType(f.events(me), 'verdict.issued')).toEqual([]);
    expect(f.call('consoleIssueVerdict', { ...input, token: csn.token })).toMatchObject({ ok: true });
    const [issued] = ofType(f.events(me), 'verdict.issued');
    expect(issued!.actor.name).toBe('Zoé Roy');
    expect(issued!.payload.verdict.criteria.map((c) => [c.label.en, c.assessment, c.evidence.length])).toEqual([
      ['Sign-off windows honoured', 'conditions_met', 1],
      ['Chairs alternated', 'partially_met', 1],
      ['Meeting notes published', 'conditions_met', 1],
      ['Reasoned responses complete', 'conditions_met', 1],
    ]);
    expect(f.call<{ verdict: { outcome: string } }>('consoleState').verdict.outcome).toBe('partially_met');
  });
});

describe('console stakeholder registry (R21, R22)', () => {
  it('is seeded once with the 26 signatories, edited entry by entry, and matched to commitments by policy area', async () => {
    const { commitment } = await import('../../shared/domain/examples.ts');
    const f = await consoleFixture();
    const me = f.issueMe();
    expect(f.call('consoleSeedSignatories')).toMatchObject({ ok: true });
    expect(f.call('consoleSeedSignatories')).toEqual({ ok: true, value: null });
    const seeded = ofType(f.events(me), 'stakeholder.upserted');
    expect(seeded).toHaveLength(26);
    expect(seeded.map((e) => e.payload.stakeholder.name)).toContain('Open North');

    expect(f.call('consoleSaveStakeholder', { id: 'open-north', sector: 'civil_society', region: 'QC', preferredLanguage: 'fr', recruitmentChannel: 'targeted_outreach', policyAreas: 'Open Data; Digital Governance, open data' })).toMatchObject({ ok: true });
    expect(f.call('consoleSaveStakeholder', { id: 'open-north', region: 'Atlantis' })).toMatchObject({ ok: false, errors: [{ path: 'region' }] });
    // Issued from the console, which makes the token index (cached before the lock) learn it at once.
    const drafter = f.call<{ ok: true; value: { token: string } }>('consoleIssueToken', { name: 'Drafter', side: 'government', roles: ['drafter'] }).value;
    // The writer recomputes the version hash and refuses one that does not match the text.
    const upserted = f.post({ v: 1, op: 'append', token: drafter.token, events: [{ v: 1, id: crypto.randomUUID(), type: 'commitment.upserted', at: '2026-11-30T10:00:00.000Z', source: 'docs', payload: { commitment, versionHash: commitmentVersionHash(commitment, sha256) } }] });
    expect(upserted).toMatchObject({ ok: true, results: [{ status: 'accepted' }] });
    const state = f.call<{ coverageByGroup: { total: number; targeted: number; bySector: Record<string, number>; byRegion: Record<string, number> }; matches: Array<{ code: string; matches: string[] }>; stakeholders: Array<{ id: string; policyAreas: string[] }> }>('consoleState');
    expect(state.stakeholders.find((s) => s.id === 'open-north')!.policyAreas).toEqual(['Open Data', 'Digital Governance', 'open data']);
    expect(state.coverageByGroup).toMatchObject({ total: 26, targeted: 1, bySector: { civil_society: 1, unknown: 25 }, byRegion: { QC: 1, unknown: 25 } });
    expect(state.matches).toEqual([expect.objectContaining({ code: commitment.code, matches: ['Open North'] })]);
  });
});

describe('console meetings (R18, R19)', () => {
  it('schedules forum meetings with the chair side rotation suggests, and offers the schedule as ICS a real parser reads', async () => {
    const ICAL = (await import('ical.js')).default;
    const f = await consoleFixture();
    const me = f.issueMe();
    expect(f.call<{ suggestedChair: string }>('consoleState').suggestedChair).toBe('co_chaired');
    const first = { title: 'Multi-Stakeholder Forum, January', type: 'msf_regular', startsAt: '2027-01-12T15:00:00.000Z', endsAt: '2027-01-12T17:00:00.000Z', venueType: 'neutral', venueName: 'Ottawa Public Library, Main Branch', remoteUrl: 'https://meet.example.org/msf', agenda: 'Work plan; draft commitments', chairSide: 'government' };
    expect(f.call('consoleScheduleMeeting', first)).toMatchObject({ ok: true });
    expect(f.call<{ suggestedChair: string }>('consoleState').suggestedChair).toBe('csn');
    expect(f.call('consoleScheduleMeeting', { ...first, title: 'Multi-Stakeholder Forum, February', startsAt: '2027-02-09T15:00:00.000Z', endsAt: '', chairSide: 'csn' })).toMatchObject({ ok: true });
    const scheduled = ofType(f.events(me), 'meeting.scheduled');
    expect(scheduled.map((e) => [e.payload.meeting.title, e.payload.meeting.chairSide, e.actor.name])).toEqual([
      ['Multi-Stakeholder Forum, January', 'government', 'Marc Gagnon'],
      ['Multi-Stakeholder Forum, February', 'csn', 'Marc Gagnon'],
    ]);
    const answer = f.call<{ ok: true; value: { ics: string } }>('consoleMeetingsIcs');
    const calendar = new ICAL.Component(ICAL.parse(answer.value.ics));
    const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents.map((v) => [v.summary, v.location, v.startDate.toJSDate().toISOString()])).toEqual([
      ['Multi-Stakeholder Forum, January', 'Ottawa Public Library, Main Branch', '2027-01-12T15:00:00.000Z'],
      ['Multi-Stakeholder Forum, February', 'Ottawa Public Library, Main Branch', '2027-02-09T15:00:00.000Z'],
    ]);
  });

  it.each([
    ['no title', { title: '' }, 'title'],
    ['no start', { startsAt: '' }, 'startsAt'],
    ['an end before the start', { endsAt: '2027-01-12T14:00:00.000Z' }, 'endsAt'],
    ['a remote link that is not a web address', { remoteUrl: 'javascript:alert(1)' }, 'remoteUrl'],
  ])('refuses a meeting with %s, naming the field, and stores nothing', async (_case, change, path) => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const base = { title: 'Forum', type: 'msf_regular', startsAt: '2027-01-12T15:00:00.000Z', venueType: 'online_only', chairSide: 'csn' };
    const answer = f.call<{ ok: false; errors: Array<{ path: string; message: { en: string; fr: string } }> }>('consoleScheduleMeeting', { ...base, ...change });
    expect(answer.ok).toBe(false);
    expect(answer.errors[0]!.path).toBe(path);
    expect(answer.errors[0]!.message.fr).not.toBe(answer.errors[0]!.message.en);
    expect(ofType(f.events(me), 'meeting.scheduled')).toEqual([]);
  });
});
