import type { FieldError } from '../../shared/domain/parse-value.ts';
import type { Language } from '../../shared/i18n/language.ts';

/** A refusal in plain words: a lead sentence and one line per field, in the user's language. */
export function FieldErrors({ lead, errors, language }: { lead: string; errors: readonly FieldError[]; language: Language }) {
  return (
    <div class="problem" role="alert">
      <p>{lead}</p>
      <ul>
        {errors.map((error) => (
          <li key={`${error.path}:${error.code}`}>
            {error.path ? <code>{error.path}</code> : null} {error.message[language]}
          </li>
        ))}
      </ul>
    </div>
  );
}
