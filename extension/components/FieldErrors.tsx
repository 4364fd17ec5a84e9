import type { FieldError } from '../../shared/domain/parse-value.ts';
import type { Language } from '../../shared/i18n/language.ts';

/** A refusal in plain words: a lead sentence and one line per field, in the user's language. */
export function FieldErrors({
  lead,
  errors,
  language,
  labels = {},
}: {
  lead: string;
  errors: readonly FieldError[];
  language: Language;
  /** Each field path's visible label, punctuated ("Remote link:"), so the user does not read `remoteUrl`. */
  labels?: Readonly<Record<string, string>>;
}) {
  return (
    <div class="problem" role="alert">
      <p>{lead}</p>
      <ul>
        {errors.map((error) => (
          <li key={`${error.path}:${error.code}`}>
            {/* A path without a label (`payload.owner`) is internal: the message alone is the plain words. */}
            {labels[error.path] ? <strong>{labels[error.path]}</strong> : null} {error.message[language]}
          </li>
        ))}
      </ul>
    </div>
  );
}
