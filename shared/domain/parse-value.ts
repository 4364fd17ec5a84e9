import type * as z from 'zod/mini';
import { catalogue, type MessageKey } from '../i18n/catalogue.ts';
import { bilingualMessage, type MessageParams } from '../i18n/translate.ts';
import type { BilingualText } from './bilingual-text.ts';

/** One reason a value was refused: where (`milestones[0].code`) and why, in both languages. */
export type FieldError = { path: string; code: string; message: BilingualText };
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

type Issue = z.core.$ZodIssue;

/** `['milestones', 0, 'code']` → `milestones[0].code`; the root is `""`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** A schema may name its own catalogue message (`z.regex(re, { error: 'domain.error.commitmentCode' })`). */
// A Set rather than Object.hasOwn: the Apps Script runtime's V8 may predate it.
const MESSAGE_KEYS: ReadonlySet<string> = new Set(Object.keys(catalogue));

function isMessageKey(text: string): text is MessageKey {
  return MESSAGE_KEYS.has(text);
}

function describe(issue: Issue, input: unknown): [MessageKey, MessageParams?] {
  if (isMessageKey(issue.message)) return [issue.message];
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? ['schema.required'] : ['schema.wrongType', { expected: issue.expected }];
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? ['schema.required'] : ['schema.tooShort', { minimum: Number(issue.minimum) }];
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return Number(issue.minimum) <= 1 ? ['schema.atLeastOne'] : ['schema.tooFew', { minimum: Number(issue.minimum) }];
      }
      return ['schema.tooSmall', { minimum: Number(issue.minimum) }];
    case 'too_big':
      if (issue.origin === 'string') return ['schema.tooLong', { maximum: Number(issue.maximum) }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['schema.tooMany', { maximum: Number(issue.maximum) }];
      return ['schema.tooBig', { maximum: Number(issue.maximum) }];
    case 'invalid_format':
      return ['schema.badFormat', { format: issue.format }];
    case 'invalid_value':
      return ['schema.notAllowed', { values: issue.values.map(String).join(', ') }];
    case 'invalid_union':
      return 'discriminator' in issue && issue.discriminator ? ['schema.unknownKind'] : ['schema.invalid'];
    case 'unrecognized_keys':
      return ['schema.unknownFields', { keys: issue.keys.join(', ') }];
    default:
      return ['schema.invalid'];
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/**
 * Parses a value that crossed a boundary. Never throws: a refusal lists each field path with a
 * plain message in English and French from the catalogue (zod's own English text is not shown).
 */
export function parseValue<S extends z.ZodMiniType>(schema: S, value: unknown): ParseResult<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  const errors = result.error.issues.map((issue): FieldError => {
    const [key, params] = describe(issue, valueAt(value, issue.path));
    return { path: formatPath(issue.path), code: issue.code, message: bilingualMessage(key, params) };
  });
  return { ok: false, errors };
}
