import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';
import type { FieldError, ParseResult } from '../../shared/domain/parse-value.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { STORAGE_FAILED } from '../services/write-together.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { Translate } from './make-translate.ts';

/** Button order is the shortcut order: Alt+1 is Decision … Alt+6 is Note. */
export const KIND_ORDER: readonly AnnotationKind[] = ['decision', 'action', 'agreement', 'disagreement', 'question', 'note'];

/** Alt+1…6 by physical key (`Digit1`), so it works on layouts where Alt+digit types a symbol. */
export function kindForShortcut(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): AnnotationKind | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const match = /^(?:Digit|Numpad)([1-6])$/.exec(event.code);
  return match ? KIND_ORDER[Number(match[1]) - 1] : undefined;
}

export type CommitmentChoice = { id: string; label: string };

/** The visible label of each annotation field, as refusals name it (from the form or from the event). */
export function annotationLabels(t: Translate): Record<string, string> {
  const keys = {
    text: 'extension.annotate.text',
    owner: 'extension.annotate.owner',
    dueDate: 'extension.annotate.dueDate',
    commitmentId: 'extension.annotate.commitment',
  } as const;
  return Object.fromEntries(
    Object.entries(keys).flatMap(([path, key]) => {
      const label = t('extension.common.fieldLabel', { label: t(key) });
      return [[path, label], [`payload.${path}`, label]];
    }),
  );
}

export type AnnotationFields = { kind: AnnotationKind; text: string; commitmentId?: string; owner?: string; dueDate?: string };

type Props = {
  t: Translate;
  language: Language;
  commitments: readonly CommitmentChoice[];
  onSave: (fields: AnnotationFields) => Promise<ParseResult<{ offsetMs?: number }>>;
  /** Announced after a save: what and when. */
  describeSaved: (kind: AnnotationKind, offsetMs: number | undefined) => string;
};

export function AnnotationComposer({ t, language, commitments, onSave, describeSaved }: Props) {
  const [text, setText] = useState('');
  const [commitmentId, setCommitmentId] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The shortcut listener lives on the document; it must see the current fields, not the first render's.
  const current = useRef({ text, commitmentId, owner, dueDate });
  current.current = { text, commitmentId, owner, dueDate };
  const saving = useRef(Promise.resolve());

  const save = (kind: AnnotationKind) => {
    const fields = current.current;
    const input: AnnotationFields = {
      kind,
      text: fields.text.trim(),
      ...(fields.commitmentId ? { commitmentId: fields.commitmentId } : {}),
      ...(kind === 'action' && fields.owner.trim() ? { owner: fields.owner.trim() } : {}),
      ...(kind === 'action' && fields.dueDate ? { dueDate: fields.dueDate } : {}),
    };
    // Saves run one after another so rapid key presses keep their order; a failure is shown and
    // never stops the next save.
    saving.current = saving.current.then(async () => {
      const result = await onSave(input).catch(() => ({ ok: false as const, errors: [STORAGE_FAILED] }));
      if (result.ok) {
        setErrors([]);
        setAnnouncement(describeSaved(kind, result.value.offsetMs));
        setText((now) => (now.trim() === input.text ? '' : now));
        if (kind === 'action') {
          setOwner('');
          setDueDate('');
        }
      } else {
        setErrors(result.errors);
      }
    });
  };

  // The meeting has just started (or the panel reopened on it): the next thing to do is type.
  useEffect(() => {
    textRef.current?.focus();
  }, []);

  // Layout effect: the shortcuts work from the first frame the buttons are shown.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const kind = kindForShortcut(event);
      // Typing in an annotation's edit form is about that annotation, not a new one.
      if (!kind || (event.target instanceof Element && event.target.closest('form.edit'))) return;
      event.preventDefault();
      save(kind);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <section class="composer" aria-labelledby="composer-heading">
      <h2 id="composer-heading">{t('extension.annotate.heading')}</h2>
      <label for="annotation-text">{t('extension.annotate.text')}</label>
      <textarea
        id="annotation-text"
        ref={textRef}
        rows={3}
        value={text}
        maxLength={10000}
        aria-describedby="shortcut-hint"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id="shortcut-hint" class="hint">{t('extension.annotate.shortcuts')}</p>
      <fieldset class="kinds">
        <legend class="visually-hidden">{t('extension.annotate.heading')}</legend>
        {KIND_ORDER.map((kind, index) => (
          <button
            type="button"
            key={kind}
            class={`kind kind-${kind}`}
            aria-keyshortcuts={`Alt+${index + 1}`}
            title={`Alt+${index + 1}`}
            onClick={() => save(kind)}
          >
            {t(`extension.kind.${kind}`)}
          </button>
        ))}
      </fieldset>
      <label for="annotation-commitment">{t('extension.annotate.commitment')}</label>
      <select
        id="annotation-commitment"
        value={commitmentId}
        onChange={(e) => setCommitmentId(e.currentTarget.value)}
        aria-describedby={commitments.length === 0 ? 'no-commitments' : undefined}
      >
        <option value="">{t('extension.annotate.noCommitment')}</option>
        {commitments.map((choice) => (
          <option key={choice.id} value={choice.id}>{choice.label}</option>
        ))}
      </select>
      {commitments.length === 0 ? <p id="no-commitments" class="hint">{t('extension.annotate.noCommitmentsKnown')}</p> : null}
      <div class="action-fields">
        <div>
          <label for="action-owner">{t('extension.annotate.owner')}</label>
          <input id="action-owner" value={owner} maxLength={200} onInput={(e) => setOwner(e.currentTarget.value)} autoComplete="off" />
        </div>
        <div>
          <label for="action-due">{t('extension.annotate.dueDate')}</label>
          <input id="action-due" type="date" value={dueDate} onInput={(e) => setDueDate(e.currentTarget.value)} />
        </div>
      </div>
      {errors.length > 0 ? <FieldErrors lead={t('extension.annotate.refused')} errors={errors} language={language} labels={annotationLabels(t)} /> : null}
      <p role="status" class="announce">{announcement}</p>
    </section>
  );
}
