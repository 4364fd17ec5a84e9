import type { ActionPlan } from '../../domain/action-plan.ts';
import type { IrmAssessment } from '../../domain/irm-assessment.ts';
import type { IsoDate } from '../../domain/iso-time.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { PartnershipVerdict } from '../../domain/partnership-verdict.ts';
import type { Proposal } from '../../domain/proposal.ts';
import type { Side } from '../../domain/side.ts';
import type { RuleContext } from '../../rules/rule-context.ts';
import type { StoredEvent, StoredEventOf } from '../event-catalogue.ts';
import { buildDashboard } from './build-dashboard.ts';
import { expectedChairSides } from './chair-rotation.ts';
import { compareCodes, compareEvents, compareText, isLater, keepLatest, msOf } from './event-order.ts';
import type {
  ActionView,
  AnnotationView,
  Author,
  CommitmentView,
  DecisionView,
  IndicatorView,
  IrmView,
  LedgerViews,
  MeetingView,
  MilestoneView,
  NotesApprovalView,
  NotesDraftView,
  ProposalView,
  RecordSource,
  TagView,
} from './ledger-views.ts';
import { buildSignOffViews, type RecordedSignOff } from './sign-off-tracks.ts';
import { isBlank } from '../../rules/is-blank.ts';
import { ownersOf } from '../ledger-state-of.ts';
import { mayChangeRecord, provenCoordinators } from '../record-authority.ts';
import { recordKeyOf } from '../record-key.ts';

export type FoldContext = {
  /** Today in the coordinator's calendar: overdue actions, upcoming meetings, sign-off windows. */
  today: IsoDate;
  /** The action plan, kept by the coordinator outside the event log; the rules use its period. */
  plan?: ActionPlan;
  /** Rule settings beyond the plan (reporting periods, MSF target…), passed on to checkPlan. */
  rules?: Partial<Omit<RuleContext, 'today'>>;
  /**
   * Ids of the members who hold the coordinator role (the Members tab), for the record-authority
   * table's coordinator exceptions. Members the log proves were coordinators count in any case.
   */
  coordinators?: ReadonlySet<string>;
};

type Of<T extends StoredEvent['type']> = StoredEventOf<T>;

const authorOf = (event: StoredEvent): Author => ({ memberId: event.actor.memberId, name: event.actor.name, side: event.actor.side });
const DECISION_KINDS = new Set(['decision', 'agreement', 'disagreement']);

/**
 * One copy per id. Copies of one event are equal, but should two differ (a corrupt double), the one
 * with the smallest hash is kept, so every reader resolves it the same way.
 */
function keepSmallestHash(events: readonly StoredEvent[]): StoredEvent[] {
  const byId = new Map<string, StoredEvent>();
  for (const event of events) {
    const known = byId.get(event.id);
    if (known === undefined || event.hash < known.hash) byId.set(event.id, event);
  }
  return [...byId.values()];
}

/**
 * Folds the set of stored events into every view (DESIGN §3). Snapshots are last-writer-wins by
 * (`at`, `id`); sign-offs, verdicts and note publications accumulate; deletions are tombstones that
 * win whatever their time. Arrival order never decides anything, `seq` decides only who owns a
 * record (below) and names the head, and a second copy of an event changes nothing. One pass into maps, then one pass per view.
 *
 * Record authority (record-authority.ts) is applied as the writer applies it: a record's owner is the
 * actor of its first stored event by `seq`, and an event its writer had no authority to write is left
 * out, so a log written before the writer checked this cannot show a forged state either.
 */
export function foldEvents(events: readonly StoredEvent[], context: FoldContext): LedgerViews {
  const seen = new Map<string, string>();
  let hasConflictingCopies = false;
  const commitments = new Map<string, Of<'commitment.upserted'>>();
  const proposals = new Map<string, Of<'proposal.submitted'>>();
  const disposals = new Map<string, Of<'proposal.disposed'>>();
  const meetings = new Map<string, Of<'meeting.scheduled' | 'meeting.updated'>>();
  const held = new Map<string, Of<'meeting.held'>>();
  const publications = new Map<string, Of<'meeting.notes_published'>[]>();
  const drafts = new Map<string, Of<'meeting.notes_drafted'>>();
  const approvals = new Map<string, Of<'meeting.notes_approved'>[]>();
  const cancellations = new Map<string, Of<'meeting.cancelled'>>();
  const annotationCreations = new Map<string, Of<'annotation.created'>>();
  const annotationVersions: Of<'annotation.created' | 'annotation.updated'>[] = [];
  const annotationDeletes: Of<'annotation.deleted'>[] = [];
  const tags = new Map<string, Of<'tag.created' | 'tag.updated'>>();
  const removedTags = new Set<string>();
  const signOffs: RecordedSignOff[] = [];
  const verdicts = new Map<string, Of<'verdict.issued'>>();
  let procedure: Of<'procedure.agreed'> | undefined;
  let workplan: Of<'workplan.updated'> | undefined;
  const stakeholders = new Map<string, Of<'stakeholder.upserted'>>();
  const outreach = new Map<string, Of<'outreach.logged'>>();
  const updates = new Map<string, Of<'update.reported'>>();
  const plans = new Map<string, Of<'plan.recorded'>>();
  const irmFindings = new Map<string, Of<'irm.assessed'>>();
  let head = { seq: 0, hash: '0'.repeat(64) };
  // Each event's record key is built once: building it twice per event cost the fold a tenth of its time.
  const recordKeys = events.map(recordKeyOf);
  const owners = ownersOf(events, recordKeys);
  const coordinators = new Set([...(context.coordinators ?? []), ...provenCoordinators(events)]);
  const isAuthorised = (event: StoredEvent, index: number) =>
    mayChangeRecord(event, owners.get(recordKeys[index]!), {
      memberId: event.actor.memberId,
      side: event.actor.side,
      isCoordinator: coordinators.has(event.actor.memberId),
    });

  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    const knownHash = seen.get(event.id);
    if (knownHash !== undefined) {
      if (knownHash !== event.hash) hasConflictingCopies = true;
      continue;
    }
    seen.set(event.id, event.hash);
    if (event.seq > head.seq) head = { seq: event.seq, hash: event.hash };
    if (!isAuthorised(event, index)) continue;
    switch (event.type) {
      case 'commitment.upserted':
        keepLatest(commitments, event.payload.commitment.id, event);
        break;
      case 'proposal.submitted':
        keepLatest(proposals, event.payload.proposal.id, event);
        break;
      case 'proposal.disposed':
        keepLatest(disposals, event.payload.proposalId, event);
        break;
      case 'meeting.scheduled':
      case 'meeting.updated':
        keepLatest(meetings, event.payload.meeting.id, event);
        break;
      case 'meeting.held':
        keepLatest(held, event.payload.meetingId, event);
        break;
      case 'meeting.notes_published':
        push(publications, event.payload.meetingId, event);
        break;
      case 'meeting.notes_drafted':
        keepLatest(drafts, event.payload.meetingId, event);
        break;
      case 'meeting.notes_approved':
        push(approvals, event.payload.meetingId, event);
        break;
      case 'meeting.cancelled':
        keepLatest(cancellations, event.payload.meetingId, event);
        break;
      case 'annotation.created': {
        // Only the owner's events are left: their earliest creation gives the annotation's time.
        const known = annotationCreations.get(event.entityId);
        if (known === undefined || compareEvents(event, known) < 0) annotationCreations.set(event.entityId, event);
        annotationVersions.push(event);
        break;
      }
      case 'annotation.updated':
        annotationVersions.push(event);
        break;
      case 'annotation.deleted':
        annotationDeletes.push(event);
        break;
      case 'tag.created':
      case 'tag.updated':
        keepLatest(tags, event.payload.tag.id, event);
        break;
      case 'tag.removed':
        removedTags.add(event.entityId);
        break;
      case 'signoff.recorded':
        signOffs.push({
          signOff: { ...event.payload, recordedBy: { memberId: event.actor.memberId, side: event.actor.side } },
          at: event.at,
          ms: msOf(event.at),
          eventId: event.id,
          author: authorOf(event),
        });
        break;
      case 'verdict.issued':
        keepLatest(verdicts, event.payload.verdict.id, event);
        break;
      case 'procedure.agreed':
        if (isLater(event, procedure)) procedure = event;
        break;
      case 'workplan.updated':
        if (isLater(event, workplan)) workplan = event;
        break;
      case 'stakeholder.upserted':
        keepLatest(stakeholders, event.payload.stakeholder.id, event);
        break;
      case 'outreach.logged':
        keepLatest(outreach, event.payload.activity.id, event);
        break;
      case 'update.reported': {
        const { reportingPeriod, indicatorCode } = event.payload.update;
        keepLatest(updates, `${reportingPeriod}\u0000${indicatorCode}`, event);
        break;
      }
      case 'plan.recorded':
        keepLatest(plans, event.payload.plan.id, event);
        break;
      case 'irm.assessed':
        keepLatest(irmFindings, event.payload.assessment.id, event);
        break;
    }
  }
  // Two different events under one id: start again from one deterministic copy of each.
  if (hasConflictingCopies) return foldEvents(keepSmallestHash(events), context);

  // Commitments, their milestones and indicators.
  const commitmentViews: CommitmentView[] = [...commitments.values()]
    .map((event) => ({
      commitment: event.payload.commitment,
      versionHash: event.payload.versionHash,
      ...(event.payload.docId === undefined ? {} : { docId: event.payload.docId }),
      updatedAt: event.at,
      updatedBy: authorOf(event),
    }))
    .sort((a, b) => compareCodes(a.commitment.code, b.commitment.code) || compareText(a.commitment.id, b.commitment.id));
  const updateList = [...updates.values()]
    .map((event) => event.payload.update)
    .sort((a, b) => compareText(a.reportingPeriod, b.reportingPeriod) || compareCodes(a.indicatorCode, b.indicatorCode));
  const latestUpdate = new Map<string, (typeof updateList)[number]>();
  for (const update of updateList) latestUpdate.set(update.indicatorCode, update);
  const milestoneViews: MilestoneView[] = [];
  const indicatorViews: IndicatorView[] = [];
  for (const { commitment } of commitmentViews) {
    for (const milestone of [...commitment.milestones].sort((a, b) => compareCodes(a.code, b.code))) {
      milestoneViews.push({ commitmentId: commitment.id, commitmentCode: commitment.code, milestone });
      for (const indicator of [...milestone.indicators].sort((a, b) => compareCodes(a.code, b.code))) {
        const update = latestUpdate.get(indicator.code);
        indicatorViews.push({ commitmentId: commitment.id, milestoneCode: milestone.code, indicator, ...(update ? { latestUpdate: update } : {}) });
      }
    }
  }

  // Annotations: the creator is the author of the earliest `annotation.created`; only their events count.
  const latestVersions = new Map<string, Of<'annotation.created' | 'annotation.updated'>>(annotationCreations);
  for (const version of annotationVersions) {
    const creation = annotationCreations.get(version.entityId);
    if (creation !== undefined && version.actor.memberId === creation.actor.memberId) keepLatest(latestVersions, version.entityId, version);
  }
  const deleted = new Set<string>();
  for (const deletion of annotationDeletes) {
    if (annotationCreations.get(deletion.entityId)?.actor.memberId === deletion.actor.memberId) deleted.add(deletion.entityId);
  }
  const annotationViews: AnnotationView[] = [];
  for (const [id, latest] of latestVersions) {
    if (deleted.has(id)) continue;
    const creation = annotationCreations.get(id)!;
    const payload = latest.payload;
    // Optional fields are set one by one rather than spread: this runs once per annotation.
    const view: AnnotationView = { id, meetingId: payload.meetingId, kind: payload.kind, text: payload.text, at: creation.at, author: authorOf(creation) };
    if (payload.offsetMs !== undefined) view.offsetMs = payload.offsetMs;
    if (payload.commitmentId !== undefined) view.commitmentId = payload.commitmentId;
    if (payload.captionText !== undefined) view.captionText = payload.captionText;
    if (payload.owner !== undefined) view.owner = payload.owner;
    if (payload.dueDate !== undefined) view.dueDate = payload.dueDate;
    if (payload.actionStatus !== undefined) view.actionStatus = payload.actionStatus;
    if (payload.speaker !== undefined) view.speaker = payload.speaker;
    if (payload.language !== undefined) view.language = payload.language;
    if (payload.translation !== undefined) view.translation = payload.translation;
    annotationViews.push(view);
  }
  annotationViews.sort(
    (a, b) =>
      compareText(a.meetingId, b.meetingId) ||
      (a.offsetMs ?? Number.MAX_SAFE_INTEGER) - (b.offsetMs ?? Number.MAX_SAFE_INTEGER) ||
      compareText(a.at, b.at) ||
      compareText(a.id, b.id),
  );

  const tagViews: TagView[] = [];
  const tagRecords: Array<{ view: TagView; owner?: string; dueDate?: string; actionStatus?: 'open' | 'done' }> = [];
  for (const [id, event] of tags) {
    if (removedTags.has(id)) continue;
    const tag = event.payload.tag;
    const view: TagView = {
      id,
      docId: tag.docId,
      kind: tag.kind,
      text: isBlank(tag.quotedText) ? (tag.note ?? '') : tag.quotedText,
      ...(tag.commitmentId === undefined ? {} : { commitmentId: tag.commitmentId }),
      at: event.at,
      author: authorOf(event),
    };
    tagViews.push(view);
    tagRecords.push({ view, owner: tag.owner, dueDate: tag.dueDate, actionStatus: tag.actionStatus });
  }
  tagViews.sort((a, b) => compareText(a.docId, b.docId) || compareText(a.at, b.at) || compareText(a.id, b.id));

  // Decisions and actions, from meetings and documents alike.
  const decisions: DecisionView[] = [];
  const actions: ActionView[] = [];
  const addRecord = (
    id: string,
    kind: string,
    source: RecordSource,
    base: { text: string; commitmentId?: string; at: string; author: Author; owner?: string; dueDate?: string; actionStatus?: 'open' | 'done' },
  ) => {
    const commitment = base.commitmentId === undefined ? {} : { commitmentId: base.commitmentId };
    if (DECISION_KINDS.has(kind)) {
      decisions.push({ id, kind: kind as DecisionView['kind'], source, text: base.text, ...commitment, at: base.at, author: base.author });
    } else if (kind === 'action') {
      const status = base.actionStatus ?? 'open';
      actions.push({
        id,
        source,
        text: base.text,
        ...(base.owner === undefined ? {} : { owner: base.owner }),
        ...(base.dueDate === undefined ? {} : { dueDate: base.dueDate }),
        status,
        isOverdue: status === 'open' && base.dueDate !== undefined && base.dueDate < context.today,
        ...commitment,
        at: base.at,
        author: base.author,
      });
    }
  };
  for (const annotation of annotationViews) addRecord(annotation.id, annotation.kind, { kind: 'meeting', meetingId: annotation.meetingId }, annotation);
  for (const { view, ...rest } of tagRecords) addRecord(view.id, view.kind, { kind: 'document', docId: view.docId }, { ...view, ...definedOnly(rest) });
  const byTime = (a: { at: string; id: string }, b: { at: string; id: string }) => compareText(a.at, b.at) || compareText(a.id, b.id);
  decisions.sort(byTime);
  actions.sort(byTime);

  // Meetings: snapshot, then what `held` (attendance, time) and `notes_published` add, whatever their
  // times relative to the snapshot; then the chair rotation.
  const annotationCounts = new Map<string, number>();
  for (const annotation of annotationViews) annotationCounts.set(annotation.meetingId, (annotationCounts.get(annotation.meetingId) ?? 0) + 1);
  const meetingRecords: Meeting[] = [...meetings.values()]
    .map((event) => {
      const id = event.payload.meeting.id;
      return withHeldAndNotes(snapshotOf(event.payload.meeting), held.get(id), drafts.get(id), publications.get(id));
    })
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || compareText(a.id, b.id));
  const expectedChairs = expectedChairSides(meetingRecords);
  const meetingViews: MeetingView[] = meetingRecords.map((meeting) => {
    const attendanceBySide: Record<Side, number> = { government: 0, csn: 0, other: 0 };
    for (const attendee of meeting.attendees) attendanceBySide[attendee.side] += 1;
    const expectedChairSide = expectedChairs.get(meeting.id);
    const draft = drafts.get(meeting.id);
    const notesDraft: NotesDraftView | undefined = draft && {
      eventId: draft.id,
      at: draft.at,
      author: authorOf(draft),
      attribution: draft.payload.attribution,
      languages: draft.payload.languages,
      annotationIds: draft.payload.annotationIds,
    };
    const isPublished = meeting.notesStatus.en === 'published' || meeting.notesStatus.fr === 'published';
    const notesApprovals = latestApprovalPerSide(approvals.get(meeting.id));
    const cancellation = cancellations.get(meeting.id);
    return {
      meeting,
      notesState: isPublished ? 'published' : draft ? 'in_review' : 'draft',
      ...(notesDraft ? { notesDraft } : {}),
      ...(notesApprovals.length > 0 ? { notesApprovals } : {}),
      attendanceBySide,
      annotationCount: annotationCounts.get(meeting.id) ?? 0,
      ...(expectedChairSide === undefined ? {} : { expectedChairSide }),
      ...(cancellation ? { cancelled: { at: cancellation.at, author: authorOf(cancellation), reason: cancellation.payload.reason } } : {}),
    };
  });

  // Proposals: only `proposal.disposed` (coordinators) gives a disposition; a submission is `pending`
  // (the payload schema drops any disposition an old log holds), so no proposer can answer themselves.
  const proposalRecords: Proposal[] = [...proposals.values()]
    .map((event): Proposal => {
      const disposal = disposals.get(event.payload.proposal.id)?.payload;
      if (!disposal) return { ...event.payload.proposal, disposition: 'pending' };
      return { ...event.payload.proposal, disposition: disposal.disposition, ...(disposal.response ? { reasonedResponse: disposal.response } : {}) };
    })
    .sort((a, b) => compareText(a.submittedAt, b.submittedAt) || compareText(a.id, b.id));
  const proposalViews: ProposalView[] = proposalRecords.map((proposal) => ({
    proposal,
    needsResponse: proposal.disposition !== 'pending' && proposal.disposition !== 'adopted',
    hasResponse: !isBlank(proposal.reasonedResponse?.text.en) && !isBlank(proposal.reasonedResponse?.text.fr),
  }));

  const commitmentVersions = new Map(commitmentViews.map((view) => [view.commitment.id, view.versionHash]));
  signOffs.sort((a, b) => a.ms - b.ms || compareText(a.eventId, b.eventId));
  const signOffViews = buildSignOffViews(signOffs, commitmentVersions);

  const verdictRecords: PartnershipVerdict[] = [...verdicts.values()]
    .sort(compareEvents)
    .map((event) => ({ ...event.payload.verdict, issuedBy: { memberId: event.actor.memberId, side: event.actor.side } }));
  const stakeholderRecords = [...stakeholders.values()]
    .map((event) => event.payload.stakeholder)
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const outreachRecords = [...outreach.values()]
    .map((event) => event.payload.activity)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));

  // The plan: one given by the caller wins; otherwise the latest recorded in the log (several plans: the latest by time).
  const recordedPlan = [...plans.values()].sort(compareEvents).at(-1)?.payload.plan;
  const plan = context.plan ?? recordedPlan;
  const irmViews = buildIrmViews(commitmentViews, [...irmFindings.values()].sort(compareEvents).map((event) => event.payload.assessment), indicatorViews);

  const records: LedgerViews['records'] = {
    ...(plan ? { plan } : {}),
    commitments: commitmentViews.map((view) => view.commitment),
    meetings: meetingRecords,
    proposals: proposalRecords,
    updates: updateList,
    ...(procedure ? { procedure: procedure.payload.procedure } : {}),
    signOffs: signOffs.map((record) => record.signOff),
    ...(workplan ? { workplan: workplan.payload.workplan } : {}),
    stakeholders: stakeholderRecords,
    outreach: outreachRecords,
    verdicts: verdictRecords,
  };

  const views: Omit<LedgerViews, 'dashboard'> = {
    records,
    commitments: commitmentViews,
    milestones: milestoneViews,
    indicators: indicatorViews,
    annotations: annotationViews,
    tags: tagViews,
    decisions,
    actions,
    signOffs: signOffViews,
    meetings: meetingViews,
    proposals: proposalViews,
    stakeholders: stakeholderRecords,
    outreach: outreachRecords,
    updates: updateList,
    irm: irmViews,
  };
  return { ...views, dashboard: buildDashboard(views, { head, eventCount: seen.size, context: plan ? { ...context, plan } : context }) };
}

/**
 * Each co-chair's latest approval (government, then CSN): a later approval by the same side replaces
 * an earlier one. Approvals by a member of neither side count for nobody.
 */
function latestApprovalPerSide(events: readonly Of<'meeting.notes_approved'>[] | undefined): NotesApprovalView[] {
  const latest = new Map<Side, Of<'meeting.notes_approved'>>();
  for (const event of events ?? []) {
    if (event.actor.side === 'other') continue;
    const known = latest.get(event.actor.side);
    if (known === undefined || compareEvents(event, known) > 0) latest.set(event.actor.side, event);
  }
  return (['government', 'csn'] as const).flatMap((side) => {
    const event = latest.get(side);
    return event ? [{ side, draftEventId: event.payload.draftEventId, draftHash: event.payload.draftHash, at: event.at, author: authorOf(event) }] : [];
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * A snapshot as the views may show it: a notes status of `published` in a snapshot (possible in a log
 * written before snapshots were checked) reads as `reviewed`, since only `meeting.notes_published`
 * publishes notes (R12). The link, held time and publication time are not part of a snapshot at all.
 */
function snapshotOf(meeting: Meeting): Meeting {
  const { en, fr } = meeting.notesStatus;
  if (en !== 'published' && fr !== 'published') return meeting;
  return { ...meeting, notesStatus: { en: en === 'published' ? 'reviewed' : en, fr: fr === 'published' ? 'reviewed' : fr } };
}

/**
 * Applies `meeting.held` (held time, attendance), the latest notes draft (its languages become
 * `drafted` where nothing further is known) and note publications onto a meeting snapshot.
 */
function withHeldAndNotes(
  snapshot: Meeting,
  heldEvent: Of<'meeting.held'> | undefined,
  draft: Of<'meeting.notes_drafted'> | undefined,
  published: readonly Of<'meeting.notes_published'>[] | undefined,
): Meeting {
  let meeting: Meeting = snapshot;
  if (heldEvent) {
    const { startedAt, attendees } = heldEvent.payload;
    meeting = { ...meeting, heldAt: startedAt, ...(attendees ? { attendees } : {}) };
  }
  if (draft) {
    const status = { ...meeting.notesStatus };
    for (const language of draft.payload.languages) if (status[language] === 'none') status[language] = 'drafted';
    meeting = { ...meeting, notesStatus: status };
  }
  if (published && published.length > 0) {
    const sorted = [...published].sort(compareEvents);
    const first: { en?: string; fr?: string } = {};
    let url: string | undefined;
    for (const event of sorted) {
      const { language } = event.payload;
      if ((language === 'en' || language === 'bilingual') && first.en === undefined) first.en = event.at;
      if ((language === 'fr' || language === 'bilingual') && first.fr === undefined) first.fr = event.at;
      if (event.payload.url !== undefined) url = event.payload.url;
    }
    // Published in both languages from the later of the two; until then, from the first one.
    const times = [first.en, first.fr].filter((at): at is string => at !== undefined);
    const publishedAt = first.en !== undefined && first.fr !== undefined ? maxIso(first.en, first.fr) : times[0]!;
    meeting = {
      ...meeting,
      notesStatus: {
        en: first.en === undefined ? meeting.notesStatus.en : 'published',
        fr: first.fr === undefined ? meeting.notesStatus.fr : 'published',
      },
      notesPublishedAt: publishedAt,
      ...(url === undefined ? {} : { notesUrl: url }),
    };
  }
  return meeting;
}

function maxIso(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * Per commitment: the latest finding of each IRM report (findings arrive in time order) and the
 * tracker's latest statuses of its indicators. A finding on a commitment the ledger does not hold is
 * still shown, under its code: the IRM's report is public whatever the ledger knows.
 */
function buildIrmViews(commitments: readonly { commitment: { id: string; code: string } }[], findings: readonly IrmAssessment[], indicators: readonly IndicatorView[]): IrmView[] {
  const byCommitment = new Map<string, IrmView>();
  const viewOf = (id: string, code: string): IrmView => {
    let view = byCommitment.get(id);
    if (view === undefined) {
      view = { commitmentId: id, commitmentCode: code, tracker: { statuses: {}, indicators: 0 } };
      byCommitment.set(id, view);
    }
    return view;
  };
  for (const { commitment } of commitments) viewOf(commitment.id, commitment.code);
  for (const finding of findings) {
    const view = viewOf(finding.commitmentId, finding.commitmentCode);
    if (finding.report === 'action_plan_review') view.review = finding;
    else view.results = finding;
  }
  for (const indicator of indicators) {
    const view = byCommitment.get(indicator.commitmentId);
    if (view === undefined) continue;
    view.tracker.indicators += 1;
    const update = indicator.latestUpdate;
    if (update === undefined) continue;
    view.tracker.statuses[update.status] = (view.tracker.statuses[update.status] ?? 0) + 1;
    if (view.tracker.latestPeriod === undefined || update.reportingPeriod > view.tracker.latestPeriod) view.tracker.latestPeriod = update.reportingPeriod;
  }
  return [...byCommitment.values()].sort((a, b) => compareCodes(a.commitmentCode, b.commitmentCode) || compareText(a.commitmentId, b.commitmentId));
}
