import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Side } from '../../../shared/domain/side';
import { type ChromeGlobal, extensionUrl, type LaunchedExtension, launchExtension } from './launch-extension';
import { readStore } from './read-store';
import { type FixtureSite, serveFixturePages } from './serve-fixture-pages';
import { WEBINAR_HTML } from './webinar-page';

/** What the background saves after each step of a sync run (extension/services/sync-status.ts). */
export type SyncStatusView = { state: string; queued: number; rejected: number; failures?: number; nextRetryAt?: string; problem?: { code: string } };

export type AttendeeSettings = { ledgerUrl: string; token: string; displayName: string; side: Side };

/**
 * One attendee's own Chromium profile with the built extension, connected to a ledger, with the
 * webinar open at its real address (meet.jit.si, answered in this browser only) and the side panel
 * beside it. `userDataDir` reopens a profile left by an earlier launch (a browser restarted).
 */
export type AttendeeBrowser = {
  launched: LaunchedExtension;
  site: FixtureSite;
  webinar: Page;
  panel: Page;
  status(): Promise<SyncStatusView>;
  outbox(): Promise<unknown[]>;
};

export async function openAttendee(
  settings: AttendeeSettings,
  options: { userDataDir?: string; configure?: boolean; launched?: LaunchedExtension } = {},
): Promise<AttendeeBrowser> {
  // A browser launched beforehand (while the ledger starts) is used as is; otherwise one starts here.
  const launched = options.launched ?? (await launchExtension(options.userDataDir ? { userDataDir: options.userDataDir } : {}));
  const site = await serveFixturePages(launched.context, { '/webinar': WEBINAR_HTML });
  if (options.configure !== false) {
    // The options page asks for the ledger's host permission, which a headless browser cannot grant:
    // the test stores the settings object the options page saves (as tests/e2e/sync.e2e.test.ts does).
    await launched.sw.evaluate(
      (s) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ settings: { version: 1, ...s, language: 'en' } }),
      settings,
    );
  }
  const webinar = await launched.context.newPage();
  await webinar.goto(site.url('/webinar'));
  const panel = await launched.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
  const status = () =>
    launched.sw.evaluate(async () => {
      const { syncStatus } = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('syncStatus');
      return (syncStatus ?? { state: 'unknown', queued: -1, rejected: 0 }) as SyncStatusView;
    });
  return { launched, site, webinar, panel, status, outbox: () => readStore(panel, 'outbox') };
}

/**
 * Until this browser has nothing left to send: its outbox empty (the ground truth, in IndexedDB) and
 * the background's status idle with nothing queued or refused (a status read alone may be the one
 * saved just before the last annotation was queued).
 */
export async function synced(attendee: AttendeeBrowser, timeout = 90_000): Promise<void> {
  await expect
    .poll(async () => ({ outbox: (await attendee.outbox()).length, status: await attendee.status() }), { timeout, interval: 250 })
    .toMatchObject({ outbox: 0, status: { state: 'idle', queued: 0, rejected: 0 } });
}

export type Said = { kind: 'Decision' | 'Agreement' | 'Disagreement' | 'Question' | 'Note' | 'Action'; text: string; speaker?: { side: 'government' | 'csn'; name?: string }; owner?: string; commitment?: string };

/** Starts a meeting in the side panel: its title, the attendance, names in the notes. */
export async function startMeeting(panel: Page, title: string, attendees: readonly string[]): Promise<void> {
  await panel.getByLabel('Meeting title').fill(title);
  await panel.getByLabel('In the notes').selectOption('by_name');
  for (const [i, name] of attendees.entries()) {
    if (i > 0) await panel.getByRole('button', { name: 'Add attendee' }).click();
    await panel.getByLabel(`Name of attendee ${i + 1}`).fill(name);
  }
  await panel.getByRole('button', { name: 'Start meeting' }).click();
  await panel.getByLabel('What was said or decided').waitFor();
}

/**
 * Records one statement as an attendee does: who spoke (Alt+7 government, Alt+8 CSN, and a name),
 * the words, the kind's button; then waits until the list shows it, so the next one never races it.
 */
export async function say(panel: Page, said: Said): Promise<void> {
  const text = panel.getByLabel('What was said or decided');
  const list = panel.getByRole('list', { name: 'Annotations' });
  const before = await list.getByRole('listitem').count();
  if (said.speaker) {
    await text.press(said.speaker.side === 'government' ? 'Alt+7' : 'Alt+8');
    if (said.speaker.name) await panel.getByLabel('Speaker’s name (optional)').fill(said.speaker.name);
  }
  if (said.owner) await panel.getByLabel('Owner (for actions)').fill(said.owner);
  if (said.commitment) {
    // The picker lists the ledger's commitments once the background has pulled them.
    const picker = panel.getByLabel('Commitment (optional)');
    await picker.locator('option', { hasText: said.commitment }).waitFor({ state: 'attached', timeout: 30_000 });
    await picker.selectOption({ label: said.commitment });
  }
  await text.fill(said.text);
  await panel.getByRole('button', { name: said.kind, exact: true }).click();
  await list.getByRole('listitem').nth(before).waitFor();
}
