import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, FIREFOX_EXTENSION_DIR, FIREFOX_PATH, type FirefoxPage, type LaunchedFirefox, launchFirefox, makeFirefoxProfile, reload } from './support/launch-firefox';

const hasFirefox = fs.existsSync(FIREFOX_PATH) && fs.existsSync(FIREFOX_EXTENSION_DIR);

const bodyText = (ff: FirefoxPage) => evaluate<string>(ff, 'return document.body.innerText;');

// The Firefox build's shortcuts as Firefox ESR itself registered them (issue #13): every kind and
// the sidebar, shown on the options page with Firefox's way to change them.
describe.skipIf(!hasFirefox && !process.env.CI)('shortcuts in Firefox ESR', () => {
  const { profile } = makeFirefoxProfile();
  let ff: LaunchedFirefox | undefined;
  afterAll(async () => {
    await ff?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  it('registers Alt+Shift+1…6 for the kinds and Alt+Shift+0 for the sidebar, and the options page lists them', async () => {
    ff = await launchFirefox(profile);
    const options = ff.pages['options.html']!;
    // The shortcut list fills in after the page asks the browser for its commands: wait for it, not only its heading.
    const deadline = Date.now() + 45_000;
    let text = await bodyText(options);
    while (!(text.includes('Keyboard shortcuts') && text.includes('Alt+Shift+0')) && Date.now() < deadline) {
      if (!text.includes('Cocreate')) await reload(options);
      await new Promise((resolve) => setTimeout(resolve, 500));
      text = await bodyText(options);
    }
    const commands = await evaluate<{ name: string; shortcut: string }[]>(options, 'return (await browser.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut }));');
    expect(Object.fromEntries(commands.map((command) => [command.name, command.shortcut]))).toEqual({
      _execute_sidebar_action: 'Alt+Shift+0',
      'annotate-decision': 'Alt+Shift+1',
      'annotate-action': 'Alt+Shift+2',
      'annotate-agreement': 'Alt+Shift+3',
      'annotate-disagreement': 'Alt+Shift+4',
      'annotate-question': 'Alt+Shift+5',
      'annotate-note': 'Alt+Shift+6',
    });
    for (const key of ['Alt+Shift+0', 'Alt+Shift+3', 'Alt+Shift+6']) expect(text).toContain(key);
    expect(text).toContain('Manage Extension Shortcuts');
    expect(text).not.toContain('Not set');
  }, 120_000);
});
