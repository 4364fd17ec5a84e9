import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';
import type { FieldError, ParseResult } from '../../shared/domain/parse-value.ts';
import type { Language } from '../../shared/i18n/language.ts';
import type { AnnotationChange } from '../services/annotations.ts';
import type { AnnotationRecord } from '../services/annotation-record.ts';
import { annotationLabels, KIND_ORDER } from './AnnotationComposer.tsx';
import { FieldErrors } from './FieldErrors.tsx';
import { formatOffset } from '../../shared/ledger/exports/format-offset.ts';
import type { Translate } from './make-translate.ts';

type Props = {
  t: Translate;
  language: Language;
  annotations: readonly AnnotationRecord[];
  onUpdate: (id: string, change: AnnotationChange) => Promise<ParseResult<unknown>>;
  onDelete: (id: string) => Promise<ParseResult<unknown>>;
};

/** The list named "Annotations": each can be edited in place or deleted (a tombstone, synced). */
export function AnnotationList({ t, language, annotations, onUpdate, onDelete }: Props) {
  const [editing, setEditing] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [deleteErrors, setDeleteErrors] = useState<readonly FieldError[]>([]);
  // Where keyboard focus goes once the row it was in is re-rendered or gone: the row's Edit button
  // after an edit closes, the list heading after a delete (never lost to the page's start).
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });
  const closeEdit = (id: string) => {
    focusNext.current = `edit-button-${id}`;
    setEditing(undefined);
  };
  return (
    <section class="annotations" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading" tabIndex={-1}>{t('extension.list.heading')}</h2>
      {annotations.length === 0 ? <p>{t('extension.list.empty')}</p> : null}
      <ol aria-labelledby="annotations-heading">
        {annotations.map((annotation) => {
          const kind = t(`extension.kind.${annotation.kind}`);
          const time = formatOffset(annotation.offsetMs);
          return (
            <li key={annotation.id} data-kind={annotation.kind}>
              {editing === annotation.id ? (
                <EditAnnotation
                  t={t}
                  language={language}
                  annotation={annotation}
                  onCancel={() => closeEdit(annotation.id)}
                  onSave={async (change) => {
                    const result = await onUpdate(annotation.id, change);
                    if (result.ok) {
                      closeEdit(annotation.id);
                      setAnnouncement(t('extension.list.updated'));
                    }
                    return result;
                  }}
                />
              ) : (
                <>
                  <p class="annotation-head">
                    <span class={`badge kind-${annotation.kind}`}>{kind}</span> <time>{time}</time>
                  </p>
                  <p class="annotation-text">{annotation.text || t('extension.list.noText')}</p>
                  {annotation.kind === 'action' ? (
                    <p class="hint">
                      {t('extension.list.actionDetails', {
                        owner: annotation.owner ?? t('extension.list.unassigned'),
                        due: annotation.dueDate ?? t('extension.list.noDate'),
                      })}
                    </p>
                  ) : null}
                  {annotation.captionText ? <p class="caption">{t('extension.list.caption', { text: annotation.captionText })}</p> : null}
                  <div class="row-actions">
                    <button
                      type="button"
                      id={`edit-button-${annotation.id}`}
                      aria-label={t('extension.list.editLabel', { kind, time })}
                      onClick={() => setEditing(annotation.id)}
                    >
                      {t('extension.list.edit')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('extension.list.deleteLabel', { kind, time })}
                      onClick={async () => {
                        const result = await onDelete(annotation.id);
                        setDeleteErrors(result.ok ? [] : result.errors);
                        if (!result.ok) return;
                        focusNext.current = 'annotations-heading';
                        setAnnouncement(t('extension.list.deleted'));
                      }}
                    >
                      {t('extension.list.delete')}
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {deleteErrors.length > 0 ? <FieldErrors lead={t('extension.list.deleteRefused')} errors={deleteErrors} language={language} /> : null}
      <p role="status" class="announce">{announcement}</p>
    </section>
  );
}

function EditAnnotation(props: {
  t: Translate;
  language: Language;
  annotation: AnnotationRecord;
  onCancel: () => void;
  onSave: (change: AnnotationChange) => Promise<ParseResult<unknown>>;
}) {
  const { t, annotation } = props;
  const [kind, setKind] = useState<AnnotationKind>(annotation.kind);
  const [text, setText] = useState(annotation.text);
  const [owner, setOwner] = useState(annotation.owner ?? '');
  const [dueDate, setDueDate] = useState(annotation.dueDate ?? '');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const id = annotation.id;
  return (
    <form
      class="edit"
      onSubmit={async (event) => {
        event.preventDefault();
        const isAction = kind === 'action';
        const result = await props.onSave({
          kind,
          text: text.trim(),
          owner: isAction && owner.trim() ? owner.trim() : undefined,
          dueDate: isAction && dueDate ? dueDate : undefined,
        });
        if (!result.ok) setErrors(result.errors);
      }}
    >
      <label for={`edit-kind-${id}`}>{t('extension.list.kind')}</label>
      <select id={`edit-kind-${id}`} value={kind} onChange={(e) => setKind(e.currentTarget.value as AnnotationKind)}>
        {KIND_ORDER.map((value) => (
          <option key={value} value={value}>{t(`extension.kind.${value}`)}</option>
        ))}
      </select>
      <label for={`edit-text-${id}`}>{t('extension.annotate.text')}</label>
      {/* biome-ignore lint/a11y/noAutofocus: the edit form replaces the row the user just chose to edit */}
      <textarea id={`edit-text-${id}`} rows={3} value={text} maxLength={10000} autoFocus onInput={(e) => setText(e.currentTarget.value)} />
      {kind === 'action' ? (
        <>
          <label for={`edit-owner-${id}`}>{t('extension.annotate.owner')}</label>
          <input id={`edit-owner-${id}`} value={owner} maxLength={200} onInput={(e) => setOwner(e.currentTarget.value)} />
          <label for={`edit-due-${id}`}>{t('extension.annotate.dueDate')}</label>
          <input id={`edit-due-${id}`} type="date" value={dueDate} onInput={(e) => setDueDate(e.currentTarget.value)} />
        </>
      ) : null}
      {errors.length > 0 ? <FieldErrors lead={t('extension.annotate.refused')} errors={errors} language={props.language} labels={annotationLabels(t)} /> : null}
      <div class="row-actions">
        <button type="submit" class="primary">{t('extension.list.save')}</button>
        <button type="button" onClick={props.onCancel}>{t('extension.list.cancel')}</button>
      </div>
    </form>
  );
}
