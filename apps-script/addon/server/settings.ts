import * as z from 'zod/mini';
import { Member } from '../../../shared/domain/member.ts';
import { Language } from '../../../shared/i18n/language.ts';
import { addonLanguage, LANGUAGE_PROPERTY } from './addon-language.ts';
import { type LedgerProblem, whoami } from './ledger-client.ts';

const URL_PROPERTY = 'cocreate:ledgerUrl';
const TOKEN_PROPERTY = 'cocreate:token';
const MEMBER_PROPERTY = 'cocreate:member';

// A deployed web app (script.google.com/macros/s/<id>/exec), or the local stand-in for trials
// (`npm run ledger:local` on 127.0.0.1). Checked by pattern: Apps Script's V8 has no URL class.
const LEDGER_URL = /^(https:\/\/script\.google\.com\/(a\/[\w.-]+\/)?macros\/s\/[\w-]+\/exec|http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/exec)$/;

export const SettingsInput = z.object({
  ledgerUrl: z.string().check(z.maxLength(500)),
  token: z.string().check(z.maxLength(200)),
  language: Language,
});
export type SettingsInput = z.infer<typeof SettingsInput>;

export type Settings = { ledgerUrl: string; token: string; member?: Member };

/** The drafter's own ledger address and member token (user properties: no other user reads them). */
export function readSettings(): Settings {
  const props = PropertiesService.getUserProperties();
  const member = Member.safeParse(JSON.parse(props.getProperty(MEMBER_PROPERTY) ?? 'null'));
  return { ledgerUrl: props.getProperty(URL_PROPERTY) ?? '', token: props.getProperty(TOKEN_PROPERTY) ?? '', ...(member.success ? { member: member.data } : {}) };
}

export type SettingsView = { ledgerUrl: string; hasToken: boolean; language: Language; member?: Member };

/** The settings for the sidebar; who the token belongs to is asked once (whoami) and remembered. */
export function settingsView(): SettingsView {
  const settings = readSettings();
  if (settings.token && settings.ledgerUrl && !settings.member) {
    const answer = whoami(settings);
    if (answer.ok) {
      PropertiesService.getUserProperties().setProperty(MEMBER_PROPERTY, JSON.stringify(answer.value.member));
      settings.member = answer.value.member;
    }
  }
  return { ledgerUrl: settings.ledgerUrl, hasToken: settings.token !== '', language: addonLanguage(), ...(settings.member ? { member: settings.member } : {}) };
}

export type SaveOutcome =
  | { saved: true; checked: true; member: Member }
  | { saved: true; checked: false; problem: LedgerProblem }
  | { saved: false; problem: LedgerProblem | 'badUrl' };

/**
 * Saves the settings once the ledger recognises the token (whoami). A wrong token or address saves
 * nothing, so the previous working settings stay; an unreachable ledger saves them unchecked, to be
 * checked on the next sync. An empty token keeps the saved one (the sidebar never shows it).
 */
export function saveSettings(raw: unknown): SaveOutcome {
  const input = SettingsInput.parse(raw);
  const props = PropertiesService.getUserProperties();
  props.setProperty(LANGUAGE_PROPERTY, input.language);
  const ledgerUrl = input.ledgerUrl.trim();
  const token = input.token.trim() || (props.getProperty(TOKEN_PROPERTY) ?? '');
  if (ledgerUrl === '' && token === '') return { saved: false, problem: 'notConfigured' };
  if (!LEDGER_URL.test(ledgerUrl)) return { saved: false, problem: 'badUrl' };
  const answer = whoami({ ledgerUrl, token });
  if (!answer.ok && answer.problem !== 'offline' && answer.problem !== 'busy') return { saved: false, problem: answer.problem };
  props.setProperties({ [URL_PROPERTY]: ledgerUrl, [TOKEN_PROPERTY]: token });
  if (!answer.ok) {
    props.deleteProperty(MEMBER_PROPERTY);
    return { saved: true, checked: false, problem: answer.problem };
  }
  props.setProperty(MEMBER_PROPERTY, JSON.stringify(answer.value.member));
  return { saved: true, checked: true, member: answer.value.member };
}
