import type { ComponentChildren } from 'preact';
import type { ConsoleError } from './console-answers.ts';
import { useConsole } from './console-context.ts';

/** The refusal of a form: every reason, in the coordinator's language, announced at once. */
export function Problems({ errors, labels = {} }: { errors: readonly ConsoleError[]; labels?: Readonly<Record<string, string>> }) {
  const { t, language } = useConsole();
  // The field's label before its reason, so "This field is required." says which field.
  const labelOf = (path: string) => Object.entries(labels).find(([key]) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`))?.[1];
  if (errors.length === 0) return null;
  return (
    <div class="problems" role="alert">
      <p>{t('console.refused')}</p>
      <ul>
        {errors.map((error, i) => (
          <li key={i}>{withLabel(labelOf(error.path), error.message[language], language)}</li>
        ))}
      </ul>
    </div>
  );
}

/** French puts a space before the colon. */
function withLabel(label: string | undefined, message: string, language: 'en' | 'fr'): string {
  if (label === undefined) return message;
  return language === 'fr' ? `${label} : ${message}` : `${label}: ${message}`;
}

/** A "Saved" line read out politely once a write is stored. */
export function Saved({ text }: { text: string }) {
  return (
    <p class="saved" role="status">
      {text}
    </p>
  );
}

/** The error a field's own path carries, if any (paths match exactly or as a prefix: `response` covers `response.text.en`). */
export function errorFor(errors: readonly ConsoleError[], path: string): ConsoleError | undefined {
  return errors.find((error) => error.path === path || error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`));
}

/** A labelled control with its own error below it, tied together for screen readers. */
export function Field(props: { id: string; label: string; error?: ConsoleError; hint?: string; children: (aria: Record<string, string | boolean | undefined>) => ComponentChildren }) {
  const { language } = useConsole();
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children({ id: props.id, 'aria-invalid': props.error ? 'true' : undefined, 'aria-describedby': described || undefined })}
      {props.error ? (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error.message[language]}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled drop-down: `options` are [value, label] pairs, `blank` an optional first choice meaning "none". */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<readonly [value: string, label: string]>;
  blank?: string;
  error?: ConsoleError;
  hint?: string;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error} hint={props.hint}>
      {(aria) => (
        <select {...aria} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
          {props.blank === undefined ? null : <option value="">{props.blank}</option>}
          {props.options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A labelled text box (one line, or `rows` lines). */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'url';
  inputMode?: 'numeric' | 'decimal';
  /** The language of what is typed, when it is not the page's (a French response on an English console). */
  lang?: string;
  rows?: number;
  error?: ConsoleError;
  hint?: string;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error} hint={props.hint}>
      {(aria) => {
        const onInput = (e: { currentTarget: { value: string } }) => props.onInput(e.currentTarget.value);
        if (props.rows) return <textarea {...aria} lang={props.lang} rows={props.rows} value={props.value} onInput={onInput} />;
        if (props.type === 'date') return <input {...aria} type="date" value={props.value} onInput={onInput} />;
        if (props.type === 'url') return <input {...aria} type="url" value={props.value} onInput={onInput} />;
        return <input {...aria} type="text" lang={props.lang} inputMode={props.inputMode} value={props.value} onInput={onInput} />;
      }}
    </Field>
  );
}

/** One line of a coverage box: "By sector: Civil society 3 · Not known yet 1", largest count first. */
export function TallyLine({ label, counts, name }: { label: string; counts: Readonly<Record<string, number>>; name: (key: string) => string }) {
  const { language } = useConsole();
  const items = Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => `${name(key)} ${n}`)
    .join(' · ');
  return (
    <p class="meta">
      <strong>{label}</strong>
      {language === 'fr' ? ' : ' : ': '}
      {items}
    </p>
  );
}
