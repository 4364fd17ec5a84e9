import type { Side } from '../../domain/side.ts';
import type { Finding } from '../../rules/finding.ts';
import { compareText } from './event-order.ts';
import type { FoldContext } from './fold-events.ts';
import type { Dashboard, LedgerViews, PendingSignOff } from './ledger-views.ts';
import { suggestNextChair } from '../../rules/index.ts';
import { runPlanRules } from './run-plan-rules.ts';
import { attentionThisWeek } from './attention-this-week.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `today` (a date) to an instant's calendar date, in UTC. */
function daysUntil(today: string, instant: string): number | undefined {
  const from = Date.parse(`${today}T00:00:00Z`);
  const to = Date.parse(`${instant.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(from) && Number.isFinite(to) ? Math.round((to - from) / DAY_MS) : undefined;
}

/** The dashboard's figures from the other views; rule findings come from the rules engine. */
export function buildDashboard(
  views: Omit<LedgerViews, 'dashboard'>,
  extra: { head: { seq: number; hash: string }; eventCount: number; context: FoldContext },
): Dashboard {
  const { today } = extra.context;

  // Pending: the latest version each track worked on is not concluded (or the text changed since).
  const latestPerTrack = new Map<string, LedgerViews['signOffs'][number]>();
  for (const view of views.signOffs) {
    const key = `${view.subjectKind}\u0000${view.subjectId}\u0000${view.track}`;
    const known = latestPerTrack.get(key);
    if (!known || Date.parse(view.recordedAt) > Date.parse(known.recordedAt) || (view.recordedAt === known.recordedAt && view.latest.id > known.latest.id)) {
      latestPerTrack.set(key, view);
    }
  }
  const pendingSignOffs: PendingSignOff[] = [...latestPerTrack.values()]
    .filter((view) => !view.isConcluded)
    .map((view) => {
      const closes = view.latest.windowCloses;
      const daysLeft = closes === undefined ? undefined : daysUntil(today, closes);
      return {
        subjectKind: view.subjectKind,
        subjectId: view.subjectId,
        track: view.track,
        state: view.latest.state,
        isChangedSinceSigned: view.isChangedSinceSigned,
        ...(view.latest.windowOpens === undefined ? {} : { windowOpens: view.latest.windowOpens }),
        ...(closes === undefined ? {} : { windowCloses: closes }),
        ...(daysLeft === undefined ? {} : { daysLeft }),
      };
    })
    .sort(
      (a, b) =>
        compareText(a.windowCloses ?? '\uffff', b.windowCloses ?? '\uffff') ||
        compareText(a.subjectKind, b.subjectKind) ||
        compareText(a.subjectId, b.subjectId) ||
        compareText(a.track, b.track),
    );

  const heldMeetings = views.meetings.filter((view) => view.meeting.heldAt !== undefined);
  const lastHeldAt = heldMeetings.map((view) => view.meeting.heldAt!).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
  const bySide: Record<Side, number> = { government: 0, csn: 0, other: 0 };
  for (const stakeholder of views.stakeholders) bySide[stakeholder.side] += 1;
  const owing = views.proposals.filter((view) => view.needsResponse);
  const responded = owing.filter((view) => view.hasResponse).length;
  const workplan = views.records.workplan;
  const verdict = views.records.verdicts.at(-1);
  const findings: Finding[] = runPlanRules(views.records, extra.context);

  return {
    today,
    head: extra.head,
    eventCount: extra.eventCount,
    commitments: {
      total: views.commitments.length,
      included: views.commitments.filter((view) => view.commitment.inclusionDecision === 'included').length,
      milestones: views.milestones.length,
      indicators: views.indicators.length,
    },
    meetings: {
      total: views.meetings.length,
      held: heldMeetings.length,
      upcoming: views.meetings.filter((view) => view.meeting.heldAt === undefined && view.meeting.startsAt.slice(0, 10) >= today).length,
      ...(lastHeldAt === undefined ? {} : { lastHeldAt }),
      // R18, as the rules compute it: `co_chaired` when no forum meeting has had a single chair yet.
      ...(views.meetings.some((view) => view.meeting.type === 'msf_regular')
        ? { suggestedNextChair: suggestNextChair(views.records.meetings) }
        : {}),
    },
    proposals: {
      total: views.proposals.length,
      owingResponse: owing.length,
      responded,
      // Share of owed responses given in both languages; 1 when nothing is owed (R9 is met).
      responseCoverage: owing.length === 0 ? 1 : responded / owing.length,
    },
    actions: {
      open: views.actions.filter((action) => action.status === 'open').length,
      overdue: views.actions.filter((action) => action.isOverdue).length,
      done: views.actions.filter((action) => action.status === 'done').length,
    },
    decisions: {
      decisions: views.decisions.filter((decision) => decision.kind === 'decision').length,
      agreements: views.decisions.filter((decision) => decision.kind === 'agreement').length,
      disagreements: views.decisions.filter((decision) => decision.kind === 'disagreement').length,
    },
    pendingSignOffs,
    stakeholders: { total: views.stakeholders.length, bySide },
    outreach: {
      activities: views.outreach.length,
      participantsReached: views.outreach.reduce((sum, activity) => sum + activity.participantsReached, 0),
      targetedActivities: views.outreach.filter((activity) => activity.recruitmentChannel === 'targeted_outreach').length,
    },
    updates: { total: views.updates.length, ...(views.updates.length > 0 ? { latestPeriod: views.updates.at(-1)!.reportingPeriod } : {}) },
    ...(workplan ? { capacity: workplan.capacity } : {}),
    ...(views.records.procedure ? { procedureState: views.records.procedure.state } : {}),
    ...(verdict ? { verdict: { outcome: verdict.verdict, issuedAt: verdict.issuedAt } } : {}),
    findings,
    attention: attentionThisWeek(views, today),
  };
}
