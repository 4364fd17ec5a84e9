import { ChairSide, MeetingType, NotesStatus, VenueType, Attribution } from '../../domain/meeting.ts';
import { CommitmentLifecycleState } from '../../domain/commitment-lifecycle-state.ts';
import { InclusionDecision } from '../../domain/commitment.ts';
import { ProposalChannel, ProposalDisposition } from '../../domain/proposal.ts';
import { Sector } from '../../domain/sector.ts';
import { Region } from '../../domain/region.ts';
import { Side } from '../../domain/side.ts';
import { SignOffSubjectKind, SignOffTrack } from '../../domain/sign-off.ts';
import { TrackerStatus } from '../../domain/tracker-status.ts';
import { IrmCompletion, IrmEarlyResults, IrmPotential, IrmVerifiability } from '../../domain/irm-assessment.ts';
import { cells } from '../cell-codec.ts';
import { defineGrid, type Grid } from '../grid-codec.ts';
import { dashboardRows, type DashboardRow } from './dashboard-rows.ts';
import type { LedgerViews } from './ledger-views.ts';
import { stringListCell } from './string-list-cell.ts';
import type { ViewTab } from './view-tab.ts';

const text = cells.text;
const optionalWord = <const W extends string>(words: readonly W[]) => cells.optional(cells.oneOf(words));

/** One view tab: its sheet title, its columns, and how its rows come from the views. */
export type ViewTabSpec<Row> = { title: string; grid: Grid<Row>; rows: (views: LedgerViews) => Row[] };

export type CommitmentRow = {
  id: string; code: string; titleEn: string; titleFr: string; lifecycleState: CommitmentLifecycleState;
  inclusionDecision: InclusionDecision; leadInstitutions: string[]; policyOfficials: string[]; csoPartners: string[];
  milestones: number; indicators: number; governmentSignOff: string; csnSignOff: string; versionHash: string; docId: string;
  updatedAt: string; updatedBy: string;
};
export type MilestoneRow = {
  commitmentCode: string; code: string; textEn: string; textFr: string; leadDept: string[]; expectedOutputsEn: string;
  expectedOutputsFr: string; startDate: string; endDate: string; deadlineEn: string; deadlineFr: string;
};
export type IndicatorRow = {
  milestoneCode: string; code: string; textEn: string; textFr: string; dueDate: string; deadlineEn: string; deadlineFr: string;
  leadDept: string[]; supportingDept: string[]; s4d: boolean; latestPeriod: string; latestStatus?: TrackerStatus;
};
export type UpdateRow = {
  reportingPeriod: string; commitments: string; milestones: string; indicators: string; status: TrackerStatus;
  progressEn: string; progressFr: string; evidenceEn: string; evidenceFr: string; challengesEn: string; challengesFr: string;
};
export type DecisionRow = {
  id: string; kind: 'decision' | 'agreement' | 'disagreement'; source: 'meeting' | 'document'; sourceId: string; text: string;
  commitmentId: string; at: string; authorName: string; authorSide: Side;
};
export type ActionRow = {
  id: string; source: 'meeting' | 'document'; sourceId: string; text: string; owner: string; dueDate: string;
  status: 'open' | 'done'; overdue: boolean; commitmentId: string; at: string; authorName: string; authorSide: Side;
};
export type SignOffRow = {
  subjectKind: SignOffSubjectKind; subjectId: string; track: SignOffTrack; versionHash: string; state: string;
  windowOpens: string; windowCloses: string; comment: string; recordedAt: string; recordedBy: string; recordedBySide: Side;
  currentVersionHash: string; changedSinceSigned: boolean; concluded: boolean; recordCount: number;
};
export type MeetingRow = {
  id: string; title: string; type: MeetingType; startsAt: string; endsAt: string; venueType: VenueType; venueName: string;
  remoteUrl: string; chairSide: ChairSide; expectedChairSide: string; attribution: Attribution; attendanceGovernment: number;
  attendanceCsn: number; attendanceOther: number; heldAt: string; notesStatusEn: NotesStatus; notesStatusFr: NotesStatus;
  notesPublishedAt: string; notesUrl: string; annotations: number;
  cancelledAt: string; cancellationReasonEn: string; cancellationReasonFr: string;
};
export type ProposalRow = {
  id: string; submittedAt: string; channel: ProposalChannel; submittedBy: string; sector?: Sector; theme: string; text: string;
  disposition: ProposalDisposition; needsResponse: boolean; responseEn: string; responseFr: string; responsePublishedAt: string;
  responseUrl: string; linkedCommitments: string[];
};
export type StakeholderRow = {
  id: string; kind: 'organisation' | 'person'; name: string; side: Side; organisation: string; sector?: Sector; region: string;
  preferredLanguage: string; recruitmentChannel: string; csnMember: string; msfMember: string; msfRole: string; policyAreas: string[];
};
export type OutreachRow = {
  id: string; date: string; phase: string; targetGroup: string; method: string; recruitmentChannel: string; language: string;
  participantsReached: number; newOrgsCount: number; accessibilityMeasures: string;
  /** What the console's outreach log records beyond the first columns (R22's coverage reads the first two). */
  audienceSector?: Sector; audienceRegion?: Region; organisations: string[]; notes: string;
};

export type IrmRow = {
  commitmentCode: string; commitmentId: string; titleEn: string; titleFr: string; verifiable?: IrmVerifiability; relevant?: boolean;
  values: string[]; potentialForResults?: IrmPotential; promising?: boolean; reviewUrl: string; completion?: IrmCompletion;
  didItOpenGovernment?: IrmEarlyResults; resultsUrl: string; trackerPeriod: string; trackerStatuses: string; indicators: number;
};

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'TRUE' : 'FALSE');

/** The state each track last recorded on a commitment's current version, for the Commitments tab. */
function currentTrackState(views: LedgerViews, commitmentId: string, track: SignOffTrack): string {
  const current = views.signOffs.filter(
    (view) => view.subjectKind === 'commitment' && view.subjectId === commitmentId && view.track === track && !view.isChangedSinceSigned,
  );
  return current.at(-1)?.latest.state ?? '';
}

export const VIEW_TAB_SPECS: { [T in ViewTab]: ViewTabSpec<ViewTabRow<T>> } = {
  dashboard: {
    title: 'Dashboard',
    grid: defineGrid<DashboardRow>({
      version: 1,
      columns: [
        { header: 'section', key: 'section', codec: text },
        { header: 'figure', key: 'figure', codec: text },
        { header: 'value', key: 'value', codec: text },
        { header: 'label_en', key: 'labelEn', codec: text },
        { header: 'label_fr', key: 'labelFr', codec: text },
      ],
    }),
    rows: (views) => dashboardRows(views.dashboard),
  },
  commitments: {
    title: 'Commitments',
    grid: defineGrid<CommitmentRow>({
      version: 1,
      columns: [
        { header: 'id', key: 'id', codec: text },
        { header: 'code', key: 'code', codec: text },
        { header: 'title_en', key: 'titleEn', codec: text },
        { header: 'title_fr', key: 'titleFr', codec: text },
        { header: 'lifecycle_state', key: 'lifecycleState', codec: cells.oneOf(CommitmentLifecycleState.options) },
        { header: 'inclusion_decision', key: 'inclusionDecision', codec: cells.oneOf(InclusionDecision.options) },
        { header: 'lead_institutions', key: 'leadInstitutions', codec: stringListCell },
        { header: 'policy_officials', key: 'policyOfficials', codec: stringListCell },
        { header: 'cso_partners', key: 'csoPartners', codec: stringListCell },
        { header: 'milestones', key: 'milestones', codec: cells.integer },
        { header: 'indicators', key: 'indicators', codec: cells.integer },
        { header: 'government_signoff', key: 'governmentSignOff', codec: text },
        { header: 'csn_signoff', key: 'csnSignOff', codec: text },
        { header: 'version_hash', key: 'versionHash', codec: text },
        { header: 'doc_id', key: 'docId', codec: text },
        { header: 'updated_at', key: 'updatedAt', codec: text },
        { header: 'updated_by', key: 'updatedBy', codec: text },
      ],
    }),
    rows: (views) =>
      views.commitments.map(({ commitment, versionHash, docId, updatedAt, updatedBy }) => ({
        id: commitment.id,
        code: commitment.code,
        titleEn: commitment.title.en,
        titleFr: commitment.title.fr,
        lifecycleState: commitment.lifecycleState,
        inclusionDecision: commitment.inclusionDecision,
        leadInstitutions: commitment.leadInstitutions,
        policyOfficials: commitment.policyOfficials.map((person) => person.name),
        csoPartners: commitment.csoPartners.map((organisation) => organisation.name),
        milestones: commitment.milestones.length,
        indicators: commitment.milestones.reduce((sum, milestone) => sum + milestone.indicators.length, 0),
        governmentSignOff: currentTrackState(views, commitment.id, 'government'),
        csnSignOff: currentTrackState(views, commitment.id, 'csn'),
        versionHash,
        docId: docId ?? '',
        updatedAt,
        updatedBy: updatedBy.name,
      })),
  },
  milestones: {
    title: 'Milestones',
    grid: defineGrid<MilestoneRow>({
      version: 1,
      columns: [
        { header: 'commitment_code', key: 'commitmentCode', codec: text },
        { header: 'code', key: 'code', codec: text },
        { header: 'text_en', key: 'textEn', codec: text },
        { header: 'text_fr', key: 'textFr', codec: text },
        { header: 'lead_dept', key: 'leadDept', codec: stringListCell },
        { header: 'expected_outputs_en', key: 'expectedOutputsEn', codec: text },
        { header: 'expected_outputs_fr', key: 'expectedOutputsFr', codec: text },
        { header: 'start_date', key: 'startDate', codec: text },
        { header: 'end_date', key: 'endDate', codec: text },
        { header: 'deadline_en', key: 'deadlineEn', codec: text },
        { header: 'deadline_fr', key: 'deadlineFr', codec: text },
      ],
    }),
    rows: (views) =>
      views.milestones.map(({ commitmentCode, milestone }) => ({
        commitmentCode,
        code: milestone.code,
        textEn: milestone.text.en,
        textFr: milestone.text.fr,
        leadDept: milestone.leadDept,
        expectedOutputsEn: milestone.expectedOutputs.en,
        expectedOutputsFr: milestone.expectedOutputs.fr,
        startDate: milestone.startDate ?? '',
        endDate: milestone.endDate ?? '',
        deadlineEn: milestone.deadline?.en ?? '',
        deadlineFr: milestone.deadline?.fr ?? '',
      })),
  },
  indicators: {
    title: 'Indicators',
    grid: defineGrid<IndicatorRow>({
      version: 1,
      columns: [
        { header: 'milestone_code', key: 'milestoneCode', codec: text },
        { header: 'code', key: 'code', codec: text },
        { header: 'text_en', key: 'textEn', codec: text },
        { header: 'text_fr', key: 'textFr', codec: text },
        { header: 'due_date', key: 'dueDate', codec: text },
        { header: 'deadline_en', key: 'deadlineEn', codec: text },
        { header: 'deadline_fr', key: 'deadlineFr', codec: text },
        { header: 'lead_dept', key: 'leadDept', codec: stringListCell },
        { header: 'supporting_dept', key: 'supportingDept', codec: stringListCell },
        { header: 's4d', key: 's4d', codec: cells.boolean },
        { header: 'latest_period', key: 'latestPeriod', codec: text },
        { header: 'latest_status', key: 'latestStatus', codec: optionalWord(TrackerStatus.options) },
      ],
    }),
    rows: (views) =>
      views.indicators.map(({ milestoneCode, indicator, latestUpdate }) => ({
        milestoneCode,
        code: indicator.code,
        textEn: indicator.text.en,
        textFr: indicator.text.fr,
        dueDate: indicator.dueDate ?? '',
        deadlineEn: indicator.deadline.en,
        deadlineFr: indicator.deadline.fr,
        leadDept: indicator.leadDept,
        supportingDept: indicator.supportingDept ?? [],
        s4d: indicator.s4d ?? false,
        latestPeriod: latestUpdate?.reportingPeriod ?? '',
        ...(latestUpdate ? { latestStatus: latestUpdate.status } : {}),
      })),
  },
  updates: {
    title: 'Updates',
    grid: defineGrid<UpdateRow>({
      version: 1,
      columns: [
        { header: 'reporting_period', key: 'reportingPeriod', codec: text },
        { header: 'commitments', key: 'commitments', codec: text },
        { header: 'milestones', key: 'milestones', codec: text },
        { header: 'indicators', key: 'indicators', codec: text },
        { header: 'status', key: 'status', codec: cells.oneOf(TrackerStatus.options) },
        { header: 'progress_en', key: 'progressEn', codec: text },
        { header: 'progress_fr', key: 'progressFr', codec: text },
        { header: 'evidence_en', key: 'evidenceEn', codec: text },
        { header: 'evidence_fr', key: 'evidenceFr', codec: text },
        { header: 'challenges_en', key: 'challengesEn', codec: text },
        { header: 'challenges_fr', key: 'challengesFr', codec: text },
      ],
    }),
    rows: (views) =>
      views.updates.map((update) => ({
        reportingPeriod: update.reportingPeriod,
        commitments: update.commitmentCode,
        milestones: update.milestoneCode,
        indicators: update.indicatorCode,
        status: update.status,
        progressEn: update.progress.en,
        progressFr: update.progress.fr,
        evidenceEn: update.evidence?.en ?? '',
        evidenceFr: update.evidence?.fr ?? '',
        challengesEn: update.challenges?.en ?? '',
        challengesFr: update.challenges?.fr ?? '',
      })),
  },
  decisions: {
    title: 'Decisions',
    grid: defineGrid<DecisionRow>({
      version: 1,
      columns: [
        { header: 'id', key: 'id', codec: text },
        { header: 'kind', key: 'kind', codec: cells.oneOf(['decision', 'agreement', 'disagreement'] as const) },
        { header: 'source', key: 'source', codec: cells.oneOf(['meeting', 'document'] as const) },
        { header: 'source_id', key: 'sourceId', codec: text },
        { header: 'text', key: 'text', codec: text },
        { header: 'commitment_id', key: 'commitmentId', codec: text },
        { header: 'at', key: 'at', codec: text },
        { header: 'author_name', key: 'authorName', codec: text },
        { header: 'author_side', key: 'authorSide', codec: cells.oneOf(Side.options) },
      ],
    }),
    rows: (views) =>
      views.decisions.map((decision) => ({
        id: decision.id,
        kind: decision.kind,
        source: decision.source.kind,
        sourceId: decision.source.kind === 'meeting' ? decision.source.meetingId : decision.source.docId,
        text: decision.text,
        commitmentId: decision.commitmentId ?? '',
        at: decision.at,
        authorName: decision.author.name,
        authorSide: decision.author.side,
      })),
  },
  actions: {
    title: 'Actions',
    grid: defineGrid<ActionRow>({
      version: 1,
      columns: [
        { header: 'id', key: 'id', codec: text },
        { header: 'source', key: 'source', codec: cells.oneOf(['meeting', 'document'] as const) },
        { header: 'source_id', key: 'sourceId', codec: text },
        { header: 'text', key: 'text', codec: text },
        { header: 'owner', key: 'owner', codec: text },
        { header: 'due_date', key: 'dueDate', codec: text },
        { header: 'status', key: 'status', codec: cells.oneOf(['open', 'done'] as const) },
        { header: 'overdue', key: 'overdue', codec: cells.boolean },
        { header: 'commitment_id', key: 'commitmentId', codec: text },
        { header: 'at', key: 'at', codec: text },
        { header: 'author_name', key: 'authorName', codec: text },
        { header: 'author_side', key: 'authorSide', codec: cells.oneOf(Side.options) },
      ],
    }),
    rows: (views) =>
      views.actions.map((action) => ({
        id: action.id,
        source: action.source.kind,
        sourceId: action.source.kind === 'meeting' ? action.source.meetingId : action.source.docId,
        text: action.text,
        owner: action.owner ?? '',
        dueDate: action.dueDate ?? '',
        status: action.status,
        overdue: action.isOverdue,
        commitmentId: action.commitmentId ?? '',
        at: action.at,
        authorName: action.author.name,
        authorSide: action.author.side,
      })),
  },
  signoffs: {
    title: 'Sign-offs',
    grid: defineGrid<SignOffRow>({
      version: 1,
      columns: [
        { header: 'subject_kind', key: 'subjectKind', codec: cells.oneOf(SignOffSubjectKind.options) },
        { header: 'subject_id', key: 'subjectId', codec: text },
        { header: 'track', key: 'track', codec: cells.oneOf(SignOffTrack.options) },
        { header: 'version_hash', key: 'versionHash', codec: text },
        { header: 'state', key: 'state', codec: text },
        { header: 'window_opens', key: 'windowOpens', codec: text },
        { header: 'window_closes', key: 'windowCloses', codec: text },
        { header: 'comment', key: 'comment', codec: text },
        { header: 'recorded_at', key: 'recordedAt', codec: text },
        { header: 'recorded_by', key: 'recordedBy', codec: text },
        { header: 'recorded_by_side', key: 'recordedBySide', codec: cells.oneOf(Side.options) },
        { header: 'current_version_hash', key: 'currentVersionHash', codec: text },
        { header: 'changed_since_signed', key: 'changedSinceSigned', codec: cells.boolean },
        { header: 'concluded', key: 'concluded', codec: cells.boolean },
        { header: 'record_count', key: 'recordCount', codec: cells.integer },
      ],
    }),
    rows: (views) =>
      views.signOffs.map((view) => ({
        subjectKind: view.subjectKind,
        subjectId: view.subjectId,
        track: view.track,
        versionHash: view.latest.versionHash,
        state: view.latest.state,
        windowOpens: view.latest.windowOpens ?? '',
        windowCloses: view.latest.windowCloses ?? '',
        comment: view.latest.comment ?? '',
        recordedAt: view.recordedAt,
        recordedBy: view.recordedBy.name,
        recordedBySide: view.recordedBy.side,
        currentVersionHash: view.currentVersionHash ?? '',
        changedSinceSigned: view.isChangedSinceSigned,
        concluded: view.isConcluded,
        recordCount: view.recordCount,
      })),
  },
  meetings: {
    title: 'Meetings',
    grid: defineGrid<MeetingRow>({
      version: 1,
      columns: [
        { header: 'id', key: 'id', codec: text },
        { header: 'title', key: 'title', codec: text },
        { header: 'type', key: 'type', codec: cells.oneOf(MeetingType.options) },
        { header: 'starts_at', key: 'startsAt', codec: text },
        { header: 'ends_at', key: 'endsAt', codec: text },
        { header: 'venue_type', key: 'venueType', codec: cells.oneOf(VenueType.options) },
        { header: 'venue_name', key: 'venueName', codec: text },
        { header: 'remote_url', key: 'remoteUrl', codec: text },
        { header: 'chair_side', key: 'chairSide', codec: cells.oneOf(ChairSide.options) },
        { header: 'expected_chair_side', key: 'expectedChairSide', codec: text },
        { header: 'attribution', key: 'attribution', codec: cells.oneOf(Attribution.options) },
        { header: 'attendance_government', key: 'attendanceGovernment', codec: cells.integer },
        { header: 'attendance_csn', key: 'attendanceCsn', codec: cells.integer },
        { header: 'attendance_other', key: 'attendanceOther', codec: cells.integer },
        { header: 'held_at', key: 'heldAt', codec: text },
        { header: 'notes_status_en', key: 'notesStatusEn', codec: cells.oneOf(NotesStatus.options) },
        { header: 'notes_status_fr', key: 'notesStatusFr', codec: cells.oneOf(NotesStatus.options) },
        { header: 'notes_published_at', key: 'notesPublishedAt', codec: text },
        { header: 'notes_url', key: 'notesUrl', codec: text },
        { header: 'annotations', key: 'annotations', codec: cells.integer },
        // `meeting.cancelled`: empty while the meeting stands (appended after the older columns).
        { header: 'cancelled_at', key: 'cancelledAt', codec: text },
        { header: 'cancellation_reason_en', key: 'cancellationReasonEn', codec: text },
        { header: 'cancellation_reason_fr', key: 'cancellationReasonFr', codec: text },
      ],
    }),
    rows: (views) =>
      views.meetings.map(({ meeting, attendanceBySide, annotationCount, expectedChairSide, cancelled }) => ({
        id: meeting.id,
        title: meeting.title,
        type: meeting.type,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt ?? '',
        venueType: meeting.venueType,
        venueName: meeting.venueName ?? '',
        remoteUrl: meeting.remoteUrl ?? '',
        chairSide: meeting.chairSide,
        expectedChairSide: expectedChairSide ?? '',
        attribution: meeting.attribution,
        attendanceGovernment: attendanceBySide.government,
        attendanceCsn: attendanceBySide.csn,
        attendanceOther: attendanceBySide.other,
        heldAt: meeting.heldAt ?? '',
        notesStatusEn: meeting.notesStatus.en,
        notesStatusFr: meeting.notesStatus.fr,
        notesPublishedAt: meeting.notesPublishedAt ?? '',
        notesUrl: meeting.notesUrl ?? '',
        annotations: annotationCount,
        cancelledAt: cancelled?.at ?? '',
        cancellationReasonEn: cancelled?.reason.en ?? '',
        cancellationReasonFr: cancelled?.reason.fr ?? '',
      })),
  },
  proposals: {
    title: 'Proposals',
    grid: defineGrid<ProposalRow>({
      version: 1,
      columns: [
        { header: 'id', key: 'id', codec: text },
        { header: 'submitted_at', key: 'submittedAt', codec: text },
        { header: 'channel', key: 'channel', codec: cells.oneOf(ProposalChannel.options) },
        { header: 'submitted_by', key: 'submittedBy', codec: text },
        { header: 'sector', key: 'sector', codec: optionalWord(Sector.options) },
        { header: 'theme', key: 'theme', codec: text },
        { header: 'text', key: 'text', codec: text },
        { header: 'disposition', key: 'disposition', codec: cells.oneOf(ProposalDisposition.options) },
        { header: 'needs_response', key: 'needsResponse', codec: cells.boolean },
        { header: 'response_en', key: 'responseEn', codec: text },
        { header: 'response_fr', key: 'responseFr', codec: text },
        { header: 'response_published_at', key: 'responsePublishedAt', codec: text },
        { header: 'response_url', key: 'responseUrl', codec: text },
        { header: 'linked_commitments', key: 'linkedCommitments', codec: stringListCell },
      ],
    }),
    rows: (views) =>
      views.proposals.map(({ proposal, needsResponse }) => ({
        id: proposal.id,
        submittedAt: proposal.submittedAt,
        channel: proposal.channel,
        submittedBy: proposal.submittedBy ?? '',
        ...(proposal.sector ? { sector: proposal.sector } : {}),
        theme: proposal.theme ?? '',
        text: proposal.text,
        disposition: proposal.disposition,
        needsResponse,
        responseEn: proposal.reasonedResponse?.text.en ?? '',
        responseFr: proposal.reasonedResponse?.text.fr ?? '',
        responsePublishedAt: proposal.reasonedResponse?.publishedAt ?? '',
        responseUrl: proposal.reasonedResponse?.docUrl ?? '',
        linkedCommitments: proposal.linkedCommitments,
      })),
  },
  stakeholders: {
    title: 'Stakeholders',
    grid: defineGrid<StakeholderRow>({
      version: 1,
      columns: [
        { header: 'id', key: 'id', codec: text },
        { header: 'kind', key: 'kind', codec: cells.oneOf(['organisation', 'person'] as const) },
        { header: 'name', key: 'name', codec: text },
        { header: 'side', key: 'side', codec: cells.oneOf(Side.options) },
        { header: 'organisation', key: 'organisation', codec: text },
        { header: 'sector', key: 'sector', codec: optionalWord(Sector.options) },
        { header: 'region', key: 'region', codec: text },
        { header: 'preferred_language', key: 'preferredLanguage', codec: text },
        { header: 'recruitment_channel', key: 'recruitmentChannel', codec: text },
        { header: 'csn_member', key: 'csnMember', codec: text },
        { header: 'msf_member', key: 'msfMember', codec: text },
        { header: 'msf_role', key: 'msfRole', codec: text },
        { header: 'policy_areas', key: 'policyAreas', codec: stringListCell },
      ],
    }),
    rows: (views) =>
      views.stakeholders.map((stakeholder) => ({
        id: stakeholder.id,
        kind: stakeholder.kind,
        name: stakeholder.name,
        side: stakeholder.side,
        organisation: stakeholder.organisation ?? '',
        ...(stakeholder.sector ? { sector: stakeholder.sector } : {}),
        region: stakeholder.region ?? '',
        preferredLanguage: stakeholder.preferredLanguage ?? '',
        recruitmentChannel: stakeholder.recruitmentChannel ?? '',
        csnMember: yesNo(stakeholder.csnMember),
        msfMember: yesNo(stakeholder.msfMember),
        msfRole: stakeholder.msfRole ?? '',
        policyAreas: stakeholder.policyAreas,
      })),
  },
  outreach: {
    title: 'Outreach',
    grid: defineGrid<OutreachRow>({
      version: 1,
      columns: [
        { header: 'id', key: 'id', codec: text },
        { header: 'date', key: 'date', codec: text },
        { header: 'phase', key: 'phase', codec: text },
        { header: 'target_group', key: 'targetGroup', codec: text },
        { header: 'method', key: 'method', codec: text },
        { header: 'recruitment_channel', key: 'recruitmentChannel', codec: text },
        { header: 'language', key: 'language', codec: text },
        { header: 'participants_reached', key: 'participantsReached', codec: cells.integer },
        { header: 'new_orgs_count', key: 'newOrgsCount', codec: cells.integer },
        { header: 'accessibility_measures', key: 'accessibilityMeasures', codec: text },
        // Added after the first ten (appended, so a reader of the older columns finds them where they were).
        { header: 'audience_sector', key: 'audienceSector', codec: optionalWord(Sector.options) },
        { header: 'audience_region', key: 'audienceRegion', codec: optionalWord(Region.options) },
        { header: 'organisations', key: 'organisations', codec: stringListCell },
        { header: 'notes', key: 'notes', codec: text },
      ],
    }),
    rows: (views) =>
      views.outreach.map((activity) => ({
        id: activity.id,
        date: activity.date,
        phase: activity.phase,
        targetGroup: activity.targetGroup,
        method: activity.method,
        recruitmentChannel: activity.recruitmentChannel,
        language: activity.language,
        participantsReached: activity.participantsReached,
        newOrgsCount: activity.newOrgsCount,
        accessibilityMeasures: activity.accessibilityMeasures,
        ...(activity.audienceSector ? { audienceSector: activity.audienceSector } : {}),
        ...(activity.audienceRegion ? { audienceRegion: activity.audienceRegion } : {}),
        organisations: activity.organisations ?? [],
        notes: activity.notes ?? '',
      })),
  },
  // The IRM's findings beside the plan's own record and the tracker's latest statuses (one row per commitment).
  irm: {
    title: 'IRM',
    grid: defineGrid<IrmRow>({
      version: 1,
      columns: [
        { header: 'commitment_code', key: 'commitmentCode', codec: text },
        { header: 'commitment_id', key: 'commitmentId', codec: text },
        { header: 'title_en', key: 'titleEn', codec: text },
        { header: 'title_fr', key: 'titleFr', codec: text },
        { header: 'verifiable', key: 'verifiable', codec: optionalWord(IrmVerifiability.options) },
        { header: 'relevant', key: 'relevant', codec: cells.optional(cells.boolean) },
        { header: 'values', key: 'values', codec: stringListCell },
        { header: 'potential_for_results', key: 'potentialForResults', codec: optionalWord(IrmPotential.options) },
        { header: 'promising', key: 'promising', codec: cells.optional(cells.boolean) },
        { header: 'review_url', key: 'reviewUrl', codec: text },
        { header: 'completion', key: 'completion', codec: optionalWord(IrmCompletion.options) },
        { header: 'did_it_open_government', key: 'didItOpenGovernment', codec: optionalWord(IrmEarlyResults.options) },
        { header: 'results_url', key: 'resultsUrl', codec: text },
        { header: 'tracker_period', key: 'trackerPeriod', codec: text },
        { header: 'tracker_statuses', key: 'trackerStatuses', codec: text },
        { header: 'indicators', key: 'indicators', codec: cells.integer },
      ],
    }),
    rows: (views) => {
      const titles = new Map(views.commitments.map(({ commitment }) => [commitment.id, commitment.title]));
      return views.irm.map((view) => {
        const { review, results } = view;
        const row: IrmRow = {
          commitmentCode: view.commitmentCode,
          commitmentId: view.commitmentId,
          titleEn: titles.get(view.commitmentId)?.en ?? '',
          titleFr: titles.get(view.commitmentId)?.fr ?? '',
          values: review?.values ?? [],
          reviewUrl: review?.reportUrl ?? '',
          resultsUrl: results?.reportUrl ?? '',
          trackerPeriod: view.tracker.latestPeriod ?? '',
          trackerStatuses: TrackerStatus.options.filter((s) => view.tracker.statuses[s]).map((s) => `${s}:${view.tracker.statuses[s]}`).join(' '),
          indicators: view.tracker.indicators,
        };
        if (review?.verifiable !== undefined) row.verifiable = review.verifiable;
        if (review?.relevant !== undefined) row.relevant = review.relevant;
        if (review?.potentialForResults !== undefined) row.potentialForResults = review.potentialForResults;
        if (review?.promising !== undefined) row.promising = review.promising;
        if (results?.completion !== undefined) row.completion = results.completion;
        if (results?.didItOpenGovernment !== undefined) row.didItOpenGovernment = results.didItOpenGovernment;
        return row;
      });
    },
  },
};

/** The row type of each view tab. */
export type ViewTabRow<T extends ViewTab> = {
  dashboard: DashboardRow;
  commitments: CommitmentRow;
  milestones: MilestoneRow;
  indicators: IndicatorRow;
  updates: UpdateRow;
  decisions: DecisionRow;
  actions: ActionRow;
  signoffs: SignOffRow;
  meetings: MeetingRow;
  proposals: ProposalRow;
  stakeholders: StakeholderRow;
  outreach: OutreachRow;
  irm: IrmRow;
}[T];
