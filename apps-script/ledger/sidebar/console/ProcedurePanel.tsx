import { useState } from 'preact/hooks';
import type { ConsoleError } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Field, Problems, Saved } from './FormBits.tsx';

type SideKey = 'government' | 'csn';
const SIDES: SideKey[] = ['government', 'csn'];

/** Console › Procedure: the terms proposed by a coordinator, then agreed by each side's signatory (R17). */
export function ProcedurePanel() {
  const { t, state, server, write } = useConsole();
  const procedure = state.procedure;
  const first = (side: SideKey) => (side === 'government' ? procedure?.govSteps[0] : procedure?.csnSteps[0]);
  const initial = (side: SideKey) => ({ signerEn: first(side)?.label.en ?? '', signerFr: first(side)?.label.fr ?? '', minDays: first(side) ? String(first(side)!.minReviewDays) : '' });
  const [terms, setTerms] = useState({ government: initial('government'), csn: initial('csn') });
  const [decisionEn, setDecisionEn] = useState(procedure?.decisionMaking?.en ?? '');
  const [decisionFr, setDecisionFr] = useState(procedure?.decisionMaking?.fr ?? '');
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const sideName = (side: SideKey) => t(side === 'government' ? 'console.procedure.sideGovernment' : 'console.procedure.sideCsn');
  const set = (side: SideKey, field: 'signerEn' | 'signerFr' | 'minDays', value: string) => setTerms((known) => ({ ...known, [side]: { ...known[side], [field]: value } }));

  async function propose(event: Event) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const outcome = await write(() => server.consoleProposeProcedure({ ...terms, decisionEn, decisionFr }));
    setBusy(false);
    setErrors(outcome.ok ? [] : outcome.errors);
    setSaved(outcome.ok);
  }

  const labels: Record<string, string> = {};
  for (const side of SIDES) {
    labels[`${side}.signer`] = `${t('console.procedure.sideSteps', { side: sideName(side) })}`;
    labels[`${side}.minDays`] = `${t('console.procedure.sideSteps', { side: sideName(side) })} — ${t('console.procedure.minDays')}`;
  }

  return (
    <div>
      {procedure?.state === 'agreed' ? (
        <p class="ok-banner">{t('console.procedure.agreedOn', { date: procedure.agreedAt.slice(0, 10) })}</p>
      ) : (
        <p class="warning" id="r17">
          {t('console.procedure.r17')}
        </p>
      )}
      <form class="card" aria-labelledby="procedure-title" onSubmit={propose} noValidate>
        <h2 id="procedure-title">{t('console.procedure.title')}</h2>
        <Problems errors={errors} labels={labels} />
        {SIDES.map((side) => (
          <fieldset key={side}>
            <legend>{t('console.procedure.sideSteps', { side: sideName(side) })}</legend>
            <Field id={`${side}-signer-en`} label={t('console.procedure.signerEn')} error={errorFor(errors, `${side}.signer`)}>
              {(aria) => <input {...aria} type="text" value={terms[side].signerEn} onInput={(e) => set(side, 'signerEn', e.currentTarget.value)} />}
            </Field>
            <Field id={`${side}-signer-fr`} label={t('console.procedure.signerFr')}>
              {(aria) => <input {...aria} type="text" lang="fr" value={terms[side].signerFr} onInput={(e) => set(side, 'signerFr', e.currentTarget.value)} />}
            </Field>
            <Field id={`${side}-min-days`} label={t('console.procedure.minDays')} error={errorFor(errors, `${side}.minDays`)}>
              {(aria) => <input {...aria} type="text" inputMode="numeric" class="short" value={terms[side].minDays} onInput={(e) => set(side, 'minDays', e.currentTarget.value)} />}
            </Field>
          </fieldset>
        ))}
        <Field id="decision-en" label={t('console.procedure.decisionEn')}>
          {(aria) => <textarea {...aria} rows={3} value={decisionEn} onInput={(e) => setDecisionEn(e.currentTarget.value)} />}
        </Field>
        <Field id="decision-fr" label={t('console.procedure.decisionFr')}>
          {(aria) => <textarea {...aria} lang="fr" rows={3} value={decisionFr} onInput={(e) => setDecisionFr(e.currentTarget.value)} />}
        </Field>
        <p class="hint" id="propose-help">
          {t('console.procedure.proposeHelp')}
        </p>
        <button type="submit" disabled={busy} aria-describedby="propose-help">
          {busy ? t('console.saving') : t('console.procedure.propose')}
        </button>
        {saved ? <Saved text={t('console.saved')} /> : null}
      </form>

      <section class="card" aria-labelledby="agreement-title">
        <h2 id="agreement-title">{t('console.procedure.agreementTitle')}</h2>
        {procedure ? SIDES.map((side) => <SideAgreement key={side} side={side} name={sideName(side)} />) : <p>{t('console.procedure.notProposed')}</p>}
      </section>
    </div>
  );
}

function SideAgreement({ side, name }: { side: SideKey; name: string }) {
  const { t, state, server, write } = useConsole();
  const agreed = state.agreement[side];
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [busy, setBusy] = useState(false);
  const label = t(`common.side.${side}`);
  async function agree(event: Event) {
    event.preventDefault();
    setBusy(true);
    const outcome = await write(() => server.consoleAgreeProcedure({ side, token }));
    setBusy(false);
    setErrors(outcome.ok ? [] : outcome.errors);
    if (outcome.ok) setToken('');
  }
  if (agreed) return <p class="ok-line side-agreed">{t('console.procedure.agreedBy', { side: label, name: agreed.name, date: agreed.at.slice(0, 10) })}</p>;
  return (
    <form class="agree" aria-label={t('console.procedure.agree', { side: name })} onSubmit={agree} noValidate>
      <p class="meta">{t('console.procedure.waiting', { side: label })}</p>
      <Problems errors={errors} />
      <Field id={`${side}-token`} label={t('console.procedure.token')} error={errorFor(errors, 'token')}>
        {(aria) => <input {...aria} type="password" autoComplete="off" class="mono" value={token} onInput={(e) => setToken(e.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t('console.saving') : t('console.procedure.agree', { side: name })}
      </button>
    </form>
  );
}
