/**
 * TEST DOUBLE of `Session` (developers.google.com/apps-script/reference/base/session), not Google code.
 * Reproduced: `getActiveUserLocale()` gives the user's language as a string such as "en" or "fr_CA"
 * (empty when Google cannot tell, e.g. an anonymous web-app caller); `getEffectiveUser()` and
 * `getActiveUser()` give a User whose `getEmail()` may be "" when the caller is anonymous;
 * `getScriptTimeZone()`. The test sets locale and emails.
 */
import type { CallLog } from './call-log.ts';

export type SessionSettings = { locale: string; effectiveUserEmail: string; activeUserEmail: string; timeZone: string };

export function createSessionDouble(settings: SessionSettings, log: CallLog) {
  const count = (method: string) => log.record('Session', method);
  return {
    getActiveUserLocale() {
      count('getActiveUserLocale');
      return settings.locale;
    },
    getEffectiveUser() {
      count('getEffectiveUser');
      return { getEmail: () => settings.effectiveUserEmail };
    },
    getActiveUser() {
      count('getActiveUser');
      return { getEmail: () => settings.activeUserEmail };
    },
    getScriptTimeZone() {
      count('getScriptTimeZone');
      return settings.timeZone;
    },
  };
}
