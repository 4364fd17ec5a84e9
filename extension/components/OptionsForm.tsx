import { useEffect, useState } from 'preact/hooks';
import type { FieldError } from '../../shared/domain/parse-value.ts';
import type { Side } from '../../shared/domain/side.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import { CheckTokenReply, type ExtensionMessage } from '../../shared/protocol/extension-messages.ts';
import { isAcceptableLedgerUrl } from '../services/ledger-url.ts';
import { DEFAULT_SETTINGS, getSettings, type Settings, saveSettings } from '../services/settings.ts';
import { FieldErrors } from './FieldErrors.tsx';
import { makeTranslate } from './make-translate.ts';
import { useDocumentLanguage } from './use-document-language.ts';

export type OptionsPorts = {
  /** Asks for the ledger's host; must run first in the click (browsers only prompt inside a gesture). */
  requestHost: (ledgerUrl: string) => Promise<boolean>;
  sendToBackground: (message: ExtensionMessage) => Promise<unknown>;
};

type Check = { state: 'none' } | { state: 'checking' } | { state: 'done'; reply: CheckTokenReply };

const SIDES: Side[] = ['government', 'csn', 'other'];

/** Ledger URL, member token (checked with whoami), display name, side and language. */
export function OptionsForm({ ports }: { ports: OptionsPorts }) {
  const [form, setForm] = useState<Settings>(DEFAULT_SETTINGS);
  const [language, setLanguage] = useState<Language>(DEFAULT_SETTINGS.language);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [check, setCheck] = useState<Check>({ state: 'none' });
  // The fields appear once the stored settings are read: typed earlier, the reading would overwrite them.
  const [loaded, setLoaded] = useState(false);
  useDocumentLanguage(language);
  const t = makeTranslate(language);

  useEffect(() => {
    getSettings().then((settings) => {
      setForm(settings);
      setLanguage(settings.language);
      setLoaded(true);
    });
  }, []);

  const change = (patch: Partial<Settings>) => {
    setForm((current) => ({ ...current, ...patch }));
    setSaved(false);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const ledgerUrl = form.ledgerUrl.trim();
    // The permission prompt must come before any other await, inside the click. An address the
    // settings would refuse asks for nothing: saving below explains what is wrong with it.
    const granted = ledgerUrl && isAcceptableLedgerUrl(ledgerUrl) ? await ports.requestHost(ledgerUrl).catch(() => false) : true;
    if (!granted) {
      setSaved(false);
      setErrors([{ path: 'ledgerUrl', code: 'permission', message: bilingualMessage('extension.options.permissionDenied') }]);
      return;
    }
    const { version: _version, side, ...rest } = form;
    const result = await saveSettings({ ...rest, ledgerUrl, token: form.token.trim(), displayName: form.displayName.trim(), ...(side ? { side } : {}) });
    if (!result.ok) {
      setErrors(result.errors);
      setSaved(false);
      return;
    }
    setErrors([]);
    setSaved(true);
    setLanguage(result.value.language);
    if (!result.value.ledgerUrl || !result.value.token) {
      setCheck({ state: 'none' });
      return;
    }
    setCheck({ state: 'checking' });
    const raw = await ports
      .sendToBackground({ type: 'check-token', ledgerUrl: result.value.ledgerUrl, token: result.value.token })
      .catch(() => undefined);
    const parsed = CheckTokenReply.safeParse(raw);
    setCheck({
      state: 'done',
      reply: parsed.success ? parsed.data : { ok: false, problem: { code: 'bad_reply', message: bilingualMessage('extension.common.badReply') } },
    });
  };

  return (
    <main class="page" lang={language}>
      <h1>{t('extension.options.title')}</h1>
      {loaded ? <form onSubmit={submit} noValidate>
        <label for="ledger-url">{t('extension.options.ledgerUrl')}</label>
        <input id="ledger-url" type="url" value={form.ledgerUrl} aria-describedby="ledger-url-hint" autoComplete="off" onInput={(e) => change({ ledgerUrl: e.currentTarget.value })} />
        <p id="ledger-url-hint" class="hint">{t('extension.options.ledgerUrlHint')}</p>

        <label for="token">{t('extension.options.token')}</label>
        <input id="token" type="password" value={form.token} autoComplete="off" onInput={(e) => change({ token: e.currentTarget.value })} />

        <label for="display-name">{t('extension.options.displayName')}</label>
        <input id="display-name" value={form.displayName} maxLength={200} autoComplete="name" onInput={(e) => change({ displayName: e.currentTarget.value })} />

        <label for="side">{t('extension.options.side')}</label>
        <select id="side" value={form.side ?? ''} onChange={(e) => {
          const value = e.currentTarget.value;
          setForm((current) => {
            const { side: _side, ...rest } = current;
            return value ? { ...rest, side: value as Side } : rest;
          });
          setSaved(false);
        }}>
          <option value="">{t('extension.options.sideUnset')}</option>
          {SIDES.map((side) => (
            <option key={side} value={side}>{t(`common.side.${side}`)}</option>
          ))}
        </select>

        <label for="language">{t('extension.options.language')}</label>
        <select id="language" value={form.language} onChange={(e) => change({ language: e.currentTarget.value as Language })}>
          <option value="en" lang="en">{t('extension.options.languageName.en')}</option>
          <option value="fr" lang="fr">{t('extension.options.languageName.fr')}</option>
        </select>

        {errors.length > 0 ? (
          <FieldErrors
            lead={t('extension.options.refused')}
            errors={errors}
            language={language}
            labels={{
              ledgerUrl: t('extension.common.fieldLabel', { label: t('extension.options.ledgerUrl') }),
              token: t('extension.common.fieldLabel', { label: t('extension.options.token') }),
              displayName: t('extension.common.fieldLabel', { label: t('extension.options.displayName') }),
            }}
          />
        ) : null}
        <button type="submit" class="primary">{t('extension.options.save')}</button>
      </form> : null}
      <div role="status" class="announce">
        {saved ? <p>{t('extension.options.saved')}</p> : null}
        {check.state === 'checking' ? <p>{t('extension.options.checking')}</p> : null}
        {check.state === 'done' && check.reply.ok ? (
          <p>
            {t('extension.options.whoami', {
              name: check.reply.member.name,
              org: check.reply.member.org,
              side: t(`common.side.${check.reply.member.side}`),
            })}
          </p>
        ) : null}
        {check.state === 'done' && !check.reply.ok ? (
          <p class="problem-text">
            {t('extension.options.checkFailed')} {check.reply.problem.message[language]}
          </p>
        ) : null}
      </div>
    </main>
  );
}
