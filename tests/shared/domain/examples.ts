import type { IrmAssessment } from '../../../shared/domain/irm-assessment.ts';
import type {
  ActionPlan,
  Annotation,
  Commitment,
  DocumentTag,
  Indicator,
  Meeting,
  Milestone,
  Organisation,
  OutreachActivity,
  PartnershipVerdict,
  Person,
  ProgressUpdate,
  Proposal,
  SignOff,
  SignOffProcedure,
  Stakeholder,
  Workplan,
} from '../../../shared/domain/index.ts';

// Realistic Canadian records, shaped like Canada's 2025-29 plan and its tracker (ogp-domain §2.4).
// Tests copy and break them one field at a time.

export const indicator: Indicator = {
  code: 'C01.1.1',
  text: {
    en: 'Publish a public inventory of federal open data holdings.',
    fr: 'Publier un inventaire public des fonds de données ouvertes fédéraux.',
  },
  dueDate: '2026-03',
  deadline: { en: 'By March 2026', fr: 'D’ici mars 2026' },
  leadDept: ['tbs-sct'],
  supportingDept: ['statcan'],
  s4d: false,
};

export const milestone: Milestone = {
  code: 'C01.1',
  text: { en: 'Expand the open data inventory.', fr: 'Élargir l’inventaire des données ouvertes.' },
  leadDept: ['tbs-sct'],
  expectedOutputs: {
    en: 'Every department has published its inventory on open.canada.ca.',
    fr: 'Chaque ministère a publié son inventaire sur ouvert.canada.ca.',
  },
  startDate: '2025-09-01',
  endDate: '2026-03-31',
  deadline: { en: 'March 2026', fr: 'Mars 2026' },
  indicators: [indicator],
};

export const commitment: Commitment = {
  id: '3f0c9a52-7a1e-4c1b-9d2a-5b6e8f1a2c3d',
  planId: 'CA-NAP6-2025-2029',
  code: 'C01',
  title: { en: 'Open data for results', fr: 'Des données ouvertes axées sur les résultats' },
  issueToBeAddressed: {
    en: 'People cannot easily find which federal data exist.',
    fr: 'La population peine à savoir quelles données fédérales existent.',
  },
  problemStatement: {
    en: 'Inventories are incomplete and out of date.',
    fr: 'Les inventaires sont incomplets et désuets.',
  },
  description: {
    en: 'We will publish complete, current inventories of federal data.',
    fr: 'Nous publierons des inventaires complets et à jour des données fédérales.',
  },
  theoryOfChange: {
    en: 'A complete inventory lets people ask for the data they need.',
    fr: 'Un inventaire complet permet de demander les données dont on a besoin.',
  },
  ogpValues: ['transparency', 'civic_participation'],
  valuesRationale: {
    en: 'It discloses more information and lets the public ask for more.',
    fr: 'Il divulgue plus d’information et permet au public d’en demander davantage.',
  },
  leadInstitutions: ['tbs-sct'],
  supportInstitutions: ['statcan'],
  contact: { name: 'Open Government Team', department: 'tbs-sct', email: 'open-ouvert@tbs-sct.gc.ca' },
  startDate: '2025-09-01',
  endDate: '2029-06-30',
  policyAreas: ['Open Data'],
  summitForDemocracy: false,
  policyOfficials: [{ name: 'A. Tremblay', org: 'Treasury Board of Canada Secretariat' }],
  csoPartners: [{ name: 'Open North', organisationId: 'open-north' }],
  sourceProposals: ['proposal-0042'],
  lifecycleState: 'drafting',
  inclusionDecision: 'pending',
  milestones: [milestone],
};

export const actionPlan: ActionPlan = {
  id: 'CA-NAP6-2025-2029',
  sequenceNo: 6,
  title: {
    en: 'Canada’s 2025-2029 National Action Plan on Open Government',
    fr: 'Plan d’action national pour un gouvernement ouvert 2025-2029 du Canada',
  },
  periodStart: '2025-07-01',
  periodEnd: '2029-06-30',
  status: 'implementing',
  languages: ['en', 'fr'],
  submittedToOgpAt: '2025-06-30',
  previousPlanEnd: '2024-12-31',
  reportingPeriods: ['2025-12', '2026-06', '2026-12'],
  forumRulesPublicUrl: 'https://open.canada.ca/en/multi-stakeholder-forum-open-government',
};

export const progressUpdate: ProgressUpdate = {
  reportingPeriod: '2025-12',
  commitmentCode: 'C01',
  milestoneCode: 'C01.1',
  indicatorCode: 'C01.1.1',
  status: 'LP',
  progress: { en: 'Twelve departments published.', fr: 'Douze ministères ont publié.' },
  challenges: { en: 'Staff turnover.', fr: 'Roulement du personnel.' },
};

export const proposal: Proposal = {
  id: 'proposal-0042',
  channel: 'online_idea_board',
  submittedBy: 'Open North',
  sector: 'civil_society',
  submittedAt: '2024-05-12T15:30:00.000Z',
  theme: 'Open data',
  text: 'Publish every department’s data inventory, including data not yet released.',
  language: 'en',
  disposition: 'partially_adopted',
  reasonedResponse: {
    text: {
      en: 'Inventories are included; releasing all data is not feasible in this plan.',
      fr: 'Les inventaires sont inclus; publier toutes les données n’est pas réalisable dans ce plan.',
    },
    publishedAt: '2025-06-30T12:00:00.000Z',
    docUrl: 'https://open.canada.ca/en/what-we-heard',
  },
  linkedCommitments: ['3f0c9a52-7a1e-4c1b-9d2a-5b6e8f1a2c3d'],
};

export const documentTag: DocumentTag = {
  id: '0b8e2f4c-1d3a-4e5b-8c7d-9a0b1c2d3e4f',
  docId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
  kind: 'action',
  commitmentCode: 'C01',
  quotedText: 'TBS to circulate the revised milestone by Friday.',
  anchor: { type: 'named_range', name: 'cocreate:tag:action:0b8e2f4c-1d3a-4e5b-8c7d-9a0b1c2d3e4f' },
  owner: 'TBS Open Government Team',
  dueDate: '2026-01-16',
  actionStatus: 'open',
};

export const annotation: Annotation = {
  meetingId: 'msf-2026-01-14',
  kind: 'decision',
  text: 'Milestone C01.1 keeps its March 2026 deadline.',
  offsetMs: 1_234_000,
  commitmentId: '3f0c9a52-7a1e-4c1b-9d2a-5b6e8f1a2c3d',
  captionText: '… so we agree to keep March …',
};

export const meeting: Meeting = {
  id: 'msf-2026-01-14',
  planId: 'CA-NAP6-2025-2029',
  title: 'Multi-Stakeholder Forum, January 2026',
  type: 'msf_regular',
  startsAt: '2026-01-14T15:00:00.000Z',
  endsAt: '2026-01-14T17:00:00.000Z',
  venueType: 'neutral',
  venueName: 'Ottawa Public Library, Main Branch',
  remoteUrl: 'https://meet.google.com/abc-defg-hij',
  chairSide: 'csn',
  attendees: [
    { name: 'A. Tremblay', side: 'government', org: 'tbs-sct' },
    { name: 'J. Cohen', side: 'csn', org: 'Open North' },
  ],
  attribution: 'by_side',
  notesStatus: { en: 'drafted', fr: 'none' },
  noticeSentAt: '2026-01-02T14:00:00.000Z',
  agenda: '1. C01 milestones\n2. Next meeting chair',
};

export const signOffProcedure: SignOffProcedure = {
  id: 'procedure-2025',
  planId: 'CA-NAP6-2025-2029',
  state: 'agreed',
  agreedAt: '2024-09-10T16:00:00.000Z',
  govSteps: [
    { label: { en: 'Lead department review', fr: 'Examen par le ministère responsable' }, minReviewDays: 10 },
    { label: { en: 'Ministerial approval', fr: 'Approbation ministérielle' }, signerRole: 'gov_signatory', minReviewDays: 15 },
  ],
  csnSteps: [{ label: { en: 'CSN comment window', fr: 'Période de commentaires du RSC' }, signerRole: 'csn_signatory', minReviewDays: 14 }],
};

export const signOff: SignOff = {
  id: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  subject: { kind: 'commitment', id: '3f0c9a52-7a1e-4c1b-9d2a-5b6e8f1a2c3d' },
  versionHash: 'ab'.repeat(32),
  track: 'csn',
  state: 'endorse_with_reservations',
  windowOpens: '2025-04-01T00:00:00.000Z',
  windowCloses: '2025-04-15T00:00:00.000Z',
  signerRole: 'csn_signatory',
  comment: 'We endorse, and ask for a GBA+ note on milestone C01.1.',
  recordedBy: { memberId: 'member-cohen', side: 'csn' },
};

export const partnershipVerdict: PartnershipVerdict = {
  id: 'verdict-2025',
  planId: 'CA-NAP6-2025-2029',
  criteria: [
    {
      label: { en: 'Sign-off windows honoured', fr: 'Périodes d’approbation respectées' },
      assessment: 'conditions_met',
      evidence: [{ label: 'Sign-off log', url: 'https://docs.google.com/spreadsheets/d/abc' }],
    },
    {
      label: { en: 'Chairing alternated', fr: 'Présidence en alternance' },
      assessment: 'partially_met',
      evidence: [],
    },
  ],
  verdict: 'partially_met',
  rationale: {
    en: 'Most conditions were met; chairing did not alternate in the spring.',
    fr: 'La plupart des conditions ont été remplies; la présidence n’a pas alterné au printemps.',
  },
  issuedAt: '2025-07-15T14:00:00.000Z',
};

export const workplan: Workplan = {
  id: 'workplan-2025',
  planId: 'CA-NAP6-2025-2029',
  phases: [
    { phase: 'planning', starts: '2024-01-08', ends: '2024-02-29', owner: 'joint', signOffWindows: [] },
    {
      phase: 'drafting',
      starts: '2024-09-16',
      ends: '2025-02-28',
      owner: 'joint',
      deliverable: { en: 'Draft commitments', fr: 'Ébauches d’engagements' },
      signOffWindows: [{ subjectKind: 'commitment', track: 'csn', opens: '2025-03-03', closes: '2025-03-17' }],
    },
  ],
  capacity: { government: { people: 3, daysPerMonth: 40 }, csn: { people: 5, daysPerMonth: 12.5 } },
  publishedAt: '2023-12-15T12:00:00.000Z',
};

export const organisation: Organisation = {
  id: 'tbs-sct',
  name: 'Treasury Board of Canada Secretariat',
  acronym: 'TBS',
  side: 'government',
  sector: 'government',
  region: 'national',
  website: 'https://www.canada.ca/en/treasury-board-secretariat.html',
};

export const person: Person = {
  id: 'member-tremblay',
  name: 'A. Tremblay',
  side: 'government',
  organisationId: 'tbs-sct',
  title: 'Policy analyst',
  email: 'a.tremblay@tbs-sct.gc.ca',
};

export const stakeholder: Stakeholder = {
  id: 'open-north',
  kind: 'organisation',
  name: 'Open North',
  side: 'csn',
  sector: 'civil_society',
  region: 'QC',
  preferredLanguage: 'fr',
  recruitmentChannel: 'targeted_outreach',
  csnMember: true,
  msfMember: false,
  policyAreas: ['Open Data', 'Digital Governance'],
};

export const outreachActivity: OutreachActivity = {
  id: 'outreach-2024-03-nunavut',
  planId: 'CA-NAP6-2025-2029',
  phase: 'idea_generation',
  targetGroup: 'Inuit community organisations in Nunavut',
  method: 'online_session',
  recruitmentChannel: 'targeted_outreach',
  date: '2024-03-20',
  language: 'bilingual',
  accessibilityMeasures: 'Inuktitut interpretation; captions; session recorded.',
  participantsReached: 23,
  newOrgsCount: 4,
};

/** The IRM's Action Plan Review findings on commitment C01, as a coordinator copies them (irm.assessed). */
export const irmAssessment: IrmAssessment = {
  id: 'irm-apr-2025-c01',
  planId: 'CA-NAP6-2025-2029',
  commitmentId: commitment.id,
  commitmentCode: 'C01',
  report: 'action_plan_review',
  reportUrl: 'https://www.opengovpartnership.org/documents/canada-action-plan-review-2025-2029/',
  publishedOn: '2026-02-15',
  verifiable: 'verifiable',
  relevant: true,
  values: ['civic_participation'],
  potentialForResults: 'modest',
  promising: false,
};
