import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../shared/i18n/language.ts';
import { DEFAULT_PLATFORM_PREFS, MEETING_PLATFORMS, type PlatformPrefs, withControlShown } from '../services/platform-prefs.ts';
import { commandForKind } from '../services/quick-annotation-messages.ts';
import { KIND_ORDER } from './AnnotationComposer.tsx';
import { makeTranslate } from './make-translate.ts';

/** One of the manifest's commands as the browser reports it (`commands.getAll`). */
export type BrowserCommand = { name?: string; shortcut?: string };

export type MeetingPageOptionsPorts = {
  getPrefs: () => Promise<PlatformPrefs>;
  savePrefs: (change: Partial<Omit<PlatformPrefs, 'version'>>) => Promise<PlatformPrefs>;
  /** The shortcuts as the browser holds them now (the user may have changed them). */
  getCommands: () => Promise<BrowserCommand[]>;
  /** Opens the browser's own page where shortcuts are changed. */
  openShortcutSettings: () => void;
  browser: 'chrome' | 'firefox';
};

/** A shortcut as the browser gives it ("Alt+Shift+1"), with the key names a French keyboard prints. */
export function displayShortcut(shortcut: string, language: Language): string {
  return language === 'fr' ? shortcut.replace(/\bShift\b/g, 'Maj') : shortcut;
}

/** The commands in the order the side panel shows the kinds, after the one that opens the panel. */
function commandRows(browser: MeetingPageOptionsPorts['browser']) {
  return [
    { name: browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel', kind: undefined },
    ...KIND_ORDER.map((kind) => ({ name: commandForKind(kind), kind })),
  ];
}

/**
 * Options for meeting pages: caption reading (off by default), where the on-page control shows,
 * and the keyboard shortcuts as the browser has them, with the way to change them there.
 */
export function MeetingPageOptions({ ports, language }: { ports: MeetingPageOptionsPorts; language: Language }) {
  const t = makeTranslate(language);
  const [prefs, setPrefs] = useState<PlatformPrefs>(DEFAULT_PLATFORM_PREFS);
  const [commands, setCommands] = useState<BrowserCommand[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    ports.getPrefs().then(setPrefs, () => undefined);
    ports.getCommands().then(setCommands, () => undefined);
    // Back from the browser's shortcut page: show what the user set there.
    const onFocus = () => ports.getCommands().then(setCommands, () => undefined);
    globalThis.addEventListener('focus', onFocus);
    return () => globalThis.removeEventListener('focus', onFocus);
  }, [ports]);

  const save = async (change: Partial<Omit<PlatformPrefs, 'version'>>) => {
    setPrefs(await ports.savePrefs(change));
    setSaved(true);
  };
  const shortcutOf = (name: string) => commands.find((command) => command.name === name)?.shortcut || '';

  return (
    <section class="page" lang={language} aria-labelledby="meeting-pages-heading">
      <h2 id="meeting-pages-heading">{t('platforms.options.heading')}</h2>
      <label class="check">
        <input type="checkbox" checked={prefs.readCaptions} aria-describedby="read-captions-hint" onChange={(e) => save({ readCaptions: e.currentTarget.checked })} />{' '}
        {t('platforms.options.readCaptions')}
      </label>
      <p id="read-captions-hint" class="hint">{t('platforms.options.readCaptionsHint')}</p>
      <fieldset>
        <legend>{t('platforms.options.showControl')}</legend>
        {MEETING_PLATFORMS.map((platform) => (
          <label class="check" key={platform}>
            <input
              type="checkbox"
              checked={!prefs.hiddenOn.includes(platform)}
              onChange={(e) => save({ hiddenOn: withControlShown(prefs, platform, e.currentTarget.checked) })}
            />{' '}
            {t(`platforms.name.${platform}`)}
          </label>
        ))}
      </fieldset>
      <div role="status" class="announce">{saved ? <p>{t('platforms.options.saved')}</p> : null}</div>

      <h2 id="shortcuts-heading">{t('platforms.options.shortcutsHeading')}</h2>
      <p class="hint">{t('platforms.options.shortcutsIntro')}</p>
      <table class="shortcuts" aria-labelledby="shortcuts-heading">
        <tbody>
          {commandRows(ports.browser).map(({ name, kind }) => {
            const shortcut = shortcutOf(name);
            return (
              <tr key={name}>
                <th scope="row">{kind ? t('platforms.command.annotate', { kind: t(`extension.kind.${kind}`) }) : t('platforms.command.open')}</th>
                <td>{shortcut ? <kbd>{displayShortcut(shortcut, language)}</kbd> : <span class="hint">{t('platforms.options.shortcutUnset')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="hint">{t(ports.browser === 'firefox' ? 'platforms.options.changeFirefox' : 'platforms.options.changeChrome')}</p>
      <button type="button" onClick={ports.openShortcutSettings}>
        {t('platforms.options.openShortcuts')}
      </button>
    </section>
  );
}
