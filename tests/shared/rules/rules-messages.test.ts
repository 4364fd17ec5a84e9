import { describe, expect, it } from 'vitest';
import { rulesMessages } from '../../../shared/i18n/messages/rules.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rules messages', () => {
  it.each(Object.entries(rulesMessages))('%s has English and French with the same placeholders', (_key, entry) => {
    expect(entry.en.trim()).not.toBe('');
    expect(entry.fr.trim()).not.toBe('');
    expect(entry.fr).not.toBe(entry.en);
    expect(placeholders(entry.fr)).toEqual(placeholders(entry.en));
  });
});
