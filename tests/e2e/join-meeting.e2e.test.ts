import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/domain/role';
import { pullAll } from '../extension/services/ledger-local-process';
import { type AttendeeBrowser, openAttendee, type Said, say, synced } from './support/attendee-browser';
import { runAxe } from './support/axe';
import { type ChromeGlobal, type LaunchedExtension, launchExtension } from './support/launch-extension';
import { type MeetingLedger, type MeetingMemberSpec, startMeetingLedger } from './support/meeting-ledger';
import { readStore } from './support/read-store';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

// Issue 14 item 4: attendees join the one meeting a coordinator scheduled, instead of each starting a
// copy of it. The coordinator schedules it in Console › Meetings (the ledger bundle, as the owner's
// console runs it); two attendees, each in their own Chromium profile with the built extension, join
// it from the side panel (one by keyboard, one by mouse), annotate and sync to `ledger:local`. The
// ledger then holds one meeting record with both attendees' annotations, nothing refused, and the
// notes page of either attendee shows both.

const TITLE = 'Multi-Stakeholder Forum, December';
const MEMBERS = {
  coordinator: { name: 'Marc Gagnon', org: 'Treasury Board of Canada Secretariat', side: 'government', roles: ['coordinator', 'attendee'] as Role[] },
  official: { name: 'Alex Chen', org: 'Treasury Board of Canada Secretariat', side: 'government', roles: ['attendee'] as Role[] },
  csn: { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['attendee'] as Role[] },
} satisfies Record<string, MeetingMemberSpec>;
const OFFICIAL_SAYS: Said[] = [
  { kind: 'Decision', text: 'The draft commitments go out for 30 days of public comment', speaker: { side: 'government', name: 'Alex Chen' } },
  { kind: 'Action', text: 'Circulate the revised draft to the network', speaker: { side: 'government' }, owner: 'TBS' },
];
const CSN_SAYS: Said[] = [
  { kind: 'Disagreement', text: 'Regional groups need eight weeks', speaker: { side: 'csn', name: 'Zoé Roy' } },
  { kind: 'Action', text: 'Share the network’s list of regional groups', owner: 'Open North' },
];

/** The guide's pictures: always under .output/, and into docs/images with UPDATE_SCREENSHOTS=1 (as console.e2e does). */
async function screenshot(page: Page, name: string): Promise<void> {
  const shot = await page.screenshot({ path: path.resolve(`.output/screenshots/${name}.png`), fullPage: true });
  if (process.env.UPDATE_SCREENSHOTS === '1') fs.writeFileSync(path.resolve(`docs/images/${name}.png`), shot);
}

/** Changes the language as the options page saves it; the panel follows its settings. */
async function setLanguage(attendee: AttendeeBrowser, language: 'en' | 'fr') {
  await attendee.launched.sw.evaluate(async (lang) => {
    const chrome = (globalThis as unknown as ChromeGlobal).chrome;
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), language: lang } });
  }, language);
}

describe('attendees join the meeting a coordinator scheduled', () => {
  let ledger: MeetingLedger<keyof typeof MEMBERS>;
  let official: AttendeeBrowser;
  let csn: AttendeeBrowser;
  let meetingId: string;
  let browsers: LaunchedExtension[];

  beforeAll(async () => {
    [ledger, ...browsers] = await Promise.all([startMeetingLedger(MEMBERS), launchExtension(), launchExtension()]);
  });
  afterAll(async () => {
    await Promise.all([official, csn].map((attendee) => attendee?.launched.close()));
    await Promise.all((browsers ?? []).map((browser) => browser.close().catch(() => undefined)));
    await ledger?.dispose();
  });

  it('the coordinator schedules the forum in Console › Meetings, on now', async () => {
    const now = Date.now();
    const scheduled = await ledger.openConsole(({ call }) =>
      call<{ ok: boolean }>('consoleScheduleMeeting', {
        title: TITLE,
        type: 'msf_regular',
        startsAt: new Date(now - 5 * 60_000).toISOString(),
        endsAt: new Date(now + 2 * 3_600_000).toISOString(),
        venueType: 'online_only',
        remoteUrl: 'https://meet.jit.si/webinar',
        chairSide: 'csn',
      }),
    );
    expect(scheduled).toMatchObject({ ok: true });
    await ledger.start();
    const settings = (key: 'official' | 'csn') => ({ ledgerUrl: ledger.url, token: ledger.members[key].token, displayName: ledger.members[key].name, side: ledger.members[key].side });
    [official, csn] = await Promise.all([
      openAttendee(settings('official'), { launched: browsers[0]! }),
      openAttendee(settings('csn'), { launched: browsers[1]! }),
    ]);
  });

  it('each side panel offers it, labelled, in English and French, with nothing axe finds', async () => {
    const panel = official.panel;
    const join = panel.getByRole('button', { name: new RegExp(`^Join ${TITLE}, .* scheduled by Marc Gagnon$`) });
    await join.waitFor({ timeout: 60_000 });
    await panel.getByRole('heading', { name: 'Join a meeting from the ledger' }).waitFor();
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'join-en');
    await setLanguage(official, 'fr');
    await panel.getByRole('button', { name: new RegExp(`^Me joindre à ${TITLE}, le .* prévue par Marc Gagnon$`) }).waitFor({ timeout: 30_000 });
    expect(await panel.locator('html').getAttribute('lang')).toBe('fr');
    expect(await runAxe(panel)).toEqual([]);
    await screenshot(panel, 'join-fr');
    await setLanguage(official, 'en');
    await join.waitFor();
  });

  it('one joins by keyboard, the other by mouse; both annotate that meeting and sync, nothing refused', async () => {
    // Keyboard: Tab reaches the join button from the top of the panel; Enter joins.
    const join = official.panel.getByRole('button', { name: new RegExp(`^Join ${TITLE}`) });
    await official.panel.keyboard.press('Tab');
    for (let i = 0; i < 5 && !(await join.evaluate((button) => button === document.activeElement)); i++) await official.panel.keyboard.press('Tab');
    expect(await join.evaluate((button) => button === document.activeElement)).toBe(true);
    await official.panel.keyboard.press('Enter');
    await csn.panel.getByRole('button', { name: new RegExp(`^Join ${TITLE}`) }).click({ timeout: 60_000 });
    for (const attendee of [official, csn]) {
      await attendee.panel.getByLabel('What was said or decided').waitFor();
      await attendee.panel.getByText('Record kept by Marc Gagnon: ending here ends only your participation.').waitFor();
    }
    await Promise.all([
      (async () => {
        for (const line of OFFICIAL_SAYS) await say(official.panel, line);
      })(),
      (async () => {
        for (const line of CSN_SAYS) await say(csn.panel, line);
      })(),
    ]);
    await Promise.all([synced(official), synced(csn)]);

    const events = await pullAll({ url: ledger.url, token: ledger.members.coordinator.token });
    const meetings = events.filter((event) => event.type.startsWith('meeting.'));
    // One meeting record: the coordinator's, and no attendee wrote any meeting event.
    expect(meetings.map((event) => [event.type, event.actor.memberId])).toEqual([['meeting.scheduled', ledger.members.coordinator.memberId]]);
    meetingId = (meetings[0]!.payload as { meeting: { id: string; title: string } }).meeting.id;
    const annotations = events.filter((event) => event.type === 'annotation.created');
    expect(annotations.map((event) => (event.payload as { meetingId: string }).meetingId)).toEqual(annotations.map(() => meetingId));
    expect(annotations.map((event) => [event.actor.name, (event.payload as { text: string }).text]).sort()).toEqual(
      [...OFFICIAL_SAYS.map((line) => ['Alex Chen', line.text]), ...CSN_SAYS.map((line) => ['Zoé Roy', line.text])].sort(),
    );
    for (const attendee of [official, csn]) expect((await readStore<{ id: string }>(attendee.panel, 'meetings')).map((record) => record.id)).toEqual([meetingId]);
    // The guide's pictures of a joiner's panel, in English and French.
    await screenshot(official.panel, 'join-joined-en');
    await setLanguage(official, 'fr');
    await official.panel.getByText('Dossier tenu par Marc Gagnon : terminer ici ne met fin qu’à votre participation.').waitFor({ timeout: 30_000 });
    await screenshot(official.panel, 'join-joined-fr');
    await setLanguage(official, 'en');
    await official.panel.getByText('Record kept by Marc Gagnon: ending here ends only your participation.').waitFor({ timeout: 30_000 });
  });

  it('a joiner ends only their participation, and their notes hold both attendees’ annotations with who spoke', async () => {
    const panel = official.panel;
    await panel.getByRole('button', { name: 'End meeting' }).click();
    await panel.getByRole('button', { name: 'Yes, end the meeting' }).click();
    await panel.getByText(`${TITLE} — annotations recorded: ${OFFICIAL_SAYS.length}.`).waitFor();
    // Ending queued nothing: the meeting's record is the coordinator's to close.
    expect(await official.outbox()).toEqual([]);
    const [notes] = await Promise.all([official.launched.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open the notes' }).click()]);
    await notes.getByText(`These notes also hold ${CSN_SAYS.length} annotations other attendees made, from the ledger.`).waitFor({ timeout: 60_000 });
    const preview = notes.frameLocator('iframe.notes-preview');
    for (const line of [...OFFICIAL_SAYS, ...CSN_SAYS]) await preview.getByText(line.text, { exact: false }).first().waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
    const printed = await preview.locator('main').innerText();
    for (const line of [...OFFICIAL_SAYS, ...CSN_SAYS]) expect(printed.split(line.text).length - 1).toBe(1);
    expect(printed).toContain('Civil society network');
    expect(await notes.getByRole('button', { name: 'Send the draft to the coordinators' }).count()).toBe(0);
    await notes.getByText(/^The notes draft of this meeting is sent by Marc Gagnon/).waitFor();
    expect(await runAxe(notes)).toEqual([]);
    await screenshot(notes, 'join-notes-en');
    await setLanguage(official, 'fr');
    await notes.reload();
    await notes.getByText(`Ces notes comprennent aussi ${CSN_SAYS.length} annotations d’autres participants, tirées du registre.`).waitFor({ timeout: 60_000 });
    expect(await runAxe(notes)).toEqual([]);
    await screenshot(notes, 'join-notes-fr');
    await setLanguage(official, 'en');
    const events = await pullAll({ url: ledger.url, token: ledger.members.coordinator.token });
    expect(events.filter((event) => event.type.startsWith('meeting.')).map((event) => event.type)).toEqual(['meeting.scheduled']);
  });
});
