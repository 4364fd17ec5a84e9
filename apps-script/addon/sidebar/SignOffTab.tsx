import { useState } from 'preact/hooks';
import { CsnSignOffState, GovernmentSignOffState } from '../../../shared/domain/sign-off.ts';
import type { Member } from '../../../shared/domain/member.ts';
import { Field } from '../../../shared/ui/Field.tsx';
import { Notice } from '../../../shared/ui/Notice.tsx';
import { type DocumentCheck, type SignOffPanel, SignOffPanel as PanelSchema, Summary, type Track } from './answers.ts';
import { asKey, useT } from './i18n.ts';
import { SyncSummaryView } from './SyncSummaryView.tsx';
import { server } from './use-server.ts';

type Run = <T>(work: () => Promise<T>) => Promise<T | undefined>;

const day = (iso: string) => iso.slice(0, 10);

function TrackView(props: { title: string; track?: Track }) {
  const t = useT();
  return (
    <section aria-label={props.title}>
      <h3>{props.title}</h3>
      {props.track ? (
        <>
          <p>{t('docs.signoff.recorded', { state: t(asKey(`docs.state.${props.track.state}`)), date: day(props.track.recordedAt), by: props.track.by })}</p>
          <p class="cc-muted">{props.track.isCurrentVersion ? t('docs.signoff.onThisVersion') : t('docs.signoff.onOlderVersion')}</p>
          {props.track.comment ? <p class="cc-quote">{t.language === 'fr' ? `« ${props.track.comment} »` : `“${props.track.comment}”`}</p> : null}
        </>
      ) : (
        <p>{t('docs.signoff.notYet')}</p>
      )}
    </section>
  );
}

/** Both tracks for one commitment, "changed since signed" with the diff, and a signatory's decision form. */
export function SignOffTab(props: { run: Run; check?: DocumentCheck; member?: Member }) {
  const t = useT();
  const codes = props.check?.commitments.map((c) => c.code) ?? [];
  const [code, setCode] = useState(codes[0] ?? '');
  const [panel, setPanel] = useState<SignOffPanel>();
  const roles = props.member?.roles ?? [];
  const tracks = [...(roles.includes('gov_signatory') ? (['government'] as const) : []), ...(roles.includes('csn_signatory') ? (['csn'] as const) : [])];
  const [track, setTrack] = useState<'government' | 'csn'>(tracks[0] ?? 'government');
  const states = track === 'government' ? GovernmentSignOffState.options : CsnSignOffState.options;
  const [state, setState] = useState<string>(states[0]!);
  const [comment, setComment] = useState('');
  const [summary, setSummary] = useState<Summary>();
  const chosen = code || codes[0] || '';
  const load = async () => {
    const answer = await props.run(() => server.getSignOffPanel(chosen));
    if (answer) setPanel(PanelSchema.parse(answer));
  };
  const record = async (event: Event) => {
    event.preventDefault();
    const answer = await props.run(() => server.recordSignOff({ code: chosen, track, state, comment }));
    if (!answer) return;
    setSummary(Summary.parse(answer));
    setComment('');
    await load();
  };
  if (codes.length === 0) return <p>{t('docs.signoff.pickFirst')}</p>;
  const changed = panel?.status?.changedSinceSigned;
  return (
    <div>
      <h2>{t('docs.signoff.heading')}</h2>
      <Field id="signoff-code" label={t('docs.signoff.commitment')}>
        <select id="signoff-code" value={chosen} onChange={(e) => { setCode((e.currentTarget as HTMLSelectElement).value); setPanel(undefined); }}>
          {props.check!.commitments.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} — {c.title[t.language] || c.title[t.language === 'en' ? 'fr' : 'en']}
            </option>
          ))}
        </select>
      </Field>
      <button type="button" class="cc-secondary" onClick={load}>
        {t('docs.signoff.load')}
      </button>
      {panel?.problem ? <Notice tone="warning">{t(asKey(`docs.problem.${panel.problem}`))}</Notice> : null}
      {panel?.status ? (
        <>
          <TrackView title={t('docs.signoff.government')} track={panel.status.government} />
          <TrackView title={t('docs.signoff.csn')} track={panel.status.csn} />
          {changed ? (
            <Notice tone="warning">
              <h3>{t('docs.signoff.changed')}</h3>
              <p>{t('docs.signoff.changedSince', { date: day(changed.signedVersionAt) })}</p>
              <dl class="cc-diff">
                {changed.changes.map((c) => (
                  <div key={c.path}>
                    <dt>{c.label[t.language]}</dt>
                    <dd>
                      <strong>{t('docs.signoff.before')}</strong> {c.before[t.language] || c.before.en || t('docs.signoff.empty')}
                    </dd>
                    <dd>
                      <strong>{t('docs.signoff.after')}</strong> {c.after[t.language] || c.after.en || t('docs.signoff.empty')}
                    </dd>
                  </div>
                ))}
              </dl>
            </Notice>
          ) : null}
        </>
      ) : null}
      {panel?.status ? (
        tracks.length === 0 ? (
          <p class="cc-muted">{t('docs.signoff.notSignatory')}</p>
        ) : (
          <form onSubmit={record}>
            <h3>{t('docs.signoff.record')}</h3>
            {tracks.length > 1 ? (
              <Field id="signoff-track" label={t('docs.signoff.track')}>
                <select id="signoff-track" value={track} onChange={(e) => { const next = (e.currentTarget as HTMLSelectElement).value as 'government' | 'csn'; setTrack(next); setState((next === 'government' ? GovernmentSignOffState : CsnSignOffState).options[0]!); }}>
                  {tracks.map((k) => (
                    <option key={k} value={k}>
                      {t(k === 'government' ? 'docs.signoff.government' : 'docs.signoff.csn')}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            <Field id="signoff-state" label={t('docs.signoff.decision')}>
              <select id="signoff-state" value={state} onChange={(e) => setState((e.currentTarget as HTMLSelectElement).value)}>
                {states.map((s) => (
                  <option key={s} value={s}>
                    {t(asKey(`docs.state.${s}`))}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="signoff-comment" label={t('docs.signoff.comment')}>
              <textarea id="signoff-comment" value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
            </Field>
            <button type="submit" class="cc-primary">
              {t('docs.signoff.submit')}
            </button>
          </form>
        )
      ) : null}
      {summary ? (summary.accepted.signOffs > 0 ? <Notice tone="success">{t('docs.signoff.done')}</Notice> : <SyncSummaryView summary={summary} />) : null}
    </div>
  );
}
