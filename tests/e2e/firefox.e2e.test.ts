import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LedgerLocalProcess, pullAll, startLedgerLocalProcess } from '../extension/services/ledger-local-process';
import { click, evaluate, FIREFOX_EXTENSION_DIR, FIREFOX_PATH, type FirefoxPage, type LaunchedFirefox, launchFirefox, makeFirefoxProfile, reload, type } from './support/launch-firefox';

// The Firefox build for real (issue 14 item 7): Debian's Firefox ESR through WebDriver BiDi, the
// extension installed in the profile, an annotation made in the real side panel page, the browser
// restarted on the same profile, the annotation still there, then synced to the local ledger.

type Row = { id: string; kind: string; text: string; deleted: boolean };

const readAnnotations = (ff: FirefoxPage) =>
  evaluate<Row[]>(
    ff,
    `return await new Promise((resolve, reject) => {
      const open = indexedDB.open('cocreate');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction('annotations').objectStore('annotations').getAll();
        request.onsuccess = () => { open.result.close(); resolve(request.result.map(({ id, kind, text, deleted }) => ({ id, kind, text, deleted }))); };
        request.onerror = () => reject(request.error);
      };
    });`,
  );

const waitFor = async <T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
};

const bodyText = (ff: FirefoxPage) => evaluate<string>(ff, 'return document.body.innerText;');

/** The side panel page Firefox opened at start, reloaded once if the extension was still starting. */
async function openPanel(ff: LaunchedFirefox): Promise<FirefoxPage> {
  const panel = ff.pages['sidepanel.html']!;
  const ready = (text: string) => text.includes('Meeting title') || text.includes('What was said or decided');
  if (!ready(await waitFor(() => bodyText(panel), ready, 5_000))) await reload(panel);
  await waitFor(() => bodyText(panel), ready);
  return panel;
}

const hasFirefox = fs.existsSync(FIREFOX_PATH) && fs.existsSync(FIREFOX_EXTENSION_DIR);

describe.skipIf(!hasFirefox && !process.env.CI)('the Firefox build in Firefox ESR', () => {
  const { profile } = makeFirefoxProfile();
  let ff: LaunchedFirefox | undefined;
  let ledger: LedgerLocalProcess | undefined;
  const words = 'Firefox: the forum adopts the two-week review window.';

  beforeAll(async () => {
    ledger = await startLedgerLocalProcess();
  });
  afterAll(async () => {
    await ff?.close();
    await ledger?.dispose();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  it('annotates in the side panel page', async () => {
    ff = await launchFirefox(profile);
    const panel = await openPanel(ff);
    await type(panel, 'Meeting title', 'Forum, Firefox test');
    await type(panel, 'Name of attendee 1', 'Alex Martin');
    await click(panel, 'Start meeting', 'button');
    await waitFor(() => bodyText(panel), (text) => text.includes('What was said or decided'));
    await type(panel, 'What was said or decided', words);
    await click(panel, 'Decision', 'button');
    const rows = await waitFor(() => readAnnotations(panel), (r) => r.length === 1);
    expect(rows.map(({ kind, text, deleted }) => ({ kind, text, deleted }))).toEqual([{ kind: 'decision', text: words, deleted: false }]);
  });

  it('still has the annotation after the browser restarts on the same profile', async () => {
    await ff!.close();
    ff = await launchFirefox(profile);
    const panel = await openPanel(ff);
    await waitFor(() => bodyText(panel), (text) => text.includes(words));
    const rows = await readAnnotations(panel);
    expect(rows.map((r) => r.text)).toEqual([words]);
  });

  it('syncs it to the ledger once the options are saved, exactly once', { timeout: 150_000 }, async () => {
    const options = ff!.pages['options.html']!;
    await waitFor(() => bodyText(options), (text) => text.includes('Member token'));
    await type(options, 'Ledger address (web app URL)', ledger!.url);
    await type(options, 'Member token', ledger!.token);
    // What the page holds is what was typed (the fields appear only once the stored settings are read).
    expect(await evaluate<string[]>(options, "return [document.getElementById('ledger-url').value, document.getElementById('token').value];")).toEqual([ledger!.url, ledger!.token]);
    await click(options, 'Save', 'button');
    // Saving asks for the host permission, stores the token and asks the ledger who this is: slow on a loaded machine.
    expect(await waitFor(() => bodyText(options), (text) => text.includes('The ledger knows you as'), 60_000)).toContain('The ledger knows you as Demo member');
    const [annotation] = await readAnnotations(ff!.pages['sidepanel.html']!);
    const stored = await waitFor(
      async () => (await pullAll(ledger!)).filter((event) => event.type === 'annotation.created'),
      (events) => events.length > 0,
      90_000,
    );
    expect(stored.map((event) => [event.id === undefined ? '' : (event.payload as { text: string }).text, event.entityId])).toEqual([[words, annotation!.id]]);
  });
});
