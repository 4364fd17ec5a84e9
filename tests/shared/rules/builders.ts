import type { ActionPlan } from '../../../shared/domain/action-plan.ts';
import type { Commitment } from '../../../shared/domain/commitment.ts';
import type { Indicator } from '../../../shared/domain/indicator.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { Milestone } from '../../../shared/domain/milestone.ts';
import type { OutreachActivity } from '../../../shared/domain/outreach-activity.ts';
import type { PartnershipVerdict } from '../../../shared/domain/partnership-verdict.ts';
import type { ProgressUpdate } from '../../../shared/domain/progress-update.ts';
import type { Proposal } from '../../../shared/domain/proposal.ts';
import type { SignOff } from '../../../shared/domain/sign-off.ts';
import type { SignOffProcedure } from '../../../shared/domain/sign-off-procedure.ts';
import type { MsfRole, Stakeholder } from '../../../shared/domain/stakeholder.ts';
import type { Workplan } from '../../../shared/domain/workplan.ts';
import type { Finding } from '../../../shared/rules/finding.ts';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import type { RuleContext } from '../../../shared/rules/rule-context.ts';

// One coherent plan that breaks no rule: a two-year plan (2026–2027) in implementation, checked on
// 2026-11-27. Each test row copies it with `edit` and changes one thing.

export const TODAY = '2026-11-27';
export const HASH = 'a'.repeat(64);

export function context(overrides: Partial<RuleContext> = {}): RuleContext {
  return { today: TODAY, period: { start: '2026-01-01', end: '2027-12-31' }, ...overrides };
}

/** A deep copy of `value` with `change` applied: rows read as "the valid record, except …". */
export function edit<T>(value: T, change: (draft: T) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

/** What a user would notice: which rule, how serious, where. */
export function located(findings: readonly Finding[]): { rule: string; severity: string; path: string }[] {
  return findings.map(({ rule, severity, path }) => ({ rule, severity, path }));
}

export function indicator(code = 'C01.1.1'): Indicator {
  return {
    code,
    text: {
      en: 'Publish the first annual report on access to information delays.',
      fr: 'Publier le premier rapport annuel sur les délais d’accès à l’information.',
    },
    dueDate: '2027-03',
    deadline: { en: 'By March 2027', fr: 'D’ici mars 2027' },
    leadDept: ['tbs-sct'],
  };
}

export function milestone(code = 'C01.1'): Milestone {
  return {
    code,
    text: {
      en: 'Publish an annual report on how long access to information requests take.',
      fr: 'Publier un rapport annuel sur la durée de traitement des demandes d’accès à l’information.',
    },
    leadDept: ['tbs-sct'],
    expectedOutputs: {
      en: 'The report is tabled in Parliament each June.',
      fr: 'Le rapport est déposé au Parlement chaque juin.',
    },
    startDate: '2026-01-15',
    endDate: '2027-06-30',
    indicators: [indicator(`${code}.1`)],
  };
}

export function commitment(code = 'C01'): Commitment {
  return {
    id: `commitment-${code}`,
    planId: 'CA-NAP7-2026-2027',
    code,
    title: { en: 'Timely access to information', fr: 'Un accès à l’information en temps utile' },
    issueToBeAddressed: {
      en: 'Requesters wait months without knowing why.',
      fr: 'Les demandeurs attendent des mois sans savoir pourquoi.',
    },
    description: {
      en: 'Report delays openly, department by department.',
      fr: 'Rendre compte ouvertement des délais, ministère par ministère.',
    },
    theoryOfChange: {
      en: 'Public reporting shows where delays come from and who must answer for them.',
      fr: 'La reddition de comptes publique montre d’où viennent les délais et qui doit en répondre.',
    },
    ogpValues: ['transparency', 'public_accountability'],
    valuesRationale: {
      en: 'It discloses how requests are handled and makes departments answerable.',
      fr: 'Il révèle comment les demandes sont traitées et rend les ministères responsables.',
    },
    leadInstitutions: ['tbs-sct'],
    supportInstitutions: [],
    startDate: '2026-01-15',
    endDate: '2027-12-31',
    policyAreas: ['Right to Information'],
    policyOfficials: [{ name: 'Alex Martin', org: 'tbs-sct' }],
    csoPartners: [{ name: 'Open North' }],
    sourceProposals: [],
    lifecycleState: 'implementing',
    inclusionDecision: 'included',
    milestones: [milestone(`${code}.1`)],
  };
}

export const COMMITMENT_CODES = ['C01', 'C02', 'C03', 'C04', 'C05'] as const;

export function plan(): ActionPlan {
  return {
    id: 'CA-NAP7-2026-2027',
    sequenceNo: 7,
    title: { en: 'Canada’s 7th National Action Plan', fr: '7e Plan d’action national du Canada' },
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
    status: 'implementing',
    languages: ['en', 'fr'],
    submittedToOgpAt: '2025-12-15',
    previousPlanEnd: '2025-06-30',
    reportingPeriods: ['2026-06', '2026-12', '2027-06', '2027-12'],
    forumRulesPublicUrl: 'https://open.canada.ca/msf/rules',
  };
}

export function meeting(id: string, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id,
    title: `Forum meeting ${id}`,
    type: 'msf_regular',
    startsAt: '2026-03-10T14:00:00Z',
    venueType: 'neutral',
    venueName: 'Ottawa Public Library',
    remoteUrl: 'https://meet.example.org/msf',
    chairSide: 'government',
    attendees: [],
    attribution: 'by_side',
    notesStatus: { en: 'published', fr: 'published' },
    heldAt: '2026-03-10T14:00:00Z',
    notesPublishedAt: '2026-03-24T12:00:00Z',
    ...overrides,
  };
}

/** Forum: March (government chair) and August (CSN chair); implementation tracking: May and October. */
export function meetings(): Meeting[] {
  return [
    meeting('m1'),
    meeting('m2', {
      startsAt: '2026-08-20T14:00:00Z',
      heldAt: '2026-08-20T14:00:00Z',
      notesPublishedAt: '2026-09-03T12:00:00Z',
      chairSide: 'csn',
    }),
    meeting('m3', {
      title: 'Implementation tracking, spring',
      type: 'implementation_tracking',
      startsAt: '2026-05-12T14:00:00Z',
      heldAt: '2026-05-12T14:00:00Z',
      notesPublishedAt: '2026-05-26T12:00:00Z',
    }),
    meeting('m4', {
      title: 'Implementation tracking, fall',
      type: 'implementation_tracking',
      startsAt: '2026-10-14T14:00:00Z',
      heldAt: '2026-10-14T14:00:00Z',
      notesPublishedAt: '2026-10-28T12:00:00Z',
    }),
  ];
}

export function proposals(): Proposal[] {
  return [
    {
      id: 'p1',
      channel: 'online_idea_board',
      submittedAt: '2025-04-02T10:00:00Z',
      text: 'Publish access to information delays by department.',
      disposition: 'adopted',
      linkedCommitments: ['commitment-C01'],
    },
    {
      id: 'p2',
      channel: 'email',
      submittedAt: '2025-04-10T10:00:00Z',
      text: 'Abolish all fees for every government service.',
      disposition: 'out_of_scope',
      reasonedResponse: {
        text: {
          en: 'Service fees are outside the open government plan.',
          fr: 'Les frais de service ne relèvent pas du plan pour un gouvernement ouvert.',
        },
        publishedAt: '2025-09-15T12:00:00Z',
      },
      linkedCommitments: [],
    },
  ];
}

export function update(overrides: Partial<ProgressUpdate> = {}): ProgressUpdate {
  return {
    reportingPeriod: '2026-06',
    commitmentCode: 'C01',
    milestoneCode: 'C01.1',
    indicatorCode: 'C01.1.1',
    status: 'SP',
    progress: { en: 'Data collected from 40 departments.', fr: 'Données recueillies auprès de 40 ministères.' },
    ...overrides,
  };
}

export function procedure(): SignOffProcedure {
  return {
    id: 'procedure-1',
    state: 'agreed',
    agreedAt: '2025-05-15T12:00:00Z',
    govSteps: [
      { label: { en: 'Lead department review', fr: 'Examen par le ministère responsable' }, minReviewDays: 10 },
      { label: { en: 'Treasury Board review', fr: 'Examen par le Conseil du Trésor' }, minReviewDays: 10 },
    ],
    csnSteps: [{ label: { en: 'Network comment period', fr: 'Période de commentaires du réseau' }, minReviewDays: 21 }],
  };
}

export function workplan(): Workplan {
  return {
    id: 'workplan-1',
    phases: [
      { phase: 'planning', starts: '2025-01-06', ends: '2025-02-28', owner: 'joint', signOffWindows: [] },
      { phase: 'idea_generation', starts: '2025-03-15', ends: '2025-05-31', owner: 'joint', signOffWindows: [] },
      { phase: 'drafting', starts: '2025-06-01', ends: '2025-08-31', owner: 'joint', signOffWindows: [] },
      { phase: 'public_review', starts: '2025-09-01', ends: '2025-09-30', owner: 'joint', signOffWindows: [] },
      {
        phase: 'finalizing',
        starts: '2025-10-01',
        ends: '2025-11-30',
        owner: 'joint',
        signOffWindows: [
          { subjectKind: 'commitment', track: 'government', opens: '2025-10-01', closes: '2025-10-31' },
          { subjectKind: 'commitment', track: 'csn', opens: '2025-10-01', closes: '2025-10-22' },
        ],
      },
    ],
    capacity: { government: { people: 3, daysPerMonth: 20 }, csn: { people: 4, daysPerMonth: 12 } },
    publishedAt: '2025-02-01T12:00:00Z',
  };
}

/** Government approval and CSN endorsement of one commitment, each by the right side and role. */
export function signOffsFor(commitmentId: string): SignOff[] {
  return [
    {
      id: `gov-${commitmentId}`,
      subject: { kind: 'commitment', id: commitmentId },
      versionHash: HASH,
      track: 'government',
      state: 'approved',
      signerRole: 'gov_signatory',
      recordedBy: { memberId: 'member-gov', side: 'government' },
    },
    {
      id: `csn-${commitmentId}`,
      subject: { kind: 'commitment', id: commitmentId },
      versionHash: HASH,
      track: 'csn',
      state: 'endorse',
      signerRole: 'csn_signatory',
      recordedBy: { memberId: 'member-csn', side: 'csn' },
    },
  ];
}

export function outreach(): OutreachActivity[] {
  return (['idea_generation', 'drafting', 'public_review', 'finalizing'] as const).map((phase) => ({
    id: `outreach-${phase}`,
    phase,
    targetGroup: 'Francophone community organisations outside Quebec',
    method: 'partner_network',
    recruitmentChannel: 'targeted_outreach',
    date: '2025-04-01',
    language: 'bilingual',
    accessibilityMeasures: 'Sign language interpretation',
    participantsReached: 40,
    newOrgsCount: 3,
  }));
}

function forumMember(n: number, side: 'government' | 'csn', msfRole: MsfRole): Stakeholder {
  return { id: `s${n}`, kind: 'person', name: `Member ${n}`, side, msfMember: true, msfRole, policyAreas: [] };
}

/** Canada's forum: 8 civil society (one co-chair) and 4 government (one co-chair). */
export function stakeholders(): Stakeholder[] {
  return [
    forumMember(1, 'csn', 'cs_co_chair'),
    ...[2, 3, 4, 5, 6, 7, 8].map((n) => forumMember(n, 'csn', 'cs_member')),
    forumMember(9, 'government', 'gov_co_chair'),
    ...[10, 11, 12].map((n) => forumMember(n, 'government', 'gov_member')),
  ];
}

export function verdict(): PartnershipVerdict {
  return {
    id: 'verdict-1',
    planId: 'CA-NAP7-2026-2027',
    criteria: [
      {
        label: { en: 'Sign-off windows honoured', fr: 'Périodes d’approbation respectées' },
        assessment: 'conditions_met',
        evidence: [{ label: 'Sign-off log', url: 'https://example.org/signoffs' }],
      },
    ],
    verdict: 'conditions_met',
    rationale: { en: 'Both sides kept their word.', fr: 'Les deux parties ont tenu parole.' },
    issuedAt: '2025-12-01T12:00:00Z',
    issuedBy: { memberId: 'member-csn', side: 'csn' },
  };
}

export function planRecords(): PlanRecords {
  const commitments = COMMITMENT_CODES.map((code) => commitment(code));
  return {
    plan: plan(),
    commitments,
    meetings: meetings(),
    proposals: proposals(),
    updates: [update()],
    procedure: procedure(),
    signOffs: commitments.flatMap((c) => signOffsFor(c.id)),
    workplan: workplan(),
    stakeholders: stakeholders(),
    outreach: outreach(),
    verdicts: [verdict()],
  };
}

/** An empty plan record set: nothing recorded yet. */
export function emptyRecords(): PlanRecords {
  return {
    commitments: [],
    meetings: [],
    proposals: [],
    updates: [],
    signOffs: [],
    stakeholders: [],
    outreach: [],
    verdicts: [],
  };
}
