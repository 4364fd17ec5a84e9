import { useConsole } from './console-context.ts';

/** Console › Repository: every published document the ledger links to (notes, reasoned responses, the verdict). */
export function RepositoryPanel() {
  const { t, language, state } = useConsole();
  return (
    <section class="card" aria-labelledby="repository-title">
      <h2 id="repository-title">{t('console.meetings.repository')}</h2>
      {state.repository.length === 0 ? <p>{t('console.meetings.repositoryNone')}</p> : null}
      <ul class="findings">
        {state.repository.map((doc, i) => (
          <li key={i}>
            {`${t(`console.meetings.doc.${doc.kind}`)}${language === 'fr' ? ' : ' : ': '}`}
            <a href={doc.url} target="_blank" rel="noopener noreferrer">
              {doc.title}
            </a>
            {doc.at ? <span class="meta">{` · ${new Date(doc.at).toLocaleDateString(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium' })}`}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
