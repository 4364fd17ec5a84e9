import { describe, expect, it } from 'vitest';
import { meetingCommands } from '../../../wxt.config.ts';

const KINDS = ['decision', 'action', 'agreement', 'disagreement', 'question', 'note'];

describe('the manifest’s shortcuts (commands)', () => {
  it('Chrome: one command per kind and one to open the side panel, at most four suggested keys (Chrome refuses more)', () => {
    const commands = meetingCommands('chrome');
    expect(Object.keys(commands).sort()).toEqual(['open-side-panel', ...KINDS.map((kind) => `annotate-${kind}`)].sort());
    const suggested = Object.entries(commands).filter(([, command]) => command.suggested_key);
    expect(suggested.length).toBeLessThanOrEqual(4);
    expect(Object.fromEntries(suggested.map(([name, command]) => [name, command.suggested_key!.default]))).toEqual({
      'open-side-panel': 'Alt+Shift+0', 'annotate-decision': 'Alt+Shift+1', 'annotate-action': 'Alt+Shift+2', 'annotate-question': 'Alt+Shift+5',
    });
  });

  it('Firefox: every kind gets Alt+Shift and its button number, and its own sidebar command opens the panel', () => {
    const commands = meetingCommands('firefox');
    expect(commands._execute_sidebar_action?.suggested_key?.default).toBe('Alt+Shift+0');
    expect(KINDS.map((kind) => commands[`annotate-${kind}`]?.suggested_key?.default)).toEqual(
      ['Alt+Shift+1', 'Alt+Shift+2', 'Alt+Shift+3', 'Alt+Shift+4', 'Alt+Shift+5', 'Alt+Shift+6'],
    );
  });

  it.each(['chrome', 'firefox'])('%s: no suggested key clashes with another or with the side panel’s own Alt+1…6', (browser) => {
    const keys = Object.values(meetingCommands(browser)).flatMap((command) => (command.suggested_key ? [command.suggested_key.default] : []));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^Alt\+Shift\+\d$/);
    // Every description is a locale message, so the browser's shortcut page shows it in English and French.
    for (const command of Object.values(meetingCommands(browser))) expect(command.description).toMatch(/^__MSG_cmd\w+__$/);
  });
});

describe('the shortcuts’ descriptions', () => {
  it.each(['en', 'fr'])('exist in the %s locale', async (language) => {
    const { readFileSync } = await import('node:fs');
    const messages = JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    for (const command of Object.values(meetingCommands('chrome'))) {
      const key = /^__MSG_(\w+)__$/.exec(command.description)![1]!;
      expect(messages[key]?.message, key).toMatch(/\w/);
    }
  });
});
