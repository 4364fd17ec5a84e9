/**
 * TEST DOUBLE of `MailApp` (developers.google.com/apps-script/reference/mail/mail-app), not Google code.
 * Reproduced: `sendEmail(recipient, subject, body, options?)` sends plain text (options may add
 * `htmlBody`, `name`, `replyTo`) from the effective user; `getRemainingDailyQuota()` counts recipients
 * left today: 100 a day for a consumer account, 1,500 for Google Workspace (guides/services/quotas,
 * "Email recipients per day"; a message to three addresses spends three); past it `sendEmail` throws
 * "Service invoked too many times for one day: email." as Google does. `to` is a comma-separated list.
 * Sent messages are kept for the test to read instead of leaving the machine.
 */
import type { CallLog } from './call-log.ts';

export type SentMail = { to: string; subject: string; body: string; options?: Record<string, unknown> };

/** Documented recipients a day (guides/services/quotas): consumer (gmail.com) and Google Workspace accounts. */
export const MAIL_RECIPIENTS_PER_DAY = { consumer: 100, workspace: 1500 } as const;

const recipientsOf = (to: string) => String(to).split(',').filter((r) => r.trim() !== '').length;

export function createMailAppDouble(outbox: SentMail[], log: CallLog, dailyQuota: number = MAIL_RECIPIENTS_PER_DAY.consumer) {
  const spent = () => outbox.reduce((sum, mail) => sum + recipientsOf(mail.to), 0);
  return {
    sendEmail(to: string, subject: string, body: string, options?: Record<string, unknown>) {
      log.record('MailApp', 'sendEmail');
      if (spent() + recipientsOf(to) > dailyQuota) throw new Error('Service invoked too many times for one day: email.');
      outbox.push({ to: String(to), subject: String(subject), body: String(body), ...(options ? { options } : {}) });
    },
    getRemainingDailyQuota() {
      log.record('MailApp', 'getRemainingDailyQuota');
      return dailyQuota - spent();
    },
  };
}
