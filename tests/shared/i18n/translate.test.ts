import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../shared/i18n/catalogue.ts';
import type { Language } from '../../../shared/i18n/language.ts';
import { bilingualMessage, type MessageParams, translate } from '../../../shared/i18n/translate.ts';

describe('translate', () => {
  it.each<[MessageKey, Language, MessageParams | undefined, string]>([
    ['schema.tooLong', 'en', { maximum: 10_000 }, 'Enter at most 10000 characters.'],
    ['schema.tooLong', 'fr', { maximum: 10_000 }, 'Saisissez au plus 10000 caractères.'],
    ['schema.notAllowed', 'fr', { values: 'NS, LP, SP, C' }, 'Choisissez parmi : NS, LP, SP, C.'],
    ['schema.tooLong', 'en', undefined, 'Enter at most {maximum} characters.'],
    ['schema.tooLong', 'en', { minimum: 3 }, 'Enter at most {maximum} characters.'],
    ['domain.trackerStatus.SP', 'fr', undefined, 'Progrès important'],
  ])('%s in %s with %j reads "%s"', (key, language, params, expected) => {
    expect(translate(key, language, params)).toBe(expected);
  });

  it('fills a value containing braces or dollar signs literally', () => {
    expect(translate('schema.notAllowed', 'en', { values: '{maximum}, $&' })).toBe('Choose one of: {maximum}, $&.');
  });
});

describe('bilingualMessage', () => {
  it('gives both languages with placeholders filled', () => {
    expect(bilingualMessage('schema.tooFew', { minimum: 2 })).toEqual({
      en: 'Give at least 2 items.',
      fr: 'Indiquez au moins 2 éléments.',
    });
  });
});
