import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';
import { readStore } from './support/read-store';

// What the side panel showed as saved survives the browser being killed (DESIGN §5): annotate in
// the real side panel, SIGKILL Chromium's browser process, relaunch on the same profile.

/** The pid of the Chromium browser process (not a renderer or helper) running on this profile. */
function browserPid(profile: string): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith('--type='))) return Number(entry);
  }
  return undefined;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

type Row = { kind: string; text: string; deleted: boolean };

const TEXTS = [
  ['Decision', 'The forum meets every two months.'],
  ['Action', 'Secretariat circulates the draft by Friday.'],
  ['Question', 'Who chairs the next meeting?'],
] as const;

describe('persistence across a killed browser', () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-persist-'));
  let launched: LaunchedExtension | undefined;
  afterAll(async () => {
    await launched?.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  });

  it('annotations saved in the side panel are all there after SIGKILL and a relaunch on the same profile', async () => {
    launched = await launchExtension({ userDataDir: profile });
    const panel = await launched.context.newPage();
    await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    await panel.getByLabel('Meeting title').fill('Forum, killed-browser test');
    await panel.getByLabel('Name of attendee 1').fill('Alex Martin');
    await panel.getByRole('button', { name: 'Start meeting' }).click();
    const text = panel.getByLabel('What was said or decided');
    const list = panel.getByRole('list', { name: 'Annotations' });
    for (const [i, [kind, words]] of TEXTS.entries()) {
      await text.fill(words);
      await panel.getByRole('button', { name: kind, exact: true }).click();
      await expect.poll(() => list.getByRole('listitem').count()).toBe(i + 1);
    }
    // Each one was shown as saved; then the browser dies without any chance to flush or close.
    const pid = browserPid(profile);
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGKILL');
    await expect.poll(() => isAlive(pid!), { timeout: 10_000 }).toBe(false);
    await launched.close().catch(() => {});

    launched = await launchExtension({ userDataDir: profile });
    const again = await launched.context.newPage();
    await again.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    const relisted = again.getByRole('list', { name: 'Annotations' });
    await expect.poll(() => relisted.getByRole('listitem').count(), { timeout: 15_000 }).toBe(TEXTS.length);
    const shown = await relisted.getByRole('listitem').allInnerTexts();
    for (const [, words] of TEXTS) expect(shown.filter((item) => item.includes(words))).toHaveLength(1);
    const rows = await readStore<Row>(again, 'annotations');
    expect(rows.map((row) => [row.kind, row.text, row.deleted]).sort()).toEqual(
      [
        ['action', TEXTS[1][1], false],
        ['decision', TEXTS[0][1], false],
        ['question', TEXTS[2][1], false],
      ].sort(),
    );
    // Their outbox entries survived too, so they will still reach the ledger.
    const outbox = (await readStore<Row>(again, 'outbox')) as unknown as { event: { type: string } }[];
    expect(outbox.filter((entry) => entry.event.type === 'annotation.created')).toHaveLength(TEXTS.length);
  });
});
