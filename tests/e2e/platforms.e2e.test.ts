import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { type ChromeGlobal, extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';
import { readStore } from './support/read-store';
import { serveFixturePages } from './support/serve-fixture-pages';

const FIXTURES = path.resolve('tests/fixtures/platforms');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

// Each fixture at its platform's real address, answered by request routing in this browser only:
// Chromium injects the content scripts by the shipped manifest's match patterns (and, for Zoom, in
// the `#webclient` frame too), so this checks the manifest as well as the readers.
const SITES: Record<string, Record<string, string>> = {
  'https://meet.google.com': {
    '/abc-defg-hij': fixture('google-meet-call.html'),
    '/qrs-tuvw-xyz': fixture('google-meet-call-de.html'),
    '/xyz-abcd-efg': fixture('google-meet-changed.html'),
  },
  'https://app.zoom.us': { '/wc/81234567890/join': fixture('zoom-webclient-page.html'), '/wc/81234567890/meeting': fixture('zoom-webclient-frame.html') },
  'https://teams.cloud.microsoft': { '/v2/': fixture('teams-call.html') },
  'https://example.webex.com': { '/meet/jdoe': fixture('webex-call.html') },
  'https://meet.jit.si': { '/OpenGovWebinar': fixture('jitsi-call.html') },
  'https://docs.google.com': { '/document/d/1AbCdEfGhIjKlMnOp/edit': fixture('google-docs.html') },
  // A page with a video on a site the extension has no business on: no content script runs.
  'https://example.org': { '/': fixture('jitsi-call.html') },
  // Nor on a meeting page served on this computer (loopback is only ever a possible ledger host).
  'http://127.0.0.1:8080': { '/webinar': fixture('jitsi-call.html') },
};
const PAGES = Object.entries(SITES).flatMap(([origin, pages]) => Object.keys(pages).map((pagePath) => `${origin}${pagePath}`));

type Line = { speaker?: string; text: string };
type Context = { platform: string; isMeetingOn: boolean; url: string; captions: string; captionLines?: Line[]; captionText?: string; meetingId?: string };
type Row = { kind: string; text: string; captionText?: string; speaker?: { name?: string }; offsetMs?: number; meetingId: string };

/** What each tab's content script answers, as the side panel asks it (one answer per tab). */
async function contextsFrom(panel: Page): Promise<Record<string, Context>> {
  const answers = await panel.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query: (q: object) => Promise<{ id: number }[]>; sendMessage: (id: number, m: object) => Promise<unknown> } };
    };
    const tabs = await chrome.tabs.query({});
    return (await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id, { type: 'get-page-context' }).catch(() => undefined)))).filter(Boolean) as Context[];
  });
  return Object.fromEntries(answers.map((context) => [context.url, context]));
}

const setPrefs = (launched: LaunchedExtension, prefs: object) =>
  launched.sw.evaluate(
    (value) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ platformPrefs: value }),
    { version: 1, readCaptions: false, hiddenOn: [], ...prefs },
  );

const setLanguage = (launched: LaunchedExtension, language: 'en' | 'fr') =>
  launched.sw.evaluate(
    (value) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ settings: { version: 1, ledgerUrl: '', token: '', displayName: '', language: value } }),
    language,
  );

/** Runs a manifest command for the tab showing `url`, through the function the browser's onCommand calls. */
function runCommand(launched: LaunchedExtension, command: string, url: string) {
  return launched.sw.evaluate(
    async ({ command, url }) => {
      const global = globalThis as unknown as {
        chrome: { tabs: { query: (q: object) => Promise<{ id: number; windowId: number }[]>; sendMessage: (id: number, m: object) => Promise<{ url?: string } | undefined> } };
        cocreateRunCommand: (command: string, tab: { id: number; windowId: number }) => Promise<unknown>;
      };
      for (const tab of await global.chrome.tabs.query({})) {
        const context = await global.chrome.tabs.sendMessage(tab.id, { type: 'get-page-context' }).catch(() => undefined);
        if (context?.url === url) return global.cocreateRunCommand(command, tab);
      }
      throw new Error(`no tab answers for ${url}`);
    },
    { command, url },
  );
}

const control = (page: Page) => page.locator('cocreate-meeting-control');

describe('meeting platforms in Chromium, at their own addresses', () => {
  let launched: LaunchedExtension;
  let panel: Page;
  const tabs: Record<string, Page> = {};

  beforeAll(async () => {
    launched = await launchExtension();
    for (const [origin, pages] of Object.entries(SITES)) await serveFixturePages(launched.context, pages, origin);
    for (const url of PAGES.filter((url) => !url.endsWith('/meeting'))) {
      const page = await launched.context.newPage();
      await page.goto(url);
      tabs[url] = page;
    }
    panel = await launched.context.newPage();
    await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('reads no caption until the user turns reading on, then the last lines by speaker on every platform, Zoom from its frame', async () => {
    await expect.poll(async () => Object.keys(await contextsFrom(panel)).length, { timeout: 10_000 }).toBe(8);
    let byUrl = await contextsFrom(panel);
    for (const context of Object.values(byUrl).filter((c) => c.isMeetingOn)) {
      expect(context.captions, context.url).toBe('off');
      expect(context.captionLines).toBeUndefined();
    }
    await setPrefs(launched, { readCaptions: true });
    await expect.poll(async () => (await contextsFrom(panel))['https://meet.google.com/abc-defg-hij']?.captions).toBe('ok');
    byUrl = await contextsFrom(panel);
    expect(byUrl['https://meet.google.com/abc-defg-hij']).toMatchObject({
      platform: 'google-meet', isMeetingOn: true, meetingId: 'abc-defg-hij',
      captionLines: [
        { speaker: 'Marie Dubois', text: 'We agreed to publish the notes in both languages.' },
        { speaker: 'Sam Lee', text: 'Who owns milestone two? The department, by Friday.' },
      ],
    });
    expect(byUrl['https://meet.google.com/abc-defg-hij']!.captionText).not.toMatch(/Jump to bottom|Caption settings|English/);
    // A German UI: nothing is found by label, so it reads the same way.
    expect(byUrl['https://meet.google.com/qrs-tuvw-xyz']).toMatchObject({
      isMeetingOn: true, captions: 'ok', captionLines: [{ speaker: 'Jonas Weber', text: 'Wir veröffentlichen das Protokoll in beiden Sprachen.' }],
    });
    expect(byUrl['https://meet.google.com/qrs-tuvw-xyz']!.captionText).not.toContain('Nach unten springen');
    // Zoom: the outer page stays silent; the #webclient frame answers for the tab.
    expect(byUrl['https://app.zoom.us/wc/81234567890/join']).toBeUndefined();
    expect(byUrl['https://app.zoom.us/wc/81234567890/meeting']).toMatchObject({
      platform: 'zoom', isMeetingOn: true, meetingId: '81234567890',
      captionLines: [{ speaker: 'Priya Natarajan', text: 'Action: the department sends the draft by Friday.' }, { speaker: 'Luc Tremblay', text: 'D’accord, je m’en occupe.' }],
    });
    expect(byUrl['https://teams.cloud.microsoft/v2/']).toMatchObject({
      platform: 'teams', isMeetingOn: true, captionLines: [{ speaker: 'Sam Lee', text: 'I disagree with the deadline.' }, { speaker: 'Awa Diop', text: 'Then we propose the end of June.' }],
    });
    expect(byUrl['https://meet.jit.si/OpenGovWebinar']).toMatchObject({ platform: 'jitsi', captionLines: [{ speaker: 'Awa Diop' }, { speaker: 'Luc Tremblay' }] });
    expect(byUrl['https://example.webex.com/meet/jdoe']).toMatchObject({ platform: 'webex', isMeetingOn: true, captions: 'unreadable' });
    expect(byUrl['https://meet.google.com/xyz-abcd-efg']).toMatchObject({ platform: 'google-meet', isMeetingOn: true, captions: 'unreadable' });
    expect(byUrl['https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit']).toMatchObject({ platform: 'docs', docId: '1AbCdEfGhIjKlMnOp' });
    expect(byUrl['https://example.org/']).toBeUndefined();
    expect(byUrl['http://127.0.0.1:8080/webinar']).toBeUndefined();
    // Only meeting pages get the control; the Docs page and other sites are left as they were.
    expect(await control(tabs['https://meet.google.com/abc-defg-hij']!).count()).toBe(1);
    expect(await tabs['https://app.zoom.us/wc/81234567890/join']!.frameLocator('#webclient').locator('cocreate-meeting-control').count()).toBe(1);
    expect(await control(tabs['https://app.zoom.us/wc/81234567890/join']!).count()).toBe(0);
    expect(await control(tabs['https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit']!).count()).toBe(0);
    expect(await control(tabs['https://example.org/']!).count()).toBe(0);
  });

  it('annotates from the meeting tab by click, by keyboard and by shortcut, into the side panel’s store, shown there at once', async () => {
    await panel.getByLabel('Meeting title').fill('Forum, meeting tab test');
    await panel.getByLabel('Name of attendee 1').fill('Alex Martin');
    await panel.getByRole('button', { name: 'Start meeting' }).click();
    const list = panel.getByRole('list', { name: 'Annotations' });
    await panel.getByLabel('What was said or decided').waitFor();

    const meet = tabs['https://meet.google.com/abc-defg-hij']!;
    // A real click on the control's button.
    await control(meet).getByRole('button', { name: 'Decision' }).click();
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 10_000 }).toBe(1);
    await control(meet).getByRole('status').filter({ hasText: /Decision saved at .* \(speaker: Sam Lee\)/ }).waitFor();
    // The keyboard alone: Tab reaches the control's buttons, Enter presses one.
    await meet.bringToFront();
    await meet.locator('body').focus();
    let reached = false;
    for (let step = 0; step < 20 && !reached; step++) {
      await meet.keyboard.press('Tab');
      reached = await meet.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent === 'Question');
    }
    expect(reached).toBe(true);
    await meet.keyboard.press('Enter');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    // The shortcut: the browser's command handler, for the Zoom tab (captions from its frame).
    await runCommand(launched, 'annotate-action', 'https://app.zoom.us/wc/81234567890/meeting');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);

    const rows = await readStore<Row>(panel, 'annotations');
    expect(rows.map((row) => [row.kind, row.speaker?.name])).toEqual(
      expect.arrayContaining([['decision', 'Sam Lee'], ['question', 'Sam Lee'], ['action', 'Luc Tremblay']]),
    );
    for (const row of rows) expect(row.offsetMs).toBeGreaterThanOrEqual(0);
    expect(rows.find((row) => row.kind === 'action')!.captionText).toBe(
      'Priya Natarajan: Action: the department sends the draft by Friday.\nLuc Tremblay: D’accord, je m’en occupe.',
    );
    // Each one also waits in the outbox, written in the same transaction as the annotation.
    const outbox = await readStore<{ event: { type: string; entityId?: string } }>(panel, 'outbox');
    expect(outbox.filter((entry) => entry.event.type === 'annotation.created')).toHaveLength(3);
  });

  it('degrades when the selectors no longer match: the side panel says so, annotation goes on without captions', async () => {
    const changed = tabs['https://meet.google.com/xyz-abcd-efg']!;
    await changed.bringToFront();
    await panel.reload();
    // The panel follows the tab that pushes: a change on that page makes its content script push.
    await changed.evaluate(() => document.body.append(document.createElement('div')));
    await panel.getByText('Captions cannot be read on this page', { exact: false }).waitFor({ timeout: 10_000 });
    await control(changed).getByText('Captions unavailable on this page', { exact: false }).waitFor();
    await control(changed).getByRole('button', { name: 'Note' }).click();
    await expect.poll(async () => (await readStore<Row>(panel, 'annotations')).filter((row) => row.kind === 'note').length, { timeout: 10_000 }).toBe(1);
    const note = (await readStore<Row>(panel, 'annotations')).find((row) => row.kind === 'note')!;
    expect(note.captionText).toBeUndefined();
    expect(note.speaker).toBeUndefined();
  });

  it('hides the control on one platform only; the shortcuts still record there', async () => {
    const meet = tabs['https://meet.google.com/abc-defg-hij']!;
    await control(meet).getByRole('button', { name: 'Hide on Google Meet' }).click();
    await expect.poll(() => control(meet).count()).toBe(0);
    await expect.poll(() => control(tabs['https://meet.google.com/qrs-tuvw-xyz']!).count()).toBe(0);
    expect(await control(tabs['https://teams.cloud.microsoft/v2/']!).count()).toBe(1);
    const before = (await readStore<Row>(panel, 'annotations')).length;
    await runCommand(launched, 'annotate-agreement', 'https://meet.google.com/abc-defg-hij');
    await expect.poll(async () => (await readStore<Row>(panel, 'annotations')).length).toBe(before + 1);
    await setPrefs(launched, { readCaptions: true, hiddenOn: [] });
    await control(meet).locator('section').waitFor();
  });

  it.each(['en', 'fr'] as const)('pictures of the control and of the shortcuts in the options (%s)', async (language) => {
    await setLanguage(launched, language);
    const meet = tabs['https://meet.google.com/abc-defg-hij']!;
    await meet.setViewportSize({ width: 900, height: 420 });
    await control(meet).getByRole('button', { name: language === 'fr' ? 'Décision' : 'Decision' }).waitFor();
    // Always under .output/; into the guide's docs/images/ with UPDATE_SCREENSHOTS=1 (as the side panel test does).
    const shotDir = path.resolve(process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/images' : '.output/screenshots');
    fs.mkdirSync(shotDir, { recursive: true });
    await control(meet).locator('section').screenshot({ path: path.join(shotDir, `platforms-control-${language}.png`) });
    await meet.screenshot({ path: path.join(shotDir, `platforms-control-on-page-${language}.png`) });
    // axe-core looks into the control's shadow root too; only the control's own findings count here.
    const ours = (await runAxe(meet)).filter((violation) => JSON.stringify(violation.nodes).includes('cocreate-meeting-control'));
    expect(ours).toEqual([]);

    const options = await launched.context.newPage();
    await options.goto(extensionUrl(launched.extensionId, 'options.html'));
    await options.setViewportSize({ width: 720, height: 1400 });
    const section = options.getByRole('region', { name: language === 'fr' ? 'Sur les pages de réunion' : 'On meeting pages' });
    await section.getByText(language === 'fr' ? 'Alt+Maj+1' : 'Alt+Shift+1').waitFor();
    expect(await section.getByRole('row').count()).toBe(7);
    expect(await section.getByRole('checkbox', { name: language === 'fr' ? 'Lire les sous-titres de la plateforme (désactivé par défaut)' : 'Read the platform’s captions (off by default)' }).isChecked()).toBe(true);
    await section.screenshot({ path: path.join(shotDir, `platforms-shortcuts-${language}.png`) });
    expect(await runAxe(options)).toEqual([]);
    await options.close();
  });
});
