import { Notice } from '../../../shared/ui/Notice.tsx';
import type { Summary } from './answers.ts';
import { asKey, useT } from './i18n.ts';

/** What a sync did, in plain words: sent, already there, refused and why, still waiting. */
export function SyncSummaryView(props: { summary: Summary }) {
  const t = useT();
  const s = props.summary;
  const sent = s.accepted.commitments + s.accepted.tags + s.accepted.signOffs;
  return (
    <div>
      {s.problem ? <Notice tone={s.problem === 'offline' || s.problem === 'busy' ? 'warning' : 'error'}>{t(asKey(`docs.problem.${s.problem}`))}</Notice> : null}
      {sent > 0 || !s.problem ? (
        <Notice tone="success">
          <p>{t('docs.sync.accepted', s.accepted)}</p>
          {s.unchanged > 0 ? <p>{t('docs.sync.unchanged', { count: s.unchanged })}</p> : null}
        </Notice>
      ) : null}
      {s.refused.length > 0 ? (
        <Notice tone="error">
          <p>{t('docs.sync.refusedHeading', { count: s.refused.length })}</p>
          <ul>
            {s.refused.map((r) => (
              <li key={r.what + r.detail}>{t(r.code === 'forbidden' ? 'docs.sync.refused.forbidden' : 'docs.sync.refused.invalid', { what: r.what, detail: r.detail })}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {s.waiting > 0 ? <p>{t('docs.sync.waiting', { count: s.waiting })}</p> : null}
      {s.commitmentsNotSent > 0 && s.problem ? <p>{t('docs.sync.commitmentsNotSent', { count: s.commitmentsNotSent })}</p> : null}
    </div>
  );
}
