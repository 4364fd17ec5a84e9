import { useState } from 'preact/hooks';
import { CocreationPhase } from '../../../../shared/domain/cocreation-phase.ts';
import type { ConsoleError } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Field, Problems, Saved, TextField } from './FormBits.tsx';

type Window = { opens: string; closes: string };
type PhaseForm = { phase: CocreationPhase; starts: string; ends: string; owner: 'government' | 'csn' | 'joint'; government: Window; csn: Window };
type Capacity = { people: string; daysPerMonth: string };

const CHECKED_RULES = new Set(['R13', 'R15', 'R17']);

/** Console › Work plan: phases with dates up to publication, a sign-off window per side, staff capacity; R13, R15, R17 beside it. */
export function WorkplanPanel() {
  const { t, language, state, server, write } = useConsole();
  const known = state.workplan;
  const [phases, setPhases] = useState<PhaseForm[]>(() =>
    CocreationPhase.options.map((phase) => {
      const p = known?.phases.find((k) => k.phase === phase);
      const window = (track: 'government' | 'csn'): Window => {
        const w = p?.signOffWindows.find((s) => s.track === track);
        return { opens: w?.opens ?? '', closes: w?.closes ?? '' };
      };
      return { phase, starts: p?.starts ?? '', ends: p?.ends ?? '', owner: p?.owner ?? 'joint', government: window('government'), csn: window('csn') };
    }),
  );
  const capacityOf = (side: 'government' | 'csn'): Capacity => ({
    people: known ? String(known.capacity[side].people) : '',
    daysPerMonth: known ? String(known.capacity[side].daysPerMonth) : '',
  });
  const [capacity, setCapacity] = useState({ government: capacityOf('government'), csn: capacityOf('csn') });
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const update = (i: number, change: (p: PhaseForm) => PhaseForm) => setPhases((all) => all.map((p, j) => (j === i ? change(p) : p)));

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const outcome = await write(() => server.consoleSaveWorkplan({ phases, capacity }));
    setBusy(false);
    setErrors(outcome.ok ? [] : outcome.errors);
    setSaved(outcome.ok);
  }

  const findings = state.findings.filter((f) => CHECKED_RULES.has(f.rule));
  const sideLabel = (side: 'government' | 'csn') => t(`common.side.${side}`);
  const labels: Record<string, string> = { phases: t('console.workplan.title') };
  for (const side of ['government', 'csn'] as const) {
    labels[`capacity.${side}.people`] = t('console.workplan.people', { side: sideLabel(side) });
    labels[`capacity.${side}.daysPerMonth`] = t('console.workplan.days', { side: sideLabel(side) });
  }

  return (
    <div>
      <section class="card" aria-labelledby="checks-title">
        <h2 id="checks-title">{t('console.workplan.checks')}</h2>
        {findings.length === 0 ? (
          <p class="ok-line">{t('console.workplan.noFindings')}</p>
        ) : (
          <ul class="findings">
            {findings.map((f, i) => (
              <li key={i} class={`finding ${f.severity}`}>
                <strong>{f.rule}</strong> {f.message[language]}
              </li>
            ))}
          </ul>
        )}
      </section>
      <form class="card" aria-labelledby="workplan-title" onSubmit={save} noValidate>
        <h2 id="workplan-title">{t('console.workplan.title')}</h2>
        <p class="hint">{t('console.workplan.help')}</p>
        <Problems errors={errors} labels={labels} />
        {phases.map((p, i) => {
          const base = `phases.${p.phase}`;
          const hasError = errors.some((e) => e.path.startsWith(`${base}.`));
          return (
            <details key={p.phase} open={hasError || p.starts !== '' || i === 0}>
              <summary>{t(`domain.cocreationPhase.${p.phase}`)}</summary>
              <div class="pair">
                <Field id={`${p.phase}-starts`} label={t('console.workplan.starts')} error={errorFor(errors, `${base}.starts`)}>
                  {(aria) => <input {...aria} type="date" value={p.starts} onInput={(e) => update(i, (x) => ({ ...x, starts: e.currentTarget.value }))} />}
                </Field>
                <Field id={`${p.phase}-ends`} label={t('console.workplan.ends')} error={errorFor(errors, `${base}.ends`)}>
                  {(aria) => <input {...aria} type="date" value={p.ends} onInput={(e) => update(i, (x) => ({ ...x, ends: e.currentTarget.value }))} />}
                </Field>
              </div>
              <Field id={`${p.phase}-owner`} label={t('console.workplan.owner')}>
                {(aria) => (
                  <select {...aria} value={p.owner} onChange={(e) => update(i, (x) => ({ ...x, owner: e.currentTarget.value as PhaseForm['owner'] }))}>
                    {(['joint', 'government', 'csn'] as const).map((o) => (
                      <option key={o} value={o}>
                        {t(`domain.phaseOwner.${o}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {(['government', 'csn'] as const).map((track) => (
                <fieldset key={track}>
                  <legend>{t('console.workplan.window', { side: sideLabel(track) })}</legend>
                  <div class="pair">
                    <Field id={`${p.phase}-${track}-opens`} label={t('console.workplan.opens')} error={errorFor(errors, `${base}.${track}.opens`)}>
                      {(aria) => <input {...aria} type="date" value={p[track].opens} onInput={(e) => update(i, (x) => ({ ...x, [track]: { ...x[track], opens: e.currentTarget.value } }))} />}
                    </Field>
                    <Field id={`${p.phase}-${track}-closes`} label={t('console.workplan.closes')} error={errorFor(errors, `${base}.${track}.closes`)}>
                      {(aria) => <input {...aria} type="date" value={p[track].closes} onInput={(e) => update(i, (x) => ({ ...x, [track]: { ...x[track], closes: e.currentTarget.value } }))} />}
                    </Field>
                  </div>
                </fieldset>
              ))}
            </details>
          );
        })}
        <fieldset>
          <legend>{t('console.workplan.capacity')}</legend>
          {(['government', 'csn'] as const).map((side) => (
            <div class="pair" key={side}>
              <TextField id={`${side}-people`} label={t('console.workplan.people', { side: sideLabel(side) })} inputMode="decimal" value={capacity[side].people} onInput={(people) => setCapacity((c) => ({ ...c, [side]: { ...c[side], people } }))} error={errorFor(errors, `capacity.${side}.people`)} />
              <TextField id={`${side}-days`} label={t('console.workplan.days', { side: sideLabel(side) })} inputMode="decimal" value={capacity[side].daysPerMonth} onInput={(daysPerMonth) => setCapacity((c) => ({ ...c, [side]: { ...c[side], daysPerMonth } }))} error={errorFor(errors, `capacity.${side}.daysPerMonth`)} />
            </div>
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          {busy ? t('console.saving') : t('console.workplan.save')}
        </button>
        {saved ? <Saved text={t('console.saved')} /> : null}
      </form>
    </div>
  );
}
