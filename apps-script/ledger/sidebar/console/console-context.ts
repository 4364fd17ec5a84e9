import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../../../../shared/i18n/language.ts';
import type { MessageParams } from '../../../../shared/i18n/translate.ts';
import { createServerBridge, type ScriptRun } from '../../../../shared/ui/server-bridge.ts';
import { type ConsoleError, type LoadedState, WriteAnswer } from './console-answers.ts';
import { type ConsoleKey, translateConsole as translate } from './console-messages.ts';

export type ConsoleServer = ReturnType<typeof createServerBridge<typeof import('../../server/index.ts')>>;

/** A write's outcome as a form shows it: saved, or refused with reasons in both languages (nothing stored). */
export type WriteOutcome = { ok: true; value: unknown } | { ok: false; errors: ConsoleError[] };

export type ConsoleContext = {
  language: Language;
  t: (key: ConsoleKey, params?: MessageParams) => string;
  state: LoadedState;
  server: ConsoleServer;
  /** Runs one server write, parses its answer, reloads the state when something was stored. */
  write: (call: () => Promise<unknown>) => Promise<WriteOutcome>;
};

export const Console = createContext<ConsoleContext | null>(null);

export function useConsole(): ConsoleContext {
  const value = useContext(Console);
  if (value === null) throw new Error('useConsole outside the console');
  return value;
}

export function makeServer(run: ScriptRun): ConsoleServer {
  return createServerBridge<typeof import('../../server/index.ts')>(run);
}

export function translator(language: Language) {
  return (key: ConsoleKey, params?: MessageParams) => translate(key, language, params);
}

/** Parses a write's answer; a broken or failed call becomes a refusal the form can show. */
export async function runWrite(call: () => Promise<unknown>): Promise<WriteOutcome> {
  try {
    const parsed = WriteAnswer.safeParse(await call());
    if (!parsed.success) return { ok: false, errors: [{ path: '', message: { en: translate('console.badAnswer', 'en'), fr: translate('console.badAnswer', 'fr') } }] };
    return parsed.data.ok ? { ok: true, value: parsed.data.value } : { ok: false, errors: parsed.data.errors };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: { en: translate('console.failed', 'en', { message }), fr: translate('console.failed', 'fr', { message }) } }] };
  }
}
