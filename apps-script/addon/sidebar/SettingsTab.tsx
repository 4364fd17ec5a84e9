import { useState } from 'preact/hooks';
import type { Language } from '../../../shared/i18n/language.ts';
import { Field, hintId } from '../../../shared/ui/Field.tsx';
import { Notice } from '../../../shared/ui/Notice.tsx';
import { SaveOutcome, type SettingsView } from './answers.ts';
import { asKey, useT } from './i18n.ts';
import { server } from './use-server.ts';

type Run = <T>(work: () => Promise<T>) => Promise<T | undefined>;

/** Ledger address and member token (user properties), checked with whoami; the sidebar's language. */
export function SettingsTab(props: { run: Run; settings: SettingsView; language: Language; onLanguage: (l: Language) => void; onSaved: (s: SettingsView) => void }) {
  const t = useT();
  const [ledgerUrl, setLedgerUrl] = useState(props.settings.ledgerUrl);
  const [token, setToken] = useState('');
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const save = async (event: Event) => {
    event.preventDefault();
    const answer = await props.run(() => server.saveSettings({ ledgerUrl, token, language: props.language }));
    if (!answer) return;
    const parsed = SaveOutcome.parse(answer);
    setOutcome(parsed);
    setToken('');
    if (parsed.saved) props.onSaved({ ...props.settings, ledgerUrl, hasToken: true, language: props.language, ...(parsed.member ? { member: parsed.member } : {}) });
  };
  const member = outcome?.member ?? props.settings.member;
  return (
    <form onSubmit={save}>
      <h2>{t('docs.settings.heading')}</h2>
      <Field id="ledger-url" label={t('docs.settings.ledgerUrl')} hint={t('docs.settings.ledgerUrlHint')}>
        <input id="ledger-url" type="url" value={ledgerUrl} aria-describedby={hintId('ledger-url')} spellcheck={false} onInput={(e) => setLedgerUrl(e.currentTarget.value)} />
      </Field>
      <Field id="member-token" label={t('docs.settings.token')} hint={t('docs.settings.tokenHint')}>
        <input id="member-token" type="password" autocomplete="off" value={token} aria-describedby={hintId('member-token')} onInput={(e) => setToken(e.currentTarget.value)} />
      </Field>
      {props.settings.hasToken ? <p class="cc-muted">{t('docs.settings.tokenSaved')}</p> : null}
      <Field id="ui-language" label={t('docs.settings.language')}>
        <select id="ui-language" value={props.language} onChange={(e) => props.onLanguage((e.currentTarget as HTMLSelectElement).value as Language)}>
          <option value="en" lang="en">English</option>
          <option value="fr" lang="fr">Français</option>
        </select>
      </Field>
      <button type="submit" class="cc-primary">
        {t('docs.settings.save')}
      </button>
      {outcome && !outcome.saved ? <Notice tone="error">{t('docs.settings.notSaved', { problem: t(asKey(`docs.problem.${outcome.problem}`)) })}</Notice> : null}
      {outcome?.saved && !outcome.checked ? <Notice tone="warning">{t('docs.settings.savedUnchecked', { problem: t(asKey(`docs.problem.${outcome.problem}`)) })}</Notice> : null}
      {member && (!outcome || outcome.checked) ? <Notice tone="success">{t('docs.settings.connected', { name: member.name, org: member.org })}</Notice> : null}
    </form>
  );
}
