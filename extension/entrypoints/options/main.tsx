import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/assets/panel.css';
import { requestLedgerHost } from '@/adapters/permissions';
import { MeetingPageOptions, type MeetingPageOptionsPorts } from '@/components/MeetingPageOptions';
import { OptionsForm } from '@/components/OptionsForm';
import { getPlatformPrefs, savePlatformPrefs } from '@/services/platform-prefs';
import { DEFAULT_SETTINGS, getSettings, watchSettings } from '@/services/settings';

// Wiring only.
render(
  <OptionsForm ports={{ requestHost: requestLedgerHost, sendToBackground: (message) => browser.runtime.sendMessage(message) }} />,
  document.getElementById('app')!,
);

const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
const meetingPorts: MeetingPageOptionsPorts = {
  getPrefs: () => getPlatformPrefs(),
  savePrefs: (change) => savePlatformPrefs(change),
  getCommands: () => commands.getAll(),
  // Firefox opens its "Manage Extension Shortcuts" page itself (from Firefox 137; before, the
  // instructions beside the button say where it is); Chrome's page opens as a tab.
  openShortcutSettings: () =>
    void (import.meta.env.FIREFOX
      ? commands.openShortcutSettings?.().catch(() => undefined)
      : browser.tabs.create({ url: 'chrome://extensions/shortcuts' })),
  browser: import.meta.env.FIREFOX ? 'firefox' : 'chrome',
};

function MeetingPages() {
  const [language, setLanguage] = useState(DEFAULT_SETTINGS.language);
  useEffect(() => {
    getSettings().then((settings) => setLanguage(settings.language));
    return watchSettings((settings) => setLanguage(settings.language));
  }, []);
  return <MeetingPageOptions ports={meetingPorts} language={language} />;
}

const meetingRoot = document.createElement('div');
document.body.append(meetingRoot);
render(<MeetingPages />, meetingRoot);
