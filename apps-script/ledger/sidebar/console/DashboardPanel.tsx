import type { ChairSide } from '../../../../shared/domain/meeting.ts';
import type { VerdictOutcome } from '../../../../shared/domain/partnership-verdict.ts';
import { useState } from 'preact/hooks';
import type { ConsoleError, LoadedState } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Problems, Saved, SelectField, TextField } from './FormBits.tsx';

/** Console › Dashboard: the chain head, what needs attention this week, and the ledger's figures, in the coordinator's language. */
export function DashboardPanel() {
  const { t, language, state, server, write } = useConsole();
  const [emailErrors, setEmailErrors] = useState<ConsoleError[]>([]);
  const [emailNotice, setEmailNotice] = useState('');
  async function toggleEmail(on: boolean) {
    const outcome = await write(() => server.consoleSetWeeklyEmail(on));
    setEmailErrors(outcome.ok ? [] : outcome.errors);
    setEmailNotice(outcome.ok ? t(on ? 'console.dashboard.emailOn' : 'console.dashboard.emailOff') : '');
  }
  const label = (row: { labelEn: string; labelFr: string }) => (language === 'fr' ? row.labelFr : row.labelEn);
  // Coded values read as words: the procedure's state, the chair side, the verdict.
  const value = (row: { section: string; figure: string; value: string }) => {
    if (row.section === 'procedure') return t(`domain.msfSignOffState.${row.value as 'draft' | 'agreed'}`);
    if (row.figure === 'suggested_next_chair') return t(`domain.chairSide.${row.value as ChairSide}`);
    if (row.section === 'verdict' && row.figure === 'outcome') return t(`domain.verdictOutcome.${row.value as VerdictOutcome}`);
    if (row.figure === 'response_coverage_percent') return `${row.value} %`;
    return row.value;
  };
  const attention = state.dashboard.filter((row) => row.section.startsWith('attention_'));
  const figures = state.dashboard.filter((row) => !row.section.startsWith('attention_') && row.section !== 'finding' && row.section !== 'pending_signoff' && row.value !== '' && row.figure !== 'head_hash');
  const findings = state.dashboard.filter((row) => row.section === 'finding');
  return (
    <div>
      <section class="card" aria-labelledby="head-title">
        <h2 id="head-title">{t('console.dashboard.head', { seq: state.head.seq })}</h2>
        <p class="mono hash">{state.head.hash}</p>
      </section>
      <section class="card" aria-labelledby="attention-title">
        <h2 id="attention-title">{t('console.dashboard.attention')}</h2>
        {attention.length === 0 ? (
          <p class="ok-line">{t('console.dashboard.nothing')}</p>
        ) : (
          <ul class="attention">
            {attention.map((row, i) => (
              <li key={i}>{label(row)}</li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="email-title">
        <h2 id="email-title" class="visually-hidden">
          {t('console.dashboard.email')}
        </h2>
        <Problems errors={emailErrors} />
        <label class="choice">
          <input type="checkbox" checked={state.weeklyEmail} aria-describedby="email-help" onChange={(e) => void toggleEmail(e.currentTarget.checked)} />
          {t('console.dashboard.email')}
        </label>
        <p class="hint" id="email-help">
          {t('console.dashboard.emailHelp')}
        </p>
        {emailNotice ? <Saved text={emailNotice} /> : null}
        <h3>{t('digest.recipients')}</h3>
        <p class="hint">{t('digest.recipientsHelp')}</p>
        {state.digestRecipients.length === 0 ? <p>{t('digest.noCoordinators')}</p> : null}
        <ul class="list">
          {state.digestRecipients.map((r) => (
            <RecipientRow key={r.memberId} recipient={r} />
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="figures-title">
        <h2 id="figures-title">{t('console.dashboard.figures')}</h2>
        <table class="figures">
          <tbody>
            {figures.map((row) => (
              <tr key={`${row.section}/${row.figure}`}>
                <th scope="row">{label(row)}</th>
                <td class={value(row).length > 10 ? 'wide' : undefined}>{value(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <details>
          <summary>{t('console.dashboard.findings', { count: findings.length })}</summary>
          <ul class="findings">
            {findings.map((row, i) => (
              <li key={i} class={`finding ${row.value}`}>
                {label(row)}
              </li>
            ))}
          </ul>
        </details>
      </section>
    </div>
  );
}

/** One coordinator's address and language for the weekly email, saved on its own (an empty address takes them off the list). */
function RecipientRow({ recipient }: { recipient: LoadedState['digestRecipients'][number] }) {
  const { t, server, write } = useConsole();
  const [email, setEmail] = useState(recipient.email ?? '');
  const [language, setLanguage] = useState<string>(recipient.language);
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [notice, setNotice] = useState('');
  const id = recipient.memberId.replace(/[^A-Za-z0-9_-]/g, '_');
  const name = recipient.name;
  async function save(event: Event) {
    event.preventDefault();
    const typed = email.trim();
    const outcome = await write(() => server.consoleSaveDigestRecipient({ memberId: recipient.memberId, email: typed, language }));
    setErrors(outcome.ok ? [] : outcome.errors);
    setNotice(outcome.ok ? (typed === '' ? t('digest.removed', { name }) : t('digest.saved', { name, email: typed })) : '');
  }
  return (
    <li>
      <form aria-label={`${name} (${t(`common.side.${recipient.side}`)})`} onSubmit={save} noValidate>
        <p class="item-title">{`${name} (${t(`common.side.${recipient.side}`)})`}</p>
        <Problems errors={errors} />
        <TextField id={`digest-email-${id}`} label={t('digest.email', { name })} value={email} onInput={setEmail} error={errorFor(errors, 'email')} />
        <SelectField id={`digest-language-${id}`} label={t('digest.language', { name })} value={language} onChange={setLanguage} options={[['en', t('common.language.en')], ['fr', t('common.language.fr')]]} error={errorFor(errors, 'language')} />
        <button type="submit" class="secondary">
          {t('digest.save', { name })}
        </button>
        {notice ? <Saved text={notice} /> : null}
      </form>
    </li>
  );
}
