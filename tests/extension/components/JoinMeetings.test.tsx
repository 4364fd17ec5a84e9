// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CocreateDb } from '@/services/db';
import { joinMeeting } from '@/services/meetings';
import { saveSettings } from '@/services/settings';
import type { JoinableMeeting } from '../../../shared/protocol/extension-messages';
import { renderPanel } from './panel-harness';

// Issue 14 item 4: the side panel's join list, and the notes of a joined meeting.

const LEDGER = { ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 'member-token', displayName: 'Alex Chen', side: 'government', language: 'en' } as const;
const NOW = new Date('2026-12-02T15:10:00.000Z');

const forum = {
  id: 'l-forum-december',
  title: 'Multi-Stakeholder Forum, December',
  type: 'msf_regular',
  startsAt: '2026-12-02T15:00:00.000Z',
  endsAt: '2026-12-02T17:00:00.000Z',
  venueType: 'online_only',
  chairSide: 'csn',
  attendees: [{ name: 'Zoé Roy', side: 'csn' }],
  attribution: 'by_name',
  notesStatus: { en: 'none', fr: 'none' },
  timeZone: 'America/Toronto',
} as const;
const joinable = (rights: Partial<JoinableMeeting> = {}): JoinableMeeting => ({ meeting: { ...forum, attendees: [...forum.attendees] }, ownerName: 'Marc Gagnon', ownsRecord: false, maySendDraft: false, ...rights });

/** The background's side: `ledger-meetings` offers the forum; `join-meeting` saves it as the background does. */
const background = (entry: JoinableMeeting, extra: Record<string, unknown> = {}) => ({
  'ledger-meetings': { ok: true, fromCache: false, meetings: [entry.meeting], joinable: [entry] },
  'join-meeting': async (_message: unknown, db: CocreateDb) => {
    await joinMeeting(db, entry, { name: LEDGER.displayName, side: LEDGER.side }, { now: () => NOW });
    return { ok: true };
  },
  ...extra,
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('joining a meeting from the ledger', () => {
  it('lists the ledger’s meeting by title, time and who scheduled it; joining annotates that meeting and queues no meeting event', async () => {
    await saveSettings(LEDGER);
    const panel = await renderPanel({ startAt: NOW, replies: background(joinable()) });
    const list = await screen.findByRole('region', { name: 'Join a meeting from the ledger' });
    const button = await screen.findByRole('button', { name: 'Join Multi-Stakeholder Forum, December, Wednesday, December 2, 2026 at 10:00 a.m., scheduled by Marc Gagnon' });
    expect(list.contains(button)).toBe(true);
    fireEvent.click(button);
    const text = await screen.findByLabelText('What was said or decided');
    expect(panel.sent.map((message) => message.type)).toContain('join-meeting');
    expect(panel.sent.find((message) => message.type === 'join-meeting')).toEqual({ type: 'join-meeting', meetingId: forum.id });
    expect(screen.getByText('Record kept by Marc Gagnon: ending here ends only your participation.')).toBeTruthy();
    // The attendance the ledger holds, this attendee added: both can be named as speakers.
    expect((await panel.db.get('meetings', forum.id))?.meeting.attendees).toEqual([{ name: 'Zoé Roy', side: 'csn' }, { name: 'Alex Chen', side: 'government' }]);
    fireEvent.input(text, { target: { value: 'Thirty days of public comment' } });
    fireEvent.keyDown(text, { code: 'Digit1', altKey: true });
    await screen.findByText('Thirty days of public comment');
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, end the meeting' }));
    await screen.findByText('Multi-Stakeholder Forum, December — annotations recorded: 1.');
    const queued = (await panel.db.getAll('outbox')).map((entry) => entry.event);
    expect(queued.map((event) => [event.type, (event.payload as { meetingId?: string }).meetingId])).toEqual([['annotation.created', forum.id]]);
  });

  it('speaks French, and says why a join was refused', async () => {
    await saveSettings({ ...LEDGER, language: 'fr' });
    const refused = { ok: false, problem: { code: 'not_joinable', message: { en: 'This meeting can no longer be joined.', fr: 'Il n’est plus possible de se joindre à cette réunion.' } } };
    const panel = await renderPanel({ startAt: NOW, replies: { ...background(joinable()), 'join-meeting': refused } });
    await screen.findByRole('heading', { name: 'Se joindre à une réunion du registre' });
    const button = await screen.findByRole('button', { name: /^Me joindre à Multi-Stakeholder Forum, December, le mercredi 2 décembre 2026 à 10 h 00, prévue par Marc Gagnon$/ });
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('Il n’est plus possible de se joindre à cette réunion.');
    expect(await panel.db.getAll('meetings')).toEqual([]);
    expect(screen.getByLabelText('Titre de la réunion')).toBeTruthy();
  });

  it('without a ledger offers nothing to join and asks the background for nothing', async () => {
    const panel = await renderPanel({ startAt: NOW, replies: background(joinable()) });
    await screen.findByLabelText('Meeting title');
    expect(screen.queryByRole('region', { name: 'Join a meeting from the ledger' })).toBeNull();
    expect(panel.sent.filter((message) => message.type === 'ledger-meetings' || message.type === 'join-meeting')).toEqual([]);
  });

  it('a meeting scheduled after the panel opened shows up on Sync now; a run that sent nothing asks the ledger nothing', async () => {
    await saveSettings(LEDGER);
    let scheduled = false;
    const panel = await renderPanel({
      startAt: NOW,
      replies: { ...background(joinable()), 'ledger-meetings': () => ({ ok: true, fromCache: false, meetings: [], joinable: scheduled ? [joinable()] : [] }) },
    });
    const asked = () => panel.sent.filter((message) => message.type === 'ledger-meetings').length;
    await waitFor(() => expect(asked()).toBe(1));
    scheduled = true;
    // The minute alarm's run: nothing sent, lastSyncAt unchanged.
    for (const state of ['syncing', 'idle'] as const) {
      await act(() => fakeBrowser.storage.local.set({ syncStatus: { version: 1, state, queued: 0, rejected: 0 } }));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked()).toBe(1);
    expect(screen.queryByRole('button', { name: /^Join / })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await screen.findByRole('button', { name: /^Join Multi-Stakeholder Forum, December/ });
    expect(asked()).toBe(2);
  });

  it('does not offer a meeting this computer already holds', async () => {
    await saveSettings(LEDGER);
    await renderPanel({ startAt: NOW, replies: background(joinable()), seed: (db) => joinMeeting(db, joinable(), undefined, { now: () => NOW }) });
    await screen.findByLabelText('What was said or decided');
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, end the meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'New meeting' }));
    await screen.findByLabelText('Meeting title');
    expect(screen.queryByRole('button', { name: /^Join / })).toBeNull();
  });
});

describe('the notes of a joined meeting', () => {
  const others = [
    { id: 'a-zoe-1', meetingId: forum.id, kind: 'disagreement', text: 'Regional groups need eight weeks', at: '2026-12-02T15:20:00.000Z', offsetMs: 1_200_000, speaker: { side: 'csn', name: 'Zoé Roy' } },
    { id: 'a-marc-1', meetingId: forum.id, kind: 'action', text: 'Circulate the revised draft', owner: 'TBS', at: '2026-12-02T15:30:00.000Z', offsetMs: 1_800_000, speaker: { side: 'government', name: 'Marc Gagnon' } },
  ];

  async function endAndOpenNotes(rights: Partial<JoinableMeeting>) {
    await saveSettings(LEDGER);
    const panel = await renderPanel({
      startAt: NOW,
      replies: background(joinable(rights), {
        // The ledger holds the others' annotations and, once synced, this computer's own as well.
        'ledger-annotations': async (_message: unknown, db: CocreateDb) => {
          const mine = (await db.getAll('annotations')).map(({ id, meetingId, kind, text, createdAt }) => ({ id, meetingId, kind, text: `${text} (older copy)`, at: createdAt }));
          return { ok: true, fromCache: false, annotations: [...others, ...mine] };
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: /^Join Multi-Stakeholder Forum/ }));
    const text = await screen.findByLabelText('What was said or decided');
    fireEvent.keyDown(text, { code: 'Digit7', altKey: true });
    fireEvent.input(screen.getByLabelText('Speaker’s name (optional)'), { target: { value: 'Alex Chen' } });
    fireEvent.input(text, { target: { value: 'Thirty days of public comment' } });
    fireEvent.keyDown(text, { code: 'Digit1', altKey: true });
    await screen.findByText('Thirty days of public comment');
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, end the meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open the notes' }));
    await screen.findByText('These notes also hold 2 annotations other attendees made, from the ledger.', {}, { timeout: 3000 });
    return panel;
  }

  it('hold every attendee’s annotations once each, by speaker; a joiner who does not keep the record sends no draft', async () => {
    const panel = await endAndOpenNotes({});
    const preview = screen.getByTitle('Preview of the notes in English') as HTMLIFrameElement;
    await waitFor(() => expect(preview.getAttribute('srcdoc')).toContain('Regional groups need eight weeks'));
    const html = preview.getAttribute('srcdoc')!;
    expect(html).toContain('Alex Chen (Government)</span>: Thirty days of public comment');
    expect(html).toContain('Zoé Roy (Civil society network)</span>: Regional groups need eight weeks');
    expect(html).toContain('Circulate the revised draft');
    // This computer's own words, not the ledger's older copy of the same annotation.
    expect(html).not.toContain('(older copy)');
    expect(screen.queryByRole('button', { name: 'Send the draft to the coordinators' })).toBeNull();
    expect(screen.getByText(/^The notes draft of this meeting is sent by Marc Gagnon, who keeps its record, or by a coordinator\./)).toBeTruthy();
    expect((await panel.db.getAll('outbox')).map((entry) => entry.event.type)).toEqual(['annotation.created']);
  });

  it('a coordinator who joined sends a draft naming everyone’s annotations', async () => {
    const panel = await endAndOpenNotes({ ownsRecord: true, maySendDraft: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Send the draft to the coordinators' }));
    await screen.findByText(/^Draft sent on .* on its way to the ledger\.$/);
    const queued = (await panel.db.getAll('outbox')).map((entry) => entry.event);
    expect(queued.map((event) => event.type)).toEqual(['annotation.created', 'meeting.held', 'meeting.notes_drafted']);
    const [mine] = await panel.db.getAll('annotations');
    expect((queued.at(-1)!.payload as { annotationIds: string[] }).annotationIds.sort()).toEqual([mine!.id, 'a-marc-1', 'a-zoe-1'].sort());
  });
});
