import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { type ChromeGlobal, extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';

// The real platforms' addresses, answered locally by request routing: Chromium injects the content
// scripts by their match patterns, so this checks the manifest as well as the detection.
const MEET_CALL = `<!doctype html><html lang="en"><head><title>Meet - abc-defg-hij</title></head><body>
<div data-meeting-title="Forum meeting — November"></div>
<div jsname="dsyhDe"><span>Alex</span><span>We agree on the timeline.</span></div>
<button type="button" aria-label="Leave call">Leave</button></body></html>`;
const MEET_CHANGED = `<!doctype html><html lang="en"><head><title>Meet - abc-defg-hij</title></head><body>
<div class="some-new-caption-box">captions we cannot find</div>
<button type="button" aria-label="Leave call">Leave</button></body></html>`;
const DOCS = `<!doctype html><html lang="en"><head><title>Plan d’action national 2026 - Google Docs</title></head><body><canvas></canvas></body></html>`;

const PAGES: Record<string, string> = {
  'https://meet.google.com/abc-defg-hij': MEET_CALL,
  'https://meet.google.com/xyz-abcd-efg': MEET_CHANGED,
  'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit': DOCS,
  // A page with a video on a site the extension has no business on: no content script runs.
  'https://example.org/': '<!doctype html><html lang="en"><head><title>Elsewhere</title></head><body><video></video></body></html>',
  // Nor on a meeting-looking page served on this computer (loopback is only a possible ledger host).
  'http://127.0.0.1:8080/webinar': '<!doctype html><html lang="en"><head><title>Local</title></head><body><main data-meeting-id="local-1"><video></video></main></body></html>',
};

type Context = { platform: string; isMeetingOn: boolean; title?: string; meetingId?: string; docId?: string; captions: string; captionText?: string; url: string };

async function contextsFrom(panel: Page): Promise<Context[]> {
  return panel.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query: (q: object) => Promise<{ id: number }[]>; sendMessage: (id: number, m: object) => Promise<unknown> } };
    };
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id, { type: 'get-page-context' }).catch(() => undefined)));
    return answers.filter(Boolean) as Context[];
  });
}

describe('content scripts on the platforms’ own addresses', () => {
  let launched: LaunchedExtension;
  let panel: Page;

  beforeAll(async () => {
    launched = await launchExtension();
    await launched.context.route(/^(https:\/\/(meet\.google\.com|docs\.google\.com|example\.org)|http:\/\/127\.0\.0\.1:8080)\//, (route) => {
      const body = PAGES[route.request().url()];
      return body ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.fulfill({ status: 404, body: '' });
    });
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('reads a Meet call (title, code, captions), notices unreadable captions, reads a Docs id, and stays off other sites and this computer’s pages', async () => {
    for (const url of Object.keys(PAGES)) {
      const page = await launched.context.newPage();
      await page.goto(url);
    }
    panel = await launched.context.newPage();
    await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    await expect.poll(async () => (await contextsFrom(panel)).length, { timeout: 10_000 }).toBe(3);
    const byUrl = Object.fromEntries((await contextsFrom(panel)).map((context) => [context.url, context]));
    expect(byUrl['https://meet.google.com/abc-defg-hij']).toMatchObject({
      platform: 'google-meet', isMeetingOn: true, meetingId: 'abc-defg-hij', title: 'Forum meeting — November', captions: 'ok', captionText: 'Alex We agree on the timeline.',
    });
    expect(byUrl['https://meet.google.com/xyz-abcd-efg']).toMatchObject({ platform: 'google-meet', isMeetingOn: true, captions: 'unreadable' });
    expect(byUrl['https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit']).toMatchObject({
      platform: 'docs', docId: '1AbCdEfGhIjKlMnOp', title: 'Plan d’action national 2026',
    });
    expect(byUrl['https://example.org/']).toBeUndefined();
    expect(byUrl['http://127.0.0.1:8080/webinar']).toBeUndefined();
  });

  it('shows the Docs panel for the document tab it follows, and says a ledger is needed first', async () => {
    const docs = launched.context.pages().find((page) => page.url().startsWith('https://docs.google.com/'))!;
    await panel.reload();
    // A change on the Docs page makes its content script push; the panel follows that tab.
    await docs.evaluate(() => {
      document.title = 'Plan d’action national 2026 (v2) - Google Docs';
    });
    await panel.getByRole('region', { name: 'This document in the ledger' }).waitFor({ timeout: 10_000 });
    await panel.getByText('Set a ledger in the options to see what it knows about this document.').waitFor();
    expect(await runAxe(panel)).toEqual([]);
  });

  it('can be driven with the keyboard alone: Tab to the fields, Enter to start, Alt+5 to record', async () => {
    await launched.sw.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ settings: { version: 1, ledgerUrl: '', token: '', displayName: '', language: 'en' } }),
    );
    const page = await launched.context.newPage();
    await page.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    await page.getByLabel('Meeting title').waitFor();
    // From the top of the page: Options, then the title field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('meeting-title');
    await page.keyboard.type('Keyboard-only meeting');
    await page.keyboard.press('Enter');
    const text = page.getByLabel('What was said or decided');
    await text.waitFor();
    await text.focus();
    await page.keyboard.type('Who owns milestone two?');
    await page.keyboard.press('Alt+5');
    const list = page.getByRole('list', { name: 'Annotations' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    expect(await list.textContent()).toContain('Question');
    expect(await text.inputValue()).toBe('');
    // Focus is visible: the focused control draws an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });
});
