/**
 * TEST DOUBLE of `MailApp` (developers.google.com/apps-script/reference/mail/mail-app), not Google code.
 * Reproduced: `sendEmail(recipient, subject, body, options?)` sends plain text (options may add
 * `htmlBody`, `name`, `replyTo`) from the effective user; `getRemainingDailyQuota()` counts recipients
 * left today: 100 a day for a consumer account (guides/services/quotas, "Email recipients per day");
 * past it `sendEmail` throws "Service invoked too many times for one day: email." as Google does.
 * Sent messages are kept for the test to read instead of leaving the machine.
 */
import type { CallLog } from './call-log.ts';

export type SentMail = { to: string; subject: string; body: string; options?: Record<string, unknown> };

export function createMailAppDouble(outbox: SentMail[], log: CallLog, dailyQuota = 100) {
  return {
    sendEmail(to: string, subject: string, body: string, options?: Record<string, unknown>) {
      log.record('MailApp', 'sendEmail');
      const recipients = String(to).split(',').filter((r) => r.trim() !== '').length;
      if (outbox.length + recipients > dailyQuota) throw new Error('Service invoked too many times for one day: email.');
      outbox.push({ to: String(to), subject: String(subject), body: String(body), ...(options ? { options } : {}) });
    },
    getRemainingDailyQuota() {
      log.record('MailApp', 'getRemainingDailyQuota');
      return dailyQuota - outbox.length;
    },
  };
}
