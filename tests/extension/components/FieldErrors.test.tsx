// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldErrors } from '@/components/FieldErrors';
import { bilingualMessage } from '../../../shared/i18n/translate.ts';

afterEach(() => cleanup());

const TOO_LONG = { path: 'payload.owner', code: 'too_big', message: bilingualMessage('schema.tooLong', { maximum: 200 }) };

describe('refusals in plain words', () => {
  it.each([
    ['en', 'Owner:'],
    ['fr', 'Responsable :'],
  ] as const)('name a field by its visible label (%s)', (language, label) => {
    render(<FieldErrors lead="x" errors={[TOO_LONG]} language={language} labels={{ 'payload.owner': label }} />);
    expect(screen.getByRole('alert').textContent).toContain(label);
  });

  it.each(['en', 'fr'] as const)('never show a field’s internal name when it has no label (%s)', (language) => {
    render(<FieldErrors lead="x" errors={[TOO_LONG]} language={language} />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).not.toContain('payload');
    expect(text).toContain(TOO_LONG.message[language]);
  });
});
