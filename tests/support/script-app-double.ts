/**
 * TEST DOUBLE of `ScriptApp` installable triggers (developers.google.com/apps-script/reference/script/script-app
 * and guides/triggers/installable), not Google code. Reproduced: `newTrigger(functionName).timeBased()`
 * gives a ClockTriggerBuilder; `onWeekDay(ScriptApp.WeekDay.X).atHour(h).create()` makes a weekly
 * trigger owned by the user who created it; `getProjectTriggers()` lists the current user's triggers of
 * this project; `deleteTrigger(trigger)` removes one; a Trigger answers `getHandlerFunction()`,
 * `getUniqueId()`, `getEventType()` (`CLOCK`). Quota: at most 20 triggers per user per script
 * (guides/services/quotas, "Triggers: 20 / user / script"); a 21st `create()` throws, as Google does.
 * `timeBased().after(ms).create()` makes a one-off trigger (ClockTriggerBuilder.after: "the minimum
 * duration (in milliseconds) after the current time that the trigger runs"), kept in the list after
 * it ran until deleted, as Google keeps it.
 * `fire(functionName)` is the test's stand-in for Google's clock calling the handler.
 * `getOAuthToken()` (reference/script/script-app#getOAuthToken()): "the OAuth 2.0 access token for the
 * effective user", valid for the scopes the script holds; here an opaque `ya29.`-prefixed string per user,
 * which only the Picker stand-in reads (it is never checked against anything).
 */
import type { CallLog } from './call-log.ts';

export type TriggerState = { id: string; handler: string; weekDay: string; hour: number; owner: string; afterMs?: number };

export const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
const MAX_TRIGGERS_PER_USER = 20;

export function createScriptAppDouble(triggers: TriggerState[], log: CallLog, currentUser: () => string) {
  const count = (method: string) => log.record('ScriptApp', method);
  let next = triggers.length + 1;
  const asTrigger = (state: TriggerState) => ({
    getHandlerFunction: () => state.handler,
    getUniqueId: () => state.id,
    getEventType: () => 'CLOCK',
    __id: state.id,
  });
  return {
    WeekDay: Object.fromEntries(WEEK_DAYS.map((d) => [d, d])) as Record<(typeof WEEK_DAYS)[number], string>,
    EventType: { CLOCK: 'CLOCK' },
    newTrigger(handler: string) {
      count('newTrigger');
      const draft: Omit<TriggerState, 'id' | 'owner'> = { handler, weekDay: '', hour: -1 };
      const clock = {
        onWeekDay(day: string) {
          if (!WEEK_DAYS.includes(day as (typeof WEEK_DAYS)[number])) throw new Error(`Invalid argument: ${day}`);
          draft.weekDay = day;
          return clock;
        },
        after(ms: number) {
          if (!Number.isInteger(ms) || ms < 0) throw new Error(`Invalid argument: ${ms}`);
          draft.afterMs = ms;
          return clock;
        },
        atHour(hour: number) {
          if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`Invalid argument: ${hour}`);
          draft.hour = hour;
          return clock;
        },
        create() {
          count('ClockTriggerBuilder.create');
          const owner = currentUser();
          if (triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS_PER_USER) {
            throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
          }
          const state = { id: String(next++), owner, ...draft };
          triggers.push(state);
          return asTrigger(state);
        },
      };
      return { timeBased: () => clock };
    },
    getProjectTriggers() {
      count('getProjectTriggers');
      const owner = currentUser();
      return triggers.filter((t) => t.owner === owner).map(asTrigger);
    },
    getOAuthToken() {
      count('getOAuthToken');
      return `ya29.double-${Buffer.from(currentUser()).toString('base64url')}`;
    },
    deleteTrigger(trigger: { getUniqueId(): string }) {
      count('deleteTrigger');
      const at = triggers.findIndex((t) => t.id === trigger.getUniqueId());
      if (at >= 0) triggers.splice(at, 1);
    },
  };
}
