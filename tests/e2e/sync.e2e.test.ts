import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LedgerLocalProcess, pullAll, startLedgerLocalProcess } from '../extension/services/ledger-local-process';
import { type ChromeGlobal, extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';
import { runAxe } from './support/axe';
import { readStore } from './support/read-store';

// The built extension in Chromium, set up through its options page with the local ledger host
// (`npm run ledger:local`, the real web app bundle); annotations made in the side panel are sent by
// the background and each is found in the ledger exactly once.

const ANNOTATIONS = [
  ['Decision', 'The plan keeps five commitments.'],
  ['Agreement', 'Both sides agree on the review window.'],
  ['Disagreement', 'CSN objects to the timeline.'],
  ['Question', 'Is the budget confirmed?'],
  ['Note', 'Minutes to be published in both languages.'],
  ['Action', 'Secretariat sends the revised draft.'],
] as const;

type Row = { id: string; text: string };

// The guide's pictures: under .output/screenshots, and into docs/images with UPDATE_SCREENSHOTS=1 (as the other e2e files).
const IMAGES = path.resolve(import.meta.dirname, process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/images' : '../../.output/screenshots');

describe('sync to the local ledger from the built extension', () => {
  let ledger: LedgerLocalProcess;
  let panelPage: Page | undefined;
  let launched: LaunchedExtension;
  beforeAll(async () => {
    ledger = await startLedgerLocalProcess();
    launched = await launchExtension();
  });
  afterAll(async () => {
    await launched?.close();
    await ledger?.dispose();
  });

  it('is configured with the ledger URL and token, which the background checks with whoami', async () => {
    // The options page asks for the ledger's host permission first, and a headless browser cannot
    // accept that prompt; so the test stores the same settings object the options page saves. The
    // local host (like Apps Script) answers with Access-Control-Allow-Origin: *, so no grant is needed.
    const options = await launched.context.newPage();
    await options.goto(extensionUrl(launched.extensionId, 'options.html'));
    await options.evaluate(
      ({ ledgerUrl, token }) =>
        (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({
          settings: { version: 1, ledgerUrl, token, displayName: 'Demo attendee', language: 'en' },
        }),
      { ledgerUrl: ledger.url, token: ledger.token },
    );
    const reply = await options.evaluate(
      ({ ledgerUrl, token }) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'check-token', ledgerUrl, token }),
      { ledgerUrl: ledger.url, token: ledger.token },
    );
    expect(reply).toMatchObject({ ok: true, member: { name: 'Demo member' } });
    // The options page shows the saved address when opened again.
    await options.reload();
    await expect.poll(() => options.getByLabel('Ledger address (web app URL)').inputValue()).toBe(ledger.url);
    await options.close();
  });

  it('annotations made in the side panel reach the ledger, each exactly once', async () => {
    const panel = await launched.context.newPage();
    await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    await panel.getByLabel('Meeting title').fill('Forum, sync test');
    await panel.getByLabel('Name of attendee 1').fill('Alex Martin');
    await panel.getByRole('button', { name: 'Start meeting' }).click();
    const text = panel.getByLabel('What was said or decided');
    const list = panel.getByRole('list', { name: 'Annotations' });
    for (const [i, [kind, words]] of ANNOTATIONS.entries()) {
      await text.fill(words);
      await panel.getByRole('button', { name: kind, exact: true }).click();
      await expect.poll(() => list.getByRole('listitem').count()).toBe(i + 1);
    }

    // The background syncs on each change; wait until the status says nothing is left.
    const status = () =>
      launched.sw.evaluate(async () => {
        const { syncStatus } = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('syncStatus');
        return syncStatus as { state: string; queued: number; rejected: number; problem?: { code: string } };
      });
    await expect.poll(status, { timeout: 60_000, interval: 500 }).toMatchObject({ state: 'idle', queued: 0, rejected: 0 });
    expect((await status()).problem).toBeUndefined();
    expect(await readStore<Row>(panel, 'outbox')).toEqual([]);

    const local = await readStore<Row>(panel, 'annotations');
    expect(local).toHaveLength(ANNOTATIONS.length);
    const created = (await pullAll(ledger)).filter((event) => event.type === 'annotation.created');
    for (const annotation of local) {
      const copies = created.filter((event) => event.entityId === annotation.id);
      expect(copies).toHaveLength(1);
      expect(copies[0]?.payload.text).toBe(annotation.text);
    }
    expect(created).toHaveLength(ANNOTATIONS.length);
    panelPage = panel;
  });

  it('with the ledger down, the panel says it cannot reach it, when it tries next and the true queued count; "Sync now" sends at once when it is back', async () => {
    const panel = panelPage!;
    await ledger.stop();
    const text = panel.getByLabel('What was said or decided');
    const list = panel.getByRole('list', { name: 'Annotations' });
    const said = ['Said while the ledger was down.', 'A second one, still down.', 'A third, still down.'];
    for (const [i, words] of said.entries()) {
      await text.fill(words);
      await panel.getByRole('button', { name: 'Note', exact: true }).click();
      await expect.poll(() => list.getByRole('listitem').count()).toBe(ANNOTATIONS.length + i + 1);
    }
    const stored = () =>
      launched.sw.evaluate(async () => {
        const { syncStatus } = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('syncStatus');
        return syncStatus as { state: string; queued: number; nextRetryAt?: string };
      });
    await expect.poll(async () => (await stored()).state, { timeout: 30_000, interval: 250 }).toBe('offline');
    const region = panel.getByRole('status').filter({ hasText: 'Sync status' });
    await region.filter({ hasText: 'The ledger cannot be reached right now' }).waitFor({ timeout: 10_000 });
    // The true count, not the one of the last run's start.
    await expect.poll(async () => (await readStore<Row>(panel, 'outbox')).length).toBe(3);
    await expect.poll(() => region.textContent(), { timeout: 15_000 }).toContain('Waiting to be sent: 3');
    // While it waits it never claims to be sending, and it says when it tries next (local time).
    await expect.poll(() => region.textContent(), { timeout: 15_000 }).toMatch(/Next try at \d{1,2}:\d{2}:\d{2}/);
    expect(await region.textContent()).not.toContain('Sending to the ledger');
    expect(await runAxe(panel)).toEqual([]);

    await fs.mkdir(IMAGES, { recursive: true });
    await panel.screenshot({ path: path.join(IMAGES, 'syncload-status-offline-en.png'), fullPage: true });
    await panel.evaluate(async () => {
      const chrome = (globalThis as unknown as ChromeGlobal).chrome;
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), language: 'fr' } });
    });
    await panel.getByRole('status').filter({ hasText: 'Le registre est injoignable' }).first().waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'État de la synchronisation' }).textContent(), { timeout: 15_000 }).toMatch(
      /Prochain essai à \d{1,2} h \d{2} min \d{2} s|Prochain essai à \d{1,2}:\d{2}:\d{2}/,
    );
    await panel.screenshot({ path: path.join(IMAGES, 'syncload-status-offline-fr.png'), fullPage: true });
    await panel.evaluate(async () => {
      const chrome = (globalThis as unknown as ChromeGlobal).chrome;
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), language: 'en' } });
    });

    await ledger.restart();
    const clicked = Date.now();
    await panel.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => readStore<Row>(panel, 'outbox'), { timeout: 30_000, interval: 100 }).toEqual([]);
    // At once: not after the backoff the old code accumulated (12–31 s in issue 12's trial).
    expect(Date.now() - clicked).toBeLessThan(8_000);
    await expect.poll(() => region.textContent(), { timeout: 15_000 }).toContain('Up to date with the ledger');
    await panel.screenshot({ path: path.join(IMAGES, 'syncload-status-back-en.png'), fullPage: true });
    const created = (await pullAll(ledger)).filter((event) => event.type === 'annotation.created');
    expect(created).toHaveLength(ANNOTATIONS.length + said.length);
    expect(new Set(created.map((event) => event.entityId)).size).toBe(ANNOTATIONS.length + said.length);
    for (const words of said) expect(created.filter((event) => event.payload.text === words)).toHaveLength(1);
  });

  it('an entry the ledger fails on every time is shown refused with its reason, corrected and sent again; nothing else is held up', async () => {
    const panel = panelPage!;
    const text = panel.getByLabel('What was said or decided');
    // 9,000 control characters: 54,000 characters in the payload's JSON cell, over Google's 50,000.
    await text.fill('\u0001'.repeat(9_000));
    await panel.getByRole('button', { name: 'Note', exact: true }).click();
    const refused = panel.getByRole('region', { name: 'Refused by the ledger' });
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).toMatch(/the ledger failed every time it received this entry|too long|invalid/i);
    await refused.getByRole('button', { name: 'Correct the text' }).click();
    await refused.getByLabel('Text of the refused entry').fill('Corrected after the ledger refused it.');
    expect(await runAxe(panel)).toEqual([]);
    // The region only: the refused text, 9,000 unprintable characters, makes the whole page very long.
    await refused.screenshot({ path: path.join(IMAGES, 'syncload-refused-edit-en.png') });
    await refused.getByRole('button', { name: 'Send this entry again' }).click();
    await expect.poll(() => readStore<Row>(panel, 'outbox'), { timeout: 30_000, interval: 250 }).toEqual([]);
    const created = (await pullAll(ledger)).filter((event) => event.type === 'annotation.created');
    expect(created.filter((event) => event.payload.text === 'Corrected after the ledger refused it.')).toHaveLength(1);
    expect(created.filter((event) => String(event.payload.text).startsWith('\u0001'))).toHaveLength(0);
    const local = await readStore<Row>(panel, 'annotations');
    expect(local.filter((row) => row.text === 'Corrected after the ledger refused it.')).toHaveLength(1);
  });
});
