import { useState } from 'preact/hooks';
import { Notice } from '../../../shared/ui/Notice.tsx';
import { type CheckItem, type DocumentCheck, Inserted } from './answers.ts';
import { useT } from './i18n.ts';
import { server } from './use-server.ts';

type Run = <T>(work: () => Promise<T>) => Promise<T | undefined>;

function Item(props: { item: CheckItem }) {
  const t = useT();
  const { item } = props;
  return (
    <li>
      <span class={`cc-badge cc-badge-${item.severity}`}>{t(`docs.severity.${item.severity}`)}</span>
      {item.rule ? <span class="cc-muted">{item.rule} · </span> : null}
      {item.field ? <strong>{item.field[t.language]} — </strong> : null}
      {item.message[t.language]}
      <div>
        <button type="button" class="cc-link" onClick={() => void server.selectLocation(item.location)}>
          {t('docs.check.show')}
        </button>
      </div>
    </li>
  );
}

/** Insert the template at the cursor; check the document and jump to what each finding is about. */
export function CommitmentsTab(props: { run: Run; check?: DocumentCheck; onChecked: (check: DocumentCheck) => void }) {
  const t = useT();
  const [language, setLanguage] = useState<'en' | 'fr' | 'both'>(t.language);
  const [inserted, setInserted] = useState<string>();
  const insert = async () => {
    const answer = await props.run(() => server.insertCommitmentTemplate(language));
    if (answer) setInserted(Inserted.parse(answer).code);
  };
  const check = async () => {
    const answer = await props.run(() => server.checkDocument());
    if (answer) props.onChecked(answer as DocumentCheck);
  };
  const count = (items: CheckItem[], severity: CheckItem['severity']) => items.filter((i) => i.severity === severity).length;
  return (
    <div>
      <h2>{t('docs.insert.heading')}</h2>
      <fieldset>
        <legend>{t('docs.insert.language')}</legend>
        {(['en', 'fr', 'both'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="template-language" value={value} checked={language === value} onChange={() => setLanguage(value)} /> {t(`docs.insert.${value}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" class="cc-primary" onClick={insert}>
        {t('docs.insert.button')}
      </button>
      {inserted ? <Notice tone="success">{t('docs.insert.done', { code: inserted })}</Notice> : null}

      <h2>{t('docs.check.heading')}</h2>
      <button type="button" class="cc-secondary" onClick={check}>
        {t('docs.check.button')}
      </button>
      {props.check && props.check.commitments.length === 0 ? <p>{t('docs.check.none')}</p> : null}
      {props.check?.commitments.map((c, index) => (
        // One commitment open at a time keeps a 300 px sidebar readable; the summary line says what waits inside.
        <details key={c.code} class="cc-commitment" open={index === 0}>
          <summary>
            <strong>
              {c.code} — {c.title[t.language] || c.title[t.language === 'en' ? 'fr' : 'en']}
            </strong>
            <br />
            <span class="cc-muted">
              {c.items.length === 0 ? t('docs.check.clean') : t('docs.check.count', { errors: count(c.items, 'error'), warnings: count(c.items, 'warn'), hints: count(c.items, 'info') })}
            </span>
          </summary>
          <button type="button" class="cc-link" onClick={() => void server.selectLocation(c.location)}>
            {t('docs.check.showCommitment', { code: c.code })}
          </button>
          <ul class="cc-list">
            {c.items.map((item, i) => (
              <Item key={`${c.code}-${i}`} item={item} />
            ))}
          </ul>
        </details>
      ))}
      {props.check && props.check.unplaced.length > 0 ? (
        <section aria-labelledby="check-unplaced">
          <h3 id="check-unplaced">{t('docs.check.unplaced')}</h3>
          <ul class="cc-list">
            {props.check.unplaced.map((item, i) => (
              <Item key={`u-${i}`} item={item} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
