import { useState } from 'preact/hooks';
import { VerdictOutcome } from '../../../../shared/domain/partnership-verdict.ts';
import type { ConsoleError } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Field, Problems, Saved, SelectField, TextField } from './FormBits.tsx';

/** Console › Verdict: the CSN's criteria with the ledger's evidence, issued by a CSN signatory (R20). */
export function VerdictPanel() {
  const { t, language, state, server, write } = useConsole();
  const [assessments, setAssessments] = useState<string[]>(() => state.criteria.map((c) => c.suggested));
  const [verdict, setVerdict] = useState('');
  const [rationaleEn, setRationaleEn] = useState('');
  const [rationaleFr, setRationaleFr] = useState('');
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [busy, setBusy] = useState(false);
  const outcomes = VerdictOutcome.options.map((o) => [o, t(`domain.verdictOutcome.${o}`)] as const);
  async function issue(event: Event) {
    event.preventDefault();
    setBusy(true);
    const outcome = await write(() => server.consoleIssueVerdict({ assessments, verdict, rationaleEn, rationaleFr, token }));
    setBusy(false);
    setErrors(outcome.ok ? [] : outcome.errors);
    if (outcome.ok) setToken('');
  }
  const labels = { verdict: t('console.verdict.overall'), 'rationale.en': t('console.verdict.rationaleEn'), 'rationale.fr': t('console.verdict.rationaleFr'), token: t('console.verdict.token') };
  return (
    <div>
      {state.verdict ? (
        <Saved text={t('console.verdict.issued', { date: state.verdict.issuedAt.slice(0, 10), outcome: t(`domain.verdictOutcome.${state.verdict.outcome as VerdictOutcome}`) })} />
      ) : null}
      <form class="card" aria-labelledby="verdict-title" onSubmit={issue} noValidate>
        <h2 id="verdict-title">{t('console.verdict.title')}</h2>
        <p class="hint">{t('console.verdict.help')}</p>
        <Problems errors={errors} labels={labels} />
        {state.criteria.map((criterion, i) => (
          <fieldset key={criterion.key}>
            <legend>{criterion.label[language]}</legend>
            <p class="meta">{criterion.summary[language]}</p>
            <p class="meta">
              {t('console.verdict.evidence')}:{' '}
              {criterion.evidence.map((link, j) => (
                <span key={j}>
                  {j > 0 ? ', ' : ''}
                  <a href={link.url} target="_blank" rel="noopener noreferrer">
                    {link.label}
                  </a>
                </span>
              ))}
            </p>
            <SelectField
              id={`criterion-${criterion.key}`}
              label={t('console.verdict.assessment')}
              value={assessments[i] ?? ''}
              onChange={(value) => setAssessments((all) => all.map((a, j) => (j === i ? value : a)))}
              options={outcomes}
              error={errorFor(errors, `assessments[${i}]`)}
            />
          </fieldset>
        ))}
        <SelectField id="verdict-overall" label={t('console.verdict.overall')} value={verdict} onChange={setVerdict} blank="—" options={outcomes} error={errorFor(errors, 'verdict')} />
        <TextField id="verdict-rationale-en" label={t('console.verdict.rationaleEn')} rows={4} value={rationaleEn} onInput={setRationaleEn} error={errorFor(errors, 'rationale.en')} />
        <TextField id="verdict-rationale-fr" label={t('console.verdict.rationaleFr')} lang="fr" rows={4} value={rationaleFr} onInput={setRationaleFr} error={errorFor(errors, 'rationale.fr')} />
        <Field id="verdict-token" label={t('console.verdict.token')} error={errorFor(errors, 'token')}>
          {(aria) => <input {...aria} type="password" autoComplete="off" class="mono" value={token} onInput={(e) => setToken(e.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t('console.saving') : t('console.verdict.issue')}
        </button>
      </form>
    </div>
  );
}
