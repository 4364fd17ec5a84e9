import { useState } from 'preact/hooks';
import { Summary } from './answers.ts';
import { useT } from './i18n.ts';
import { SyncSummaryView } from './SyncSummaryView.tsx';
import { server } from './use-server.ts';

type Run = <T>(work: () => Promise<T>) => Promise<T | undefined>;

export function SyncTab(props: { run: Run; waiting: number; retried?: Summary }) {
  const t = useT();
  const [summary, setSummary] = useState<Summary | undefined>(props.retried);
  const sync = async () => {
    const answer = await props.run(() => server.syncDocument());
    if (answer) setSummary(Summary.parse(answer));
  };
  return (
    <div>
      <h2>{t('docs.sync.heading')}</h2>
      <p>{t('docs.sync.explain')}</p>
      <button type="button" class="cc-primary" onClick={sync}>
        {t('docs.sync.button')}
      </button>
      {summary ? <SyncSummaryView summary={summary} /> : props.waiting > 0 ? <p>{t('docs.sync.waiting', { count: props.waiting })}</p> : null}
    </div>
  );
}
