import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLedgerTransport } from '../../extension/adapters/ledger-client';
import { appendEvents } from '../../extension/services/ledger-calls';
type ClientEvent = Parameters<typeof appendEvents>[1][number];
import { ledgerTabTitle } from '../../shared/ledger/layout/index';
import { foldEvents, VIEW_TABS } from '../../shared/ledger/views/index';
import type { StoredEvent } from '../../shared/ledger/event-catalogue';
import { draftVersionHash, notesFromDraft } from '../../shared/ledger/exports/notes-from-draft';
import { nodeSha256 } from '../support/ledger-fixture';
import type { ParagraphNode } from '../support/document-app-double';
import { createUtilitiesDouble } from '../support/utilities-double';
import { NAP6_C01_EN } from '../fixtures/docs/nap6-c01-en';
import { type AddonWorld, createAddonWorld, documentFrom } from '../apps-script/addon/addon-world';
import { pullAll } from '../extension/services/ledger-local-process';
import { type BlockingRoute, blockingHttpRoute } from './support/blocking-http-route';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { type AttendeeBrowser, openAttendee, type Said, say, synced } from './support/attendee-browser';
import type { Role } from '../../shared/domain/role';
import { type MeetingLedger, type MeetingMemberSpec, startMeetingLedger } from './support/meeting-ledger';
import { readStore } from './support/read-store';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

// Issue 14 item 4: one forum meeting from start to published notes, every piece real but Google.
// The coordinator schedules the forum in the ledger; three attendees in their own Chromium profiles
// with the built extension (a government official, a CSN member, the coordinator who keeps the notes)
// join that one meeting from the side panel and annotate it at once; the drafter's
// document (the Docs add-on bundle on the doubles) inserts a commitment, tags a decision and syncs; the
// government and CSN signatories sign C01 from the same document; the coordinator sends the notes for
// review and publishes them (`meeting.notes_published`, what main offers: there is no publication
// button yet). All of it goes to one `npm run ledger:local`, whose members were issued through the
// console. The ledger then holds every event once, views equal to a rebuild from the log, a chain the
// menu's check finds intact, and notes with the decisions, actions and speakers said.

const TITLE = 'Multi-Stakeholder Forum on Open Government, December';
const ATTENDANCE = [
  { name: 'Alex Chen', side: 'government' },
  { name: 'Zoé Roy', side: 'csn' },
  { name: 'Marc Gagnon', side: 'government' },
];
const C01 = 'C01 — Inclusive and meaningful public participation';
const NOTES_URL = 'https://forum.example.org/notes/2026-12-forum-en.html';

const MEMBERS = {
  coordinator: { name: 'Marc Gagnon', org: 'Treasury Board of Canada Secretariat', side: 'government', roles: ['coordinator', 'attendee'] as Role[] },
  official: { name: 'Alex Chen', org: 'Treasury Board of Canada Secretariat', side: 'government', roles: ['attendee', 'gov_signatory'] as Role[] },
  csn: { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['attendee', 'csn_signatory'] as Role[] },
  drafter: { name: 'Nadia Tremblay', org: 'Treasury Board of Canada Secretariat', side: 'government', roles: ['drafter'] as Role[] },
  // The CSN's co-chair: approves the notes for the CSN before they are published (no browser of their own).
  csnChair: { name: 'Julie Martel', org: 'Open Data Ottawa', side: 'csn', roles: ['coordinator'] as Role[] },
} satisfies Record<string, MeetingMemberSpec>;

// The coordinator's notes: what the published notes must print, with who said it.
const NOTES: Said[] = [
  { kind: 'Decision', text: 'The draft commitments go out for 30 days of public comment', speaker: { side: 'government', name: 'Alex Chen' }, commitment: C01 },
  { kind: 'Disagreement', text: 'Thirty days is too short for groups outside Ottawa', speaker: { side: 'csn', name: 'Zoé Roy' }, commitment: C01 },
  { kind: 'Decision', text: 'The network chairs the next forum meeting', speaker: { side: 'csn', name: 'Zoé Roy' } },
  { kind: 'Action', text: 'Circulate the revised draft to the network', speaker: { side: 'government', name: 'Alex Chen' }, owner: 'TBS' },
  { kind: 'Action', text: 'Collect regional organisations’ comments', speaker: { side: 'csn', name: 'Zoé Roy' }, owner: 'Open North' },
];
// What the two other attendees note at the same time, in the same meeting: the notes hold it too.
const OFFICIAL_SAYS: Said[] = [
  { kind: 'Note', text: 'Check the consultation budget with Finance' },
  { kind: 'Question', text: 'Can the RCMP forum meet before March?', speaker: { side: 'csn' } },
  { kind: 'Agreement', text: 'Both sides keep the bilingual template', speaker: { side: 'government' } },
];
const CSN_SAYS: Said[] = [
  { kind: 'Disagreement', text: 'Regional groups need eight weeks', speaker: { side: 'csn', name: 'Zoé Roy' } },
  { kind: 'Action', text: 'Share the network’s list of regional groups', owner: 'Open North' },
  { kind: 'Note', text: 'Next forum in February', speaker: { side: 'government' } },
];

type StoredRow = { id: string; kind: string; text: string; meetingId: string };

async function saved(download: Promise<Download>): Promise<string> {
  const done = await download;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-whole-')), done.suggestedFilename());
  await done.saveAs(file);
  return file;
}

describe('a whole meeting: three attendees, a drafter, two signatories, published notes', () => {
  let ledger: MeetingLedger<keyof typeof MEMBERS>;
  let official: AttendeeBrowser;
  let csn: AttendeeBrowser;
  let coordinator: AttendeeBrowser;
  let drafter: AddonWorld;
  let notesPage: Page;
  let notesFile: string;
  let publishedHead: string;
  // The add-ons' UrlFetchApp, over real HTTP to the same ledger:local the browsers use.
  const http: BlockingRoute = blockingHttpRoute();
  const all = () => [official, csn, coordinator];

  beforeAll(async () => {
    process.env.TZ = 'America/Toronto';
    // The ledger and the three browsers (one per profile, for the whole file) start together.
    let browsers: LaunchedExtension[];
    [ledger, ...browsers] = await Promise.all([startMeetingLedger(MEMBERS), launchExtension(), launchExtension(), launchExtension()]);
    const settings = (key: 'official' | 'csn' | 'coordinator') => ({
      ledgerUrl: ledger.url,
      token: ledger.members[key].token,
      displayName: ledger.members[key].name,
      side: ledger.members[key].side,
    });
    [official, csn, coordinator] = await Promise.all([
      openAttendee(settings('official'), { launched: browsers[0]! }),
      openAttendee(settings('csn'), { launched: browsers[1]! }),
      openAttendee(settings('coordinator'), { launched: browsers[2]! }),
    ]);
  });
  afterAll(async () => {
    await Promise.all(all().map((attendee) => attendee?.launched.close()));
    await ledger?.dispose();
    await http.close();
  });

  it('the drafter’s document inserts a commitment, tags a decision and syncs to the ledger', async () => {
    const doc = documentFrom(NAP6_C01_EN, '1CocreateWholeMeetingPlan');
    drafter = await createAddonWorld({ doc, member: null });
    drafter.setRoute(http);
    expect(drafter.call('saveSettings', { ledgerUrl: ledger.url, token: ledger.members.drafter.token, language: 'en' })).toMatchObject({ saved: true, checked: true });
    // The cursor on the last paragraph: the template goes at the end, with the next free code.
    const last = doc.body.children.filter((child) => child.getType() === 'PARAGRAPH').at(-1) as ParagraphNode;
    doc.placeCursor(last, 0);
    expect(drafter.call<{ code: string }>('insertCommitmentTemplate', 'both').code).toBe('C03');
    doc.selectWords('Establish a multi-collaborator forum at the RCMP');
    drafter.call('tagSelection', { kind: 'decision' });
    const summary = drafter.call<{ accepted: { commitments: number; tags: number }; refused: unknown[] }>('syncDocument');
    expect(summary).toMatchObject({ accepted: { commitments: 3, tags: 1 }, refused: [] });
  });

  it('the coordinator schedules the forum in the ledger, on now, its notes attributed by name', async () => {
    const connection = { transport: createLedgerTransport(), ledgerUrl: ledger.url, token: ledger.members.coordinator.token };
    const now = Date.now();
    const meeting = {
      id: randomUUID(),
      title: TITLE,
      type: 'msf_regular',
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 2 * 3_600_000).toISOString(),
      venueType: 'online_only',
      remoteUrl: 'https://meet.jit.si/webinar',
      chairSide: 'csn',
      attendees: ATTENDANCE,
      attribution: 'by_name',
      notesStatus: { en: 'none', fr: 'none' },
      timeZone: 'America/Toronto',
    };
    const scheduled = await appendEvents(connection, [{ v: 1, id: randomUUID(), type: 'meeting.scheduled', at: new Date().toISOString(), source: 'sheet', payload: { meeting } }]);
    expect(scheduled).toMatchObject({ kind: 'ok', results: [{ status: 'accepted' }] });
  });

  it('three attendees join that meeting and annotate it at once, each from their own profile, and all of it reaches the ledger', async () => {
    // Each panel offers the ledger's meeting (it asks the ledger again after each sync run): one click joins it.
    await Promise.all(
      all().map(async (a) => {
        await a.panel.getByRole('button', { name: 'Sync now' }).click();
        await a.panel.getByRole('button', { name: new RegExp(`^Join ${TITLE}, .* scheduled by Marc Gagnon$`) }).click({ timeout: 60_000 });
        await a.panel.getByLabel('What was said or decided').waitFor();
      }),
    );
    const script = async (attendee: AttendeeBrowser, lines: Said[]) => {
      for (const line of lines) await say(attendee.panel, line);
    };
    await Promise.all([script(coordinator, NOTES), script(official, OFFICIAL_SAYS), script(csn, CSN_SAYS)]);
    for (const [attendee, lines] of [[coordinator, NOTES], [official, OFFICIAL_SAYS], [csn, CSN_SAYS]] as const) {
      await synced(attendee);
      expect((await readStore<StoredRow>(attendee.panel, 'annotations')).map((row) => row.text).sort()).toEqual(lines.map((line) => line.text).sort());
    }
  });

  it('the coordinator ends the meeting, corrects nothing, and sends the notes for review', async () => {
    const panel = coordinator.panel;
    await panel.getByRole('button', { name: 'End meeting' }).click();
    await panel.getByRole('button', { name: 'Yes, end the meeting' }).click();
    await panel.getByText(`${TITLE} — annotations recorded: ${NOTES.length}.`).waitFor();
    [notesPage] = await Promise.all([coordinator.launched.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open the notes' }).click()]);
    await notesPage.getByText('Draft: not yet sent to the coordinators.').waitFor();
    // The other attendees' annotations, from the ledger, are in the notes before the draft names them.
    await notesPage.getByText(`These notes also hold ${OFFICIAL_SAYS.length + CSN_SAYS.length} annotations other attendees made, from the ledger.`).waitFor({ timeout: 60_000 });
    await notesPage.getByRole('button', { name: 'Send the draft to the coordinators' }).click();
    await notesPage.getByText('The draft is recorded and will reach the coordinators with the next sync.').waitFor();
    // Rather than wait for the 2–10 s a change's sync gathers others, the coordinator syncs now.
    await panel.getByRole('button', { name: 'Sync now' }).click();
    await notesPage.getByText('In review by the coordinators.').waitFor({ timeout: 60_000 });
  });

  it('the government and CSN signatories sign C01 from the same document', async () => {
    const sign = async (key: 'official' | 'csn', input: Record<string, unknown>) => {
      const world = await createAddonWorld({ doc: drafter.world.active, member: null });
      // One document: its properties (the commitments' stable ids) are the same for every user.
      world.stores.document = drafter.stores.document;
      // Utilities.getUuid is random on Google; the harness's counter would give both signatories the same ids.
      world.context.Utilities = createUtilitiesDouble(world.log, () => randomUUID());
      world.setRoute(http);
      expect(world.call('saveSettings', { ledgerUrl: ledger.url, token: ledger.members[key].token, language: 'en' })).toMatchObject({ saved: true });
      return world.call<{ accepted: { signOffs: number; commitments: number }; unchanged: number; refused: unknown[] }>('recordSignOff', input);
    };
    // The version they sign is the one the drafter synced: the ledger answers it `duplicate`.
    expect(await sign('official', { code: 'C01', track: 'government', state: 'approved', comment: 'Included in the plan.' })).toMatchObject({ accepted: { signOffs: 1, commitments: 0 }, unchanged: 1, refused: [] });
    expect(await sign('csn', { code: 'C01', track: 'csn', state: 'endorse' })).toMatchObject({ accepted: { signOffs: 1, commitments: 0 }, unchanged: 1, refused: [] });
  });

  it('the coordinator publishes the notes with the ledger’s head; the notes page says so and links to them', async () => {
    const connection = { transport: createLedgerTransport(), ledgerUrl: ledger.url, token: ledger.members.coordinator.token };
    const host = { url: ledger.url, token: ledger.members.coordinator.token };
    const [meeting] = await readStore<{ id: string }>(coordinator.panel, 'meetings');
    // The version of the draft as the ledger holds it (what the console shows the co-chairs).
    const drafted = foldEvents((await pullAll(host)) as unknown as StoredEvent[], { today: new Date().toISOString().slice(0, 10) });
    const view = drafted.meetings.find((m) => m.meeting.id === meeting!.id)!;
    const draftHash = draftVersionHash(notesFromDraft(view, drafted.annotations, drafted.commitments)!, nodeSha256);
    const publication = (headHash: string): ClientEvent => ({ v: 1, id: randomUUID(), type: 'meeting.notes_published', at: new Date().toISOString(), source: 'sheet', payload: { meetingId: meeting!.id, language: 'en', url: NOTES_URL, headHash, draftHash } });
    // Before both co-chairs approved, the ledger itself refuses the publication.
    const early = await appendEvents(connection, [publication(drafted.dashboard.head.hash)]);
    expect(early).toMatchObject({ kind: 'ok', results: [{ status: 'rejected', error: { code: 'invalid', message: expect.stringContaining('no approval from the co-chair of: Government and Civil society network') } }] });
    for (const chair of ['coordinator', 'csnChair'] as const) {
      const approval: ClientEvent = { v: 1, id: randomUUID(), type: 'meeting.notes_approved', at: new Date().toISOString(), source: 'sheet', payload: { meetingId: meeting!.id, draftEventId: view.notesDraft!.eventId, draftHash } };
      expect(await appendEvents({ ...connection, token: ledger.members[chair].token }, [approval])).toMatchObject({ kind: 'ok', results: [{ status: 'accepted' }] });
    }
    const before = await pullAll(host);
    publishedHead = before.at(-1)!.hash;
    // The notes as published: the HTML the notes page downloads, in English.
    await notesPage.getByLabel('Language of the notes').selectOption('en');
    notesFile = await saved(Promise.all([notesPage.waitForEvent('download'), notesPage.getByRole('button', { name: 'Download HTML' }).click()]).then(([download]) => download));
    const published = await appendEvents(connection, [publication(publishedHead)]);
    expect(published).toMatchObject({ kind: 'ok', results: [{ status: 'accepted' }] });
    // The page reads the ledger's meetings when it opens (and after a sync run that sent something).
    await notesPage.reload();
    const link = notesPage.getByRole('link', { name: 'Read the published notes' });
    await link.waitFor({ timeout: 60_000 });
    expect(await link.getAttribute('href')).toBe(NOTES_URL);
  });

  it('the published notes print every attendee’s decisions, actions and speakers, each once', async () => {
    const page = await coordinator.launched.context.newPage();
    await page.goto(`file://${notesFile}`);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, line breaks included, is what a reader sees.
    const body = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    const sideName = (side: 'government' | 'csn') => (side === 'government' ? 'Government' : 'Civil society network');
    const who = (line: Said) => (line.speaker!.name ? `${line.speaker!.name} (${sideName(line.speaker!.side)})` : sideName(line.speaker!.side));
    const items = (section: string, rows = 'li') => page.locator(`section[aria-labelledby="${section}"] ${rows}`).allInnerTexts();
    // Section by section, exactly what the three attendees said: each decision and position with its
    // speaker (and commitment), each action with its owner (the actions table names owners, not speakers).
    const said = [...NOTES, ...OFFICIAL_SAYS, ...CSN_SAYS];
    const made = (kind: Said['kind']) => said.filter((line) => line.kind === kind);
    const printed = {
      Decision: await items('decision'),
      Disagreement: await items('disagreement'),
      Agreement: await items('agreement'),
      Question: await items('question'),
      Action: await items('action', 'tbody tr'),
    };
    for (const [kind, rows] of Object.entries(printed) as Array<[Said['kind'], string[]]>) {
      expect(rows, kind).toHaveLength(made(kind).length);
      for (const line of made(kind)) {
        const row = rows.find((item) => item.includes(line.text));
        expect(row, line.text).toBeDefined();
        if (kind === 'Action') expect(row).toContain(line.owner!);
        else if (line.speaker) expect(row).toContain(`${who(line)}: ${line.text}`);
        if (line.commitment) expect(row).toContain(`On commitment ${line.commitment}`);
      }
    }
    // Every statement once, whoever recorded it (the notes page merged them by id).
    for (const line of said) expect(body.split(line.text).length - 1, line.text).toBe(1);
    expect(body).toContain('Civil society network’s position');
    await page.close();
    // The note-taker is never named as such.
    expect(body).not.toContain('Marc Gagnon (');
  });

  it('the ledger holds every event once, its views equal a rebuild from the log, and its chain verifies against the published head', async () => {
    const events = await pullAll({ url: ledger.url, token: ledger.members.coordinator.token });
    expect(new Set(events.map((event) => event.id.toLowerCase())).size).toBe(events.length);
    const byType = (type: string) => events.filter((event) => event.type === type);
    // Every annotation each browser holds, exactly once, as its author wrote it, by its author.
    let annotations = 0;
    for (const [attendee, key] of [[coordinator, 'coordinator'], [official, 'official'], [csn, 'csn']] as const) {
      for (const row of await readStore<StoredRow>(attendee.panel, 'annotations')) {
        const copies = byType('annotation.created').filter((event) => event.entityId === row.id);
        expect(copies).toHaveLength(1);
        expect(copies[0]!.payload).toMatchObject({ text: row.text, kind: row.kind, meetingId: row.meetingId });
        expect(copies[0]!.actor.memberId).toBe(ledger.members[key].memberId);
        annotations++;
      }
      const [meeting] = await readStore<{ id: string }>(attendee.panel, 'meetings');
      expect(byType('meeting.scheduled').filter((event) => (event.payload as { meeting: { id: string } }).meeting.id === meeting!.id)).toHaveLength(1);
    }
    const expected = {
      'annotation.created': NOTES.length + OFFICIAL_SAYS.length + CSN_SAYS.length,
      // One meeting record, the coordinator's: the attendees joined it.
      'meeting.scheduled': 1,
      'meeting.held': 1,
      'meeting.notes_drafted': 1,
      'meeting.notes_approved': 2,
      'commitment.upserted': 3,
      'tag.created': 1,
      'signoff.recorded': 2,
      'meeting.notes_published': 1,
    };
    expect(annotations).toBe(expected['annotation.created']);
    expect(Object.fromEntries(Object.keys(expected).map((type) => [type, byType(type).length]))).toEqual(expected);
    expect(events).toHaveLength(Object.values(expected).reduce((sum, n) => sum + n, 0));
    // Each stored under the member whose token sent it: the document's by the drafter, the publication by the coordinator.
    for (const type of ['commitment.upserted', 'tag.created']) expect(byType(type).map((event) => event.actor.memberId)).toEqual(byType(type).map(() => ledger.members.drafter.memberId));
    expect(byType('meeting.notes_published')[0]!.actor.memberId).toBe(ledger.members.coordinator.memberId);
    expect(byType('signoff.recorded').map((event) => [event.actor.memberId, (event.payload as { track: string }).track]).sort()).toEqual(
      [[ledger.members.official.memberId, 'government'], [ledger.members.csn.memberId, 'csn']].sort(),
    );

    // The owner's console on the same spreadsheet (the host stopped): what it shows, a rebuild, the check.
    const checked = await ledger.openConsole(({ world, app, call }) => {
      const state = call<{ ok: boolean; meetings: Array<{ title: string; notesPublishedAt?: string; notesUrl?: string; notes?: { statements: number } }> }>('consoleState');
      const read = () =>
        Object.fromEntries(
          VIEW_TABS.map((tab) => [tab, world.globals.Sheets.Spreadsheets.Values.get(world.store.state.spreadsheetId, `'${ledgerTabTitle(tab)}'`).values ?? []]),
        );
      const incremental = read();
      app.rebuildLedgerViews();
      const rebuilt = read();
      world.ui.answer({ text: publishedHead, button: 'OK' });
      app.verifyLedgerChain();
      return { state, incremental, rebuilt, alerts: world.ui.events.filter((event) => event.kind === 'alert').map((event) => event.prompt) };
    });
    expect(checked.state.ok).toBe(true);
    const shown = checked.state.meetings.filter((meeting) => meeting.title === TITLE);
    expect(shown).toHaveLength(1);
    // The draft the console reviews and publishes names every attendee's annotations (the note-taker's notes page merged them).
    const drafted = byType('meeting.notes_drafted')[0]!.payload as { annotationIds: string[] };
    expect([...drafted.annotationIds].sort()).toEqual(byType('annotation.created').map((event) => event.entityId).sort());
    expect(shown[0]!.notes?.statements).toBe(expected['annotation.created']);
    expect(shown.filter((meeting) => meeting.notesUrl === NOTES_URL && meeting.notesPublishedAt)).toHaveLength(1);
    expect(checked.rebuilt).toEqual(checked.incremental);
    const decisions = checked.rebuilt.decisions as string[][];
    const texts = decisions.slice(1).map((row) => row[decisions[0]!.indexOf('text')]);
    expect(texts).toEqual(expect.arrayContaining(['Establish a multi-collaborator forum at the RCMP', ...NOTES.filter((n) => n.kind === 'Decision').map((n) => n.text)]));
    expect(checked.alerts.at(-1)).toContain(`The event log is intact: ${events.length} events, head ${events.at(-1)!.hash}.`);
  });
});
