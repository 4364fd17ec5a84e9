import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionStatus } from '../../shared/domain/action-status.ts';
import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';
import type { FieldError, ParseResult } from '../../shared/domain/parse-value.ts';
import type { Side } from '../../shared/domain/side.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { formatOffset } from '../../shared/ledger/exports/format-offset.ts';
import type { AnnotationChange } from '../services/annotations.ts';
import type { AnnotationRecord } from '../services/annotation-record.ts';
import { annotationLabels, type CommitmentChoice, KIND_ORDER, SPEAKER_SIDES } from './AnnotationComposer.tsx';
import { FieldErrors } from './FieldErrors.tsx';
import type { Translate } from './make-translate.ts';

/** How long a deleted annotation can be brought back before the deletion is recorded. */
export const UNDO_MS = 10_000;

type Props = {
  t: Translate;
  language: Language;
  annotations: readonly AnnotationRecord[];
  commitments: readonly CommitmentChoice[];
  attendees: ReadonlyArray<{ name: string; side: Side }>;
  onUpdate: (id: string, change: AnnotationChange) => Promise<ParseResult<unknown>>;
  onDelete: (id: string) => Promise<ParseResult<unknown>>;
  /** The list's heading: "Annotations" while annotating, "Correct the notes" after the meeting. */
  heading?: string;
  intro?: string;
  /** How long Undo is offered (tests shorten it). */
  undoMs?: number;
  /** After the meeting: translations awaited are shown, as the notes will flag them. */
  isReviewing?: boolean;
};

const OTHER: Record<Language, Language> = { en: 'fr', fr: 'en' };

/** "About C01 — title", or a plain word when the ledger's list does not (yet) hold the commitment. */
export function commitmentLabel(t: Translate, commitments: readonly CommitmentChoice[], id: string): string {
  const known = commitments.find((choice) => choice.id === id);
  return t('notes.link.about', { label: known ? known.label : t('notes.link.unknown') });
}

/** Who spoke, as the row shows it: name and side, either, or "not attributed". */
function speakerLine(t: Translate, speaker: AnnotationRecord['speaker']): string {
  const side = speaker?.side ? t(`common.side.${speaker.side}`) : undefined;
  const who = speaker?.name && side ? `${speaker.name} (${side})` : (speaker?.name ?? side);
  return who ? t('notes.speaker.said', { who }) : t('notes.speaker.unattributed');
}

/**
 * The list of a meeting's annotations: each can be edited in place (an `annotation.updated` event)
 * or deleted. A deletion waits UNDO_MS with an Undo button before it is recorded (a tombstone, synced),
 * and is recorded at once if the list goes away meanwhile.
 */
export function AnnotationList({ t, language, annotations, commitments, attendees, onUpdate, onDelete, heading, intro, undoMs = UNDO_MS, isReviewing = false }: Props) {
  const [editing, setEditing] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [deleteErrors, setDeleteErrors] = useState<readonly FieldError[]>([]);
  const [pending, setPending] = useState<{ id: string; label: string } | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const onDeleteRef = useRef(onDelete);
  onDeleteRef.current = onDelete;

  const commit = async (id: string) => {
    clearTimeout(timer.current);
    setPending((now) => (now?.id === id ? undefined : now));
    const result = await onDeleteRef.current(id);
    setDeleteErrors(result.ok ? [] : result.errors);
  };
  // Leaving the list (meeting ended, panel closed) records a deletion still waiting.
  useEffect(() => {
    const flush = () => {
      if (pendingRef.current) void onDeleteRef.current(pendingRef.current.id);
      pendingRef.current = undefined;
    };
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      clearTimeout(timer.current);
      flush();
    };
  }, []);

  // Where keyboard focus goes once the row it was in is re-rendered or gone.
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
  // An announcement made in the other language is not left on screen after a language change.
  const announcedIn = useRef(language);
  useEffect(() => {
    if (announcedIn.current !== language) setAnnouncement('');
    announcedIn.current = language;
  }, [language]);
  const shown = annotations.filter((annotation) => annotation.id !== pending?.id);
  return (
    <section class="annotations" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading" tabIndex={-1}>{heading ?? t('extension.list.heading')}</h2>
      {intro ? <p class="hint">{intro}</p> : null}
      {shown.length === 0 ? <p>{t('extension.list.empty')}</p> : null}
      <ol aria-labelledby="annotations-heading">
        {shown.map((annotation) => {
          const kind = t(`extension.kind.${annotation.kind}`);
          const time = formatOffset(annotation.offsetMs);
          const textLanguage = annotation.language;
          const isAwaiting = isReviewing && textLanguage !== undefined && !annotation.translation?.trim() && annotation.text.trim() !== '';
          return (
            <li key={annotation.id} data-kind={annotation.kind}>
              {editing === annotation.id ? (
                <EditAnnotation
                  t={t}
                  language={language}
                  annotation={annotation}
                  commitments={commitments}
                  attendees={attendees}
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
                    <span class={`badge kind-${annotation.kind}`}>{kind}</span> <time>{time}</time> ·{' '}
                    <span class="speaker-line">{speakerLine(t, annotation.speaker)}</span>
                  </p>
                  <p class="annotation-text" lang={textLanguage}>{annotation.text || t('extension.list.noText')}</p>
                  {annotation.translation?.trim() ? (
                    <p class="annotation-text translation" lang={textLanguage ? OTHER[textLanguage] : undefined}>{annotation.translation}</p>
                  ) : null}
                  {isAwaiting ? <p class="hint">{t('notes.list.translationAwaited', { language: t(`common.language.${OTHER[textLanguage]}`) })}</p> : null}
                  {annotation.commitmentId ? <p class="about">{commitmentLabel(t, commitments, annotation.commitmentId)}</p> : null}
                  {annotation.kind === 'action' ? (
                    <p class="hint">
                      {t('extension.list.actionDetails', {
                        owner: annotation.owner ?? t('extension.list.unassigned'),
                        due: annotation.dueDate ?? t('extension.list.noDate'),
                      })}{' '}
                      · {t(`exports.notes.actionStatus.${annotation.actionStatus ?? 'open'}`)}
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
                      onClick={() => {
                        // One deletion waits at a time: an earlier one is recorded now.
                        if (pending) void commit(pending.id);
                        const label = t('notes.list.deletedUndo', { kind, time });
                        setPending({ id: annotation.id, label });
                        timer.current = setTimeout(() => void commit(annotation.id), undoMs);
                        focusNext.current = 'undo-delete';
                        setAnnouncement(label);
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
      {pending ? (
        <p class="undo note">
          {pending.label}{' '}
          <button
            type="button"
            id="undo-delete"
            onClick={() => {
              clearTimeout(timer.current);
              focusNext.current = 'annotations-heading';
              setPending(undefined);
              setAnnouncement(t('notes.list.undone'));
            }}
          >
            {t('notes.list.undo')}
          </button>
        </p>
      ) : null}
      {deleteErrors.length > 0 ? <FieldErrors lead={t('extension.list.deleteRefused')} errors={deleteErrors} language={language} /> : null}
      <p role="status" class="announce">{announcement}</p>
    </section>
  );
}

function EditAnnotation(props: {
  t: Translate;
  language: Language;
  annotation: AnnotationRecord;
  commitments: readonly CommitmentChoice[];
  attendees: ReadonlyArray<{ name: string; side: Side }>;
  onCancel: () => void;
  onSave: (change: AnnotationChange) => Promise<ParseResult<unknown>>;
}) {
  const { t, annotation, commitments } = props;
  const [kind, setKind] = useState<AnnotationKind>(annotation.kind);
  const [text, setText] = useState(annotation.text);
  const [textLanguage, setTextLanguage] = useState<Language | ''>(annotation.language ?? '');
  const [translation, setTranslation] = useState(annotation.translation ?? '');
  const [side, setSide] = useState<Side | ''>(annotation.speaker?.side ?? '');
  const [name, setName] = useState(annotation.speaker?.name ?? '');
  const [commitmentId, setCommitmentId] = useState(annotation.commitmentId ?? '');
  const [owner, setOwner] = useState(annotation.owner ?? '');
  const [dueDate, setDueDate] = useState(annotation.dueDate ?? '');
  const [status, setStatus] = useState<ActionStatus>(annotation.actionStatus ?? 'open');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const id = annotation.id;
  const isKnownCommitment = commitmentId === '' || commitments.some((choice) => choice.id === commitmentId);
  return (
    <form
      class="edit"
      onSubmit={async (event) => {
        event.preventDefault();
        const isAction = kind === 'action';
        const speaker = { ...(side ? { side } : {}), ...(name.trim() ? { name: name.trim() } : {}) };
        const result = await props.onSave({
          kind,
          text: text.trim(),
          language: textLanguage || undefined,
          translation: translation.trim() || undefined,
          speaker: speaker.side || speaker.name ? speaker : undefined,
          commitmentId: commitmentId || undefined,
          owner: isAction && owner.trim() ? owner.trim() : undefined,
          dueDate: isAction && dueDate ? dueDate : undefined,
          actionStatus: isAction ? status : undefined,
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
      <textarea id={`edit-text-${id}`} rows={3} value={text} lang={textLanguage || undefined} maxLength={10000} autoFocus onInput={(e) => setText(e.currentTarget.value)} />
      <label for={`edit-language-${id}`}>{t('notes.edit.language')}</label>
      <select id={`edit-language-${id}`} value={textLanguage} onChange={(e) => setTextLanguage(e.currentTarget.value as Language | '')}>
        {textLanguage === '' ? <option value="">{t('notes.edit.languageUnknown')}</option> : null}
        <option value="en">{t('common.language.en')}</option>
        <option value="fr">{t('common.language.fr')}</option>
      </select>
      {textLanguage ? (
        <>
          <label for={`edit-translation-${id}`}>{t('notes.edit.translation', { language: t(`common.language.${OTHER[textLanguage]}`) })}</label>
          <textarea
            id={`edit-translation-${id}`}
            rows={2}
            value={translation}
            lang={OTHER[textLanguage]}
            maxLength={10000}
            aria-describedby={`edit-translation-hint-${id}`}
            onInput={(e) => setTranslation(e.currentTarget.value)}
          />
          <p id={`edit-translation-hint-${id}`} class="hint">{t('notes.edit.translationHint')}</p>
        </>
      ) : null}
      <label for={`edit-side-${id}`}>{t('notes.speaker.legend')}</label>
      <select id={`edit-side-${id}`} value={side} onChange={(e) => setSide(e.currentTarget.value as Side | '')}>
        {SPEAKER_SIDES.map((value) => (
          <option key={value ?? 'none'} value={value ?? ''}>{t(value ? `common.side.${value}` : 'notes.speaker.none')}</option>
        ))}
      </select>
      <label for={`edit-name-${id}`}>{t('notes.speaker.name')}</label>
      <input
        id={`edit-name-${id}`}
        list="speaker-names-edit"
        value={name}
        maxLength={200}
        autoComplete="off"
        onInput={(e) => {
          setName(e.currentTarget.value);
          const known = props.attendees.find((person) => person.name === e.currentTarget.value.trim());
          if (known) setSide(known.side);
        }}
      />
      <datalist id="speaker-names-edit">
        {props.attendees.map((person) => (
          <option key={person.name} value={person.name} />
        ))}
      </datalist>
      <label for={`edit-commitment-${id}`}>{t('extension.annotate.commitment')}</label>
      <select id={`edit-commitment-${id}`} value={commitmentId} onChange={(e) => setCommitmentId(e.currentTarget.value)}>
        <option value="">{t('extension.annotate.noCommitment')}</option>
        {isKnownCommitment ? null : <option value={commitmentId}>{t('notes.link.unknown')}</option>}
        {commitments.map((choice) => (
          <option key={choice.id} value={choice.id}>{choice.label}</option>
        ))}
      </select>
      {kind === 'action' ? (
        <>
          <label for={`edit-owner-${id}`}>{t('extension.annotate.owner')}</label>
          <input id={`edit-owner-${id}`} value={owner} maxLength={200} onInput={(e) => setOwner(e.currentTarget.value)} />
          <label for={`edit-due-${id}`}>{t('extension.annotate.dueDate')}</label>
          <input id={`edit-due-${id}`} type="date" value={dueDate} onInput={(e) => setDueDate(e.currentTarget.value)} />
          <label for={`edit-status-${id}`}>{t('notes.edit.status')}</label>
          <select id={`edit-status-${id}`} value={status} onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}>
            <option value="open">{t('exports.notes.actionStatus.open')}</option>
            <option value="done">{t('exports.notes.actionStatus.done')}</option>
          </select>
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
