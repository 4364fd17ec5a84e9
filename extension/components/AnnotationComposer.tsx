import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Speaker } from '../../shared/domain/annotation.ts';
import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';
import type { BilingualText } from '../../shared/domain/bilingual-text.ts';
import type { FieldError, ParseResult } from '../../shared/domain/parse-value.ts';
import type { Side } from '../../shared/domain/side.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { STORAGE_FAILED } from '../services/write-together.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { Translate } from './make-translate.ts';

/** Button order is the shortcut order: Alt+1 is Decision … Alt+6 is Note. */
export const KIND_ORDER: readonly AnnotationKind[] = ['decision', 'action', 'agreement', 'disagreement', 'question', 'note'];

/** The speaker's side, in shortcut order: Alt+7 … Alt+9, and Alt+0 for unattributed (`undefined`). */
export const SPEAKER_SIDES: ReadonlyArray<Side | undefined> = ['government', 'csn', 'other', undefined];
const SIDE_KEYS = ['7', '8', '9', '0'] as const;

type ShortcutEvent = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>;
const altDigit = (event: ShortcutEvent): string | undefined => {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  return /^(?:Digit|Numpad)([0-9])$/.exec(event.code)?.[1];
};

/** Alt+1…6 by physical key (`Digit1`), so it works on layouts where Alt+digit types a symbol. */
export function kindForShortcut(event: ShortcutEvent): AnnotationKind | undefined {
  const digit = altDigit(event);
  return digit && digit >= '1' && digit <= '6' ? KIND_ORDER[Number(digit) - 1] : undefined;
}

/** Alt+7/8/9/0 → government / CSN / other / unattributed; `null` when the key is not one of them. */
export function sideForShortcut(event: ShortcutEvent): Side | undefined | null {
  const index = SIDE_KEYS.indexOf(altDigit(event) as (typeof SIDE_KEYS)[number]);
  return index < 0 ? null : SPEAKER_SIDES[index];
}

/** A commitment the ledger knows, for the picker (label) and the notes (code and title). */
export type CommitmentChoice = { id: string; label: string; code?: string; title?: BilingualText };

/** The visible label of each annotation field, as refusals name it (from the form or from the event). */
export function annotationLabels(t: Translate): Record<string, string> {
  const keys = {
    text: 'extension.annotate.text',
    owner: 'extension.annotate.owner',
    dueDate: 'extension.annotate.dueDate',
    commitmentId: 'extension.annotate.commitment',
    'speaker.name': 'notes.speaker.name',
    translation: 'notes.edit.translationLabel',
  } as const;
  return Object.fromEntries(
    Object.entries(keys).flatMap(([path, key]) => {
      const label = t('extension.common.fieldLabel', { label: t(key) });
      return [[path, label], [`payload.${path}`, label]];
    }),
  );
}

export type AnnotationFields = {
  kind: AnnotationKind;
  text: string;
  language: Language;
  commitmentId?: string;
  owner?: string;
  dueDate?: string;
  speaker?: Speaker;
};

type Props = {
  t: Translate;
  language: Language;
  commitments: readonly CommitmentChoice[];
  /** The meeting's attendees, offered as speakers' names. */
  attendees: ReadonlyArray<{ name: string; side: Side }>;
  /** Who the captions say is speaking now, when the platform tells. */
  captionSpeaker?: string;
  onSave: (fields: AnnotationFields) => Promise<ParseResult<{ offsetMs?: number }>>;
  /** Announced after a save: what and when. */
  describeSaved: (kind: AnnotationKind, offsetMs: number | undefined) => string;
};

export function AnnotationComposer({ t, language, commitments, attendees, captionSpeaker, onSave, describeSaved }: Props) {
  const [text, setText] = useState('');
  const [textLanguage, setTextLanguage] = useState<Language>(language);
  const [commitmentId, setCommitmentId] = useState('');
  const [isPinned, setPinned] = useState(false);
  const [side, setSide] = useState<Side | undefined>(undefined);
  const [name, setName] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The shortcut listener lives on the document; it must see the current fields, not the first render's.
  const current = useRef({ text, textLanguage, commitmentId, isPinned, side, name, owner, dueDate });
  current.current = { text, textLanguage, commitmentId, isPinned, side, name, owner, dueDate };
  const saving = useRef(Promise.resolve());

  // A caption's speaker fills the name while the note-taker has not typed one; a known attendee brings their side.
  useEffect(() => {
    if (!captionSpeaker) return;
    setName((now) => (now.trim() === '' ? captionSpeaker : now));
    const known = attendees.find((person) => person.name === captionSpeaker);
    if (known) setSide((now) => now ?? known.side);
  }, [captionSpeaker, attendees]);

  const chooseName = (value: string) => {
    setName(value);
    const known = attendees.find((person) => person.name === value.trim());
    if (known) setSide(known.side);
  };

  const save = (kind: AnnotationKind) => {
    const fields = current.current;
    const speaker: Speaker = { ...(fields.side ? { side: fields.side } : {}), ...(fields.name.trim() ? { name: fields.name.trim() } : {}) };
    const input: AnnotationFields = {
      kind,
      text: fields.text.trim(),
      language: fields.textLanguage,
      ...(fields.commitmentId ? { commitmentId: fields.commitmentId } : {}),
      ...(kind === 'action' && fields.owner.trim() ? { owner: fields.owner.trim() } : {}),
      ...(kind === 'action' && fields.dueDate ? { dueDate: fields.dueDate } : {}),
      ...(speaker.side || speaker.name ? { speaker } : {}),
    };
    // Saves run one after another so rapid key presses keep their order; a failure is shown and
    // never stops the next save.
    saving.current = saving.current.then(async () => {
      const result = await onSave(input).catch(() => ({ ok: false as const, errors: [STORAGE_FAILED] }));
      if (result.ok) {
        setErrors([]);
        setAnnouncement(describeSaved(kind, result.value.offsetMs));
        setText((now) => (now.trim() === input.text ? '' : now));
        // Each annotation gets its own link and speaker: nothing carries over unless pinned.
        if (!current.current.isPinned) setCommitmentId((now) => (now === (input.commitmentId ?? '') ? '' : now));
        setSide((now) => (now === input.speaker?.side ? undefined : now));
        setName((now) => (now.trim() === (input.speaker?.name ?? '') ? '' : now));
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
      // Typing in an annotation's edit form is about that annotation, not a new one.
      if (event.target instanceof Element && event.target.closest('form.edit')) return;
      const kind = kindForShortcut(event);
      if (kind) {
        event.preventDefault();
        save(kind);
        return;
      }
      const chosen = sideForShortcut(event);
      if (chosen !== null) {
        event.preventDefault();
        setSide(chosen);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const pinnedLabel = isPinned ? commitments.find((choice) => choice.id === commitmentId)?.label : undefined;
  return (
    <section class="composer" aria-labelledby="composer-heading">
      <h2 id="composer-heading">{t('extension.annotate.heading')}</h2>
      <fieldset class="speaker">
        <legend>{t('notes.speaker.legend')}</legend>
        <div class="speaker-sides">
          {SPEAKER_SIDES.map((value, index) => {
            const key = value ?? 'none';
            return (
              <label key={key} class={`speaker-side${side === value ? ' is-chosen' : ''}`}>
                <input
                  type="radio"
                  name="speaker-side"
                  value={key}
                  checked={side === value}
                  aria-keyshortcuts={`Alt+${SIDE_KEYS[index]}`}
                  onChange={() => setSide(value)}
                />
                {t(`notes.speaker.${key}`)}
              </label>
            );
          })}
        </div>
        <label for="speaker-name">{t('notes.speaker.name')}</label>
        <input
          id="speaker-name"
          list="speaker-names"
          value={name}
          maxLength={200}
          autoComplete="off"
          aria-describedby="speaker-hint"
          onInput={(e) => chooseName(e.currentTarget.value)}
        />
        <datalist id="speaker-names">
          {captionSpeaker && !attendees.some((person) => person.name === captionSpeaker) ? <option value={captionSpeaker} /> : null}
          {attendees.map((person) => (
            <option key={person.name} value={person.name}>{t(`common.side.${person.side}`)}</option>
          ))}
        </datalist>
        <p id="speaker-hint" class="hint">
          {t('notes.speaker.nameHint')}
          {captionSpeaker ? ` ${t('notes.speaker.fromCaptions', { name: captionSpeaker })}` : ''}
        </p>
      </fieldset>
      <label for="annotation-text">{t('extension.annotate.text')}</label>
      <textarea
        id="annotation-text"
        ref={textRef}
        rows={3}
        value={text}
        lang={textLanguage}
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
      <label for="text-language">{t('notes.edit.language')}</label>
      <select id="text-language" value={textLanguage} onChange={(e) => setTextLanguage(e.currentTarget.value as Language)}>
        <option value="en">{t('common.language.en')}</option>
        <option value="fr">{t('common.language.fr')}</option>
      </select>
      <label for="annotation-commitment">{t('extension.annotate.commitment')}</label>
      <select
        id="annotation-commitment"
        value={commitmentId}
        onChange={(e) => setCommitmentId(e.currentTarget.value)}
        aria-describedby={commitments.length === 0 ? 'no-commitments' : pinnedLabel ? 'pinned-commitment' : undefined}
      >
        <option value="">{t('extension.annotate.noCommitment')}</option>
        {commitments.map((choice) => (
          <option key={choice.id} value={choice.id}>{choice.label}</option>
        ))}
      </select>
      {commitments.length === 0 ? <p id="no-commitments" class="hint">{t('extension.annotate.noCommitmentsKnown')}</p> : null}
      <label class="checkbox">
        <input type="checkbox" checked={isPinned} onChange={(e) => setPinned(e.currentTarget.checked)} disabled={!commitmentId && !isPinned} />
        {t('notes.link.pin')}
      </label>
      {pinnedLabel ? <p id="pinned-commitment" class="pinned">{t('notes.link.pinned', { label: pinnedLabel })}</p> : null}
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
