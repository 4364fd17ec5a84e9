import type { AnnotationKind } from '../../domain/annotation-kind.ts';
import type { ActionStatus } from '../../domain/action-status.ts';
import type { Commitment } from '../../domain/commitment.ts';
import type { Indicator } from '../../domain/indicator.ts';
import type { IrmAssessment } from '../../domain/irm-assessment.ts';
import type { TrackerStatus } from '../../domain/tracker-status.ts';
import type { IsoDate, IsoDateTime } from '../../domain/iso-time.ts';
import type { ChairSide, Meeting } from '../../domain/meeting.ts';
import type { Milestone } from '../../domain/milestone.ts';
import type { OutreachActivity } from '../../domain/outreach-activity.ts';
import type { ProgressUpdate } from '../../domain/progress-update.ts';
import type { Proposal } from '../../domain/proposal.ts';
import type { Side } from '../../domain/side.ts';
import type { SignOff, SignOffSubjectKind, SignOffTrack } from '../../domain/sign-off.ts';
import type { Stakeholder } from '../../domain/stakeholder.ts';
import type { Finding } from '../../rules/finding.ts';
import type { PlanRecords } from '../../rules/plan-records.ts';
import type { AttentionItem } from './attention-this-week.ts';

/** Who wrote an event, as the views show it. */
export type Author = { memberId: string; name: string; side: Side };

/** The latest snapshot of a commitment with the hash of its signable text. */
export type CommitmentView = {
  commitment: Commitment;
  versionHash: string;
  docId?: string;
  updatedAt: IsoDateTime;
  updatedBy: Author;
};

export type MilestoneView = { commitmentId: string; commitmentCode: string; milestone: Milestone };

/** An indicator with its latest tracker update (by reporting period), if any. */
export type IndicatorView = {
  commitmentId: string;
  milestoneCode: string;
  indicator: Indicator;
  latestUpdate?: ProgressUpdate;
};

/** An annotation as it stands: latest snapshot by its author, deleted ones gone. */
export type AnnotationView = {
  id: string;
  meetingId: string;
  kind: AnnotationKind;
  text: string;
  at: IsoDateTime;
  offsetMs?: number;
  commitmentId?: string;
  captionText?: string;
  owner?: string;
  dueDate?: IsoDate;
  actionStatus?: ActionStatus;
  /** Who spoke; `author` is who wrote the annotation. */
  speaker?: { side?: Side; name?: string };
  language?: 'en' | 'fr';
  translation?: string;
  author: Author;
};

/** Where a decision or action was recorded: a meeting annotation or a document tag. */
export type RecordSource = { kind: 'meeting'; meetingId: string } | { kind: 'document'; docId: string };

export type DecisionKind = 'decision' | 'agreement' | 'disagreement';

export type DecisionView = {
  id: string;
  kind: DecisionKind;
  source: RecordSource;
  text: string;
  commitmentId?: string;
  at: IsoDateTime;
  author: Author;
};

export type ActionView = {
  id: string;
  source: RecordSource;
  text: string;
  owner?: string;
  dueDate?: IsoDate;
  status: ActionStatus;
  /** Open with a due date before today. */
  isOverdue: boolean;
  commitmentId?: string;
  at: IsoDateTime;
  author: Author;
};

/**
 * Where one track stands on one subject: the latest record of that track. When the subject's
 * current version is not the one signed, `isChangedSinceSigned` says so and the track is pending again.
 */
export type SignOffTrackView = {
  subjectKind: SignOffSubjectKind;
  subjectId: string;
  track: SignOffTrack;
  latest: SignOff;
  recordedAt: IsoDateTime;
  recordedBy: Author;
  currentVersionHash?: string;
  isChangedSinceSigned: boolean;
  /** A final state (approved, endorse…, agreed/published) on the current version. */
  isConcluded: boolean;
  /** How many records this track has on this subject, all versions. */
  recordCount: number;
};

/** The latest notes draft a note-taker sent for review (`meeting.notes_drafted`). */
export type NotesDraftView = {
  eventId: string;
  at: IsoDateTime;
  author: Author;
  attribution: 'name' | 'side' | 'none';
  languages: ReadonlyArray<'en' | 'fr'>;
  annotationIds: readonly string[];
};

/** A co-chair's latest approval of a notes draft for their side (`meeting.notes_approved`). */
export type NotesApprovalView = {
  side: 'government' | 'csn';
  draftEventId: string;
  draftHash: string;
  at: IsoDateTime;
  author: Author;
};

/**
 * Where a meeting's notes stand, as the side panel shows them: a `draft` not sent yet, `in_review`
 * once a draft reached the coordinators, `published` once notes are out (in any language).
 */
export type NotesState = 'draft' | 'in_review' | 'published';

export type MeetingView = {
  meeting: Meeting;
  notesState: NotesState;
  notesDraft?: NotesDraftView;
  /** Each side's latest approval of a draft (at most one per side); whether it is of the current draft version is the publisher's check. */
  notesApprovals?: NotesApprovalView[];
  attendanceBySide: Record<Side, number>;
  annotationCount: number;
  /** R18: for a `msf_regular` meeting, the side that should chair after the previous one; undefined when any side may. */
  expectedChairSide?: 'government' | 'csn';
  /** Called off by a coordinator (`meeting.cancelled`): when, by whom and why, in both languages. */
  cancelled?: { at: IsoDateTime; author: Author; reason: { en: string; fr: string } };
};

export type ProposalView = {
  proposal: Proposal;
  /** Not adopted (or only partly): a reasoned response is owed (R9). */
  needsResponse: boolean;
  /** The response exists in both languages. */
  hasResponse: boolean;
};

export type TagView = {
  id: string;
  docId: string;
  kind: string;
  text: string;
  commitmentId?: string;
  at: IsoDateTime;
  author: Author;
};

export type PendingSignOff = {
  subjectKind: SignOffSubjectKind;
  subjectId: string;
  track: SignOffTrack;
  state: string;
  isChangedSinceSigned: boolean;
  windowOpens?: IsoDateTime;
  windowCloses?: IsoDateTime;
  /** Whole days from today to the window's close; negative once it has closed. */
  daysLeft?: number;
};

/**
 * One commitment as the IRM found it, beside the plan's own record and the tracker: the latest
 * finding from each report, and the tracker's latest status of each of its indicators.
 */
export type IrmView = {
  commitmentId: string;
  commitmentCode: string;
  review?: IrmAssessment;
  results?: IrmAssessment;
  /** The latest reporting period any of its indicators was reported for, and the statuses then. */
  tracker: { latestPeriod?: string; statuses: Partial<Record<TrackerStatus, number>>; indicators: number };
};

/** The dashboard's figures. */
export type Dashboard = {
  today: IsoDate;
  head: { seq: number; hash: string };
  eventCount: number;
  commitments: { total: number; included: number; milestones: number; indicators: number };
  meetings: { total: number; held: number; upcoming: number; lastHeldAt?: IsoDateTime; suggestedNextChair?: ChairSide };
  proposals: { total: number; owingResponse: number; responded: number; responseCoverage: number };
  actions: { open: number; overdue: number; done: number };
  decisions: { decisions: number; agreements: number; disagreements: number };
  pendingSignOffs: PendingSignOff[];
  stakeholders: { total: number; bySide: Record<Side, number> };
  outreach: { activities: number; participantsReached: number; targetedActivities: number };
  updates: { total: number; latestPeriod?: string };
  capacity?: { government: { people: number; daysPerMonth: number }; csn: { people: number; daysPerMonth: number } };
  procedureState?: 'draft' | 'agreed';
  verdict?: { outcome: string; issuedAt: IsoDateTime };
  findings: Finding[];
  /** What needs a coordinator this week (windows closing, actions due, missing responses and notes). */
  attention: AttentionItem[];
};

/** Everything the ledger shows, folded from the set of stored events. */
export type LedgerViews = {
  /** The records as the rules read them (checkPlan), each list in a stable order. */
  records: PlanRecords;
  commitments: CommitmentView[];
  milestones: MilestoneView[];
  indicators: IndicatorView[];
  annotations: AnnotationView[];
  tags: TagView[];
  decisions: DecisionView[];
  actions: ActionView[];
  signOffs: SignOffTrackView[];
  meetings: MeetingView[];
  proposals: ProposalView[];
  stakeholders: Stakeholder[];
  outreach: OutreachActivity[];
  updates: ProgressUpdate[];
  /** The IRM's findings per commitment (`irm.assessed`). */
  irm: IrmView[];
  dashboard: Dashboard;
};
