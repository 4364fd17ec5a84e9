import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseValue } from '../../../shared/domain/parse-value.ts';

describe('parseValue', () => {
  it('gives each failing field its path and a message in both languages', () => {
    const schema = z.object({ title: z.string().check(z.minLength(1)), items: z.array(z.object({ code: z.string() })) });
    const result = parseValue(schema, { title: '', items: [{}] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['title', 'items[0].code']);
    expect(result.errors[0]!.message).toEqual({ en: 'This field is required.', fr: 'Ce champ est obligatoire.' });
  });
});

describe('parseValue with messages named by the schema', () => {
  it.each<[string, z.ZodMiniType, unknown, { en: string; fr: string }]>([
    [
      'a catalogue key given as the error shows that message',
      z.string().check(z.regex(/^C\d{2}$/, { error: 'domain.error.commitmentCode' })),
      'C1',
      { en: 'Enter a commitment code such as C01.', fr: 'Saisissez un code d’engagement comme C01.' },
    ],
    [
      'any other custom text falls back to the generic message by issue code',
      z.string().check(z.regex(/^C\d{2}$/, { error: 'must look like C01' })),
      'C1',
      { en: 'This value is not in the expected format (regex).', fr: 'Cette valeur n’a pas le format attendu (regex).' },
    ],
  ])('%s', (_name, schema, value, message) => {
    const result = parseValue(schema, value);
    expect(result).toEqual({ ok: false, errors: [{ path: '', code: 'invalid_format', message }] });
  });
});

describe('parseValue on lists that are too short', () => {
  it.each<[number, unknown[], { en: string; fr: string }]>([
    [1, [], { en: 'Give at least one item.', fr: 'Indiquez au moins un élément.' }],
    [2, ['C01'], { en: 'Give at least 2 items.', fr: 'Indiquez au moins 2 éléments.' }],
  ])('a list needing at least %i item(s) says so plainly', (minimum, value, message) => {
    const result = parseValue(z.array(z.string()).check(z.minLength(minimum)), value);
    expect(result).toEqual({ ok: false, errors: [{ path: '', code: 'too_small', message }] });
  });
});
