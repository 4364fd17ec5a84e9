import type { Side } from '../../domain/side.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import type { Language } from '../../i18n/language.ts';
import { translate, type MessageParams } from '../../i18n/translate.ts';
import type { Dashboard, PendingSignOff } from './ledger-views.ts';
import { attentionLabel } from './attention-label.ts';

/** One line of the Dashboard tab: a figure, its value, and what it means in both languages. */
export type DashboardRow = { section: string; figure: string; value: string; labelEn: string; labelFr: string };

/** Parameters may themselves need translating (a side, a state), so they are made per language. */
type Params = MessageParams | ((language: Language) => MessageParams);

function row(section: string, figure: string, value: string | number | undefined, key: MessageKey, params?: Params): DashboardRow {
  const paramsIn = (language: Language) => (typeof params === 'function' ? params(language) : params);
  return {
    section,
    figure,
    value: value === undefined ? '' : String(value),
    labelEn: translate(key, 'en', paramsIn('en')),
    labelFr: translate(key, 'fr', paramsIn('fr')),
  };
}

const sideParam = (side: Side) => (language: Language) => ({ side: translate(`common.side.${side}`, language) });

function stateLabel(pending: PendingSignOff, language: Language): string {
  switch (pending.track) {
    case 'government':
      return translate(`domain.governmentSignOffState.${pending.state as 'in_review'}`, language);
    case 'csn':
      return translate(`domain.csnSignOffState.${pending.state as 'circulated'}`, language);
    case 'msf':
      return translate(`domain.msfSignOffState.${pending.state as 'draft'}`, language);
  }
}

/** The dashboard as rows, figures first, then pending sign-offs, then rule findings. */
export function dashboardRows(dashboard: Dashboard): DashboardRow[] {
  const d = dashboard;
  const rows: DashboardRow[] = [
    row('ledger', 'today', d.today, 'views.dashboard.today'),
    row('ledger', 'head_seq', d.head.seq, 'views.dashboard.headSeq'),
    row('ledger', 'head_hash', d.head.hash, 'views.dashboard.headHash'),
    row('ledger', 'event_count', d.eventCount, 'views.dashboard.eventCount'),
    row('commitments', 'total', d.commitments.total, 'views.dashboard.commitments'),
    row('commitments', 'included', d.commitments.included, 'views.dashboard.included'),
    row('commitments', 'milestones', d.commitments.milestones, 'views.dashboard.milestones'),
    row('commitments', 'indicators', d.commitments.indicators, 'views.dashboard.indicators'),
    row('meetings', 'total', d.meetings.total, 'views.dashboard.meetings'),
    row('meetings', 'held', d.meetings.held, 'views.dashboard.meetingsHeld'),
    row('meetings', 'upcoming', d.meetings.upcoming, 'views.dashboard.meetingsUpcoming'),
    row('meetings', 'last_held_at', d.meetings.lastHeldAt, 'views.dashboard.lastHeldAt'),
    row('meetings', 'suggested_next_chair', d.meetings.suggestedNextChair, 'views.dashboard.suggestedNextChair'),
    row('proposals', 'total', d.proposals.total, 'views.dashboard.proposals'),
    row('proposals', 'owing_response', d.proposals.owingResponse, 'views.dashboard.owingResponse'),
    row('proposals', 'responded', d.proposals.responded, 'views.dashboard.responded'),
    row('proposals', 'response_coverage_percent', Math.floor(d.proposals.responseCoverage * 100), 'views.dashboard.responseCoverage'),
    row('actions', 'open', d.actions.open, 'views.dashboard.actionsOpen'),
    row('actions', 'overdue', d.actions.overdue, 'views.dashboard.actionsOverdue'),
    row('actions', 'done', d.actions.done, 'views.dashboard.actionsDone'),
    row('decisions', 'decisions', d.decisions.decisions, 'views.dashboard.decisions'),
    row('decisions', 'agreements', d.decisions.agreements, 'views.dashboard.agreements'),
    row('decisions', 'disagreements', d.decisions.disagreements, 'views.dashboard.disagreements'),
    row('stakeholders', 'total', d.stakeholders.total, 'views.dashboard.stakeholders'),
    row('stakeholders', 'government', d.stakeholders.bySide.government, 'views.dashboard.stakeholdersSide', sideParam('government')),
    row('stakeholders', 'csn', d.stakeholders.bySide.csn, 'views.dashboard.stakeholdersSide', sideParam('csn')),
    row('stakeholders', 'other', d.stakeholders.bySide.other, 'views.dashboard.stakeholdersSide', sideParam('other')),
    row('outreach', 'activities', d.outreach.activities, 'views.dashboard.outreach'),
    row('outreach', 'participants_reached', d.outreach.participantsReached, 'views.dashboard.participantsReached'),
    row('outreach', 'targeted_activities', d.outreach.targetedActivities, 'views.dashboard.targetedActivities'),
    row('updates', 'total', d.updates.total, 'views.dashboard.updates'),
    row('updates', 'latest_period', d.updates.latestPeriod, 'views.dashboard.latestPeriod'),
    row('capacity', 'government_people', d.capacity?.government.people, 'views.dashboard.capacityPeople', sideParam('government')),
    row('capacity', 'government_days_per_month', d.capacity?.government.daysPerMonth, 'views.dashboard.capacityDays', sideParam('government')),
    row('capacity', 'csn_people', d.capacity?.csn.people, 'views.dashboard.capacityPeople', sideParam('csn')),
    row('capacity', 'csn_days_per_month', d.capacity?.csn.daysPerMonth, 'views.dashboard.capacityDays', sideParam('csn')),
    row('procedure', 'state', d.procedureState, 'views.dashboard.procedureState'),
    row('verdict', 'outcome', d.verdict?.outcome, 'views.dashboard.verdict'),
    row('verdict', 'issued_at', d.verdict?.issuedAt, 'views.dashboard.verdictIssuedAt'),
  ];
  for (const pending of d.pendingSignOffs) {
    const params = (language: Language) => ({
      kind: translate(`domain.signOffSubjectKind.${pending.subjectKind}`, language),
      id: pending.subjectId,
      track: translate(`domain.signOffTrack.${pending.track}`, language),
      state: stateLabel(pending, language),
      days: Math.abs(pending.daysLeft ?? 0),
    });
    const key: MessageKey = pending.isChangedSinceSigned
      ? 'views.dashboard.pendingChanged'
      : pending.daysLeft === undefined
        ? 'views.dashboard.pendingNoWindow'
        : pending.daysLeft < 0
          ? 'views.dashboard.pendingClosed'
          : 'views.dashboard.pendingOpen';
    rows.push(row('pending_signoff', `${pending.subjectKind}/${pending.subjectId}/${pending.track}`, pending.windowCloses, key, params));
  }
  // What needs attention this week, after the pending sign-offs and before the findings.
  for (const item of d.attention) {
    const figure = item.kind === 'window_closing' ? `${item.subjectKind}/${item.subjectId}/${item.track}` : item.kind === 'action_due' ? item.actionId : item.kind === 'response_missing' ? item.proposalId : item.meetingId;
    const value = item.kind === 'window_closing' ? item.closes : item.kind === 'action_due' ? item.dueDate : item.kind === 'notes_missing' ? item.startsAt.slice(0, 10) : '';
    rows.push({ section: `attention_${item.kind}`, figure, value, labelEn: attentionLabel(item, 'en'), labelFr: attentionLabel(item, 'fr') });
  }
  for (const finding of d.findings) {
    rows.push({ section: 'finding', figure: `${finding.rule} ${finding.path}`.trim(), value: finding.severity, labelEn: finding.message.en, labelFr: finding.message.fr });
  }
  return rows;
}
