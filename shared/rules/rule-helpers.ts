import type { ActionPlanStatus, ActionPlan } from '../domain/action-plan.ts';
import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Meeting } from '../domain/meeting.ts';
import { dayOf } from './iso-date-math.ts';

/** A text counts as missing when it holds nothing but spaces. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** Missing in both languages: nothing written at all (R1). One language missing is R6's business. */
export function isBilingualBlank(text: BilingualText | undefined): boolean {
  return text === undefined || (isBlank(text.en) && isBlank(text.fr));
}

const PLAN_STATUS_ORDER: readonly ActionPlanStatus[] = [
  'planning', 'co_creation', 'drafting', 'public_review', 'final_signoff', 'submitted', 'implementing', 'ended', 'assessed',
];

/** Whether the plan has reached `status` (or gone past it). An unknown plan has reached nothing. */
export function hasPlanReached(plan: ActionPlan | undefined, status: ActionPlanStatus): boolean {
  return plan !== undefined && PLAN_STATUS_ORDER.indexOf(plan.status) >= PLAN_STATUS_ORDER.indexOf(status);
}

/** A meeting took place once `meeting.held` was recorded; a past `startsAt` alone may have been cancelled. */
export function isMeetingHeld(meeting: Meeting): boolean {
  return meeting.heldAt !== undefined;
}

/** The day a meeting took place, or is planned for. */
export function meetingDay(meeting: Meeting): string {
  return dayOf(meeting.heldAt ?? meeting.startsAt);
}

/** Indices of `items` ordered by `key`, ties in list order: findings keep pointing at the caller's indices. */
export function indicesSortedBy<T>(items: readonly T[], key: (item: T) => string): number[] {
  return items
    .map((item, index) => ({ index, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map((entry) => entry.index);
}
