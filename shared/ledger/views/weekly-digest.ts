import type { Language } from '../../i18n/language.ts';
import { translate } from '../../i18n/translate.ts';
import { attentionLabel } from './attention-label.ts';
import type { Dashboard } from './ledger-views.ts';

/** The weekly email to a coordinator: what needs attention this week, the chain head, and a few figures, as plain text. */
export function weeklyDigest(dashboard: Dashboard, language: Language, ledgerUrl: string): { subject: string; body: string } {
  const t = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) => translate(key, language, params);
  const items = dashboard.attention.map((item) => `- ${attentionLabel(item, language)}`);
  const body = [
    t('console.email.intro', { date: dashboard.today }),
    '',
    t('console.dashboard.attention'),
    ...(items.length === 0 ? [t('console.dashboard.nothing')] : items),
    '',
    t('console.email.figures', {
      proposals: dashboard.proposals.total,
      owing: dashboard.proposals.owingResponse,
      responded: dashboard.proposals.responded,
      overdue: dashboard.actions.overdue,
      meetings: dashboard.meetings.upcoming,
    }),
    '',
    t('console.dashboard.head', { seq: dashboard.head.seq }),
    dashboard.head.hash,
    '',
    t('console.email.footer', { url: ledgerUrl }),
  ].join('\n');
  const count = dashboard.attention.length;
  const subject = count === 0 ? t('console.email.subjectNone') : count === 1 ? t('console.email.subjectOne') : t('console.email.subject', { count });
  return { subject, body };
}
