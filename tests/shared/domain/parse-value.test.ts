import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
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
