// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAnnotations } from '@/services/annotations';
import { saveMeeting } from '@/services/meetings';
import { saveSettings } from '@/services/settings';
import { renderPanel } from './panel-harness';

const LEDGER = { ledgerUrl: 'https://script.google.com/macros/s/x/exec', displayName: 'Nadia Writer', side: 'government', language: 'en' } as const;
const COMMITMENTS = {
  ok: true,
  fromCache: false,
  commitments: [
    { id: 'c-1', code: 'C01', title: { en: 'Access to information', fr: 'Accès à l’information' }, signoffs: [] },
    { id: 'c-2', code: 'C02', title: { en: 'Open science', fr: 'Science ouverte' }, signoffs: [] },
  ],
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

async function start(title = 'Forum, December') {
  fireEvent.input(await screen.findByLabelText('Meeting title'), { target: { value: title } });
  fireEvent.click(screen.getByRole('button', { name: 'Start meeting' }));
  const text = await screen.findByLabelText('What was said or decided').catch((error) => {
    throw new Error(`${error}\n${document.body.textContent}`);
  });
  return text;
}
const meetingIdOf = async (panel: Awaited<ReturnType<typeof renderPanel>>) => (await panel.db.getAll('meetings'))[0]!.id;

describe('who said it', () => {
  it('records the speaker’s side by one key and the name from the attendees, apart from the author', async () => {
    const panel = await renderPanel();
    const text = await start();
    fireEvent.keyDown(text, { code: 'Digit8', altKey: true });
    expect((screen.getByRole('radio', { name: 'CSN' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.input(screen.getByLabelText('Speaker’s name (optional)'), { target: { value: 'Zoé Roy' } });
    fireEvent.input(text, { target: { value: 'The window is too short' } });
    fireEvent.keyDown(text, { code: 'Digit4', altKey: true });
    await waitFor(async () =>
      expect(await listAnnotations(panel.db, await meetingIdOf(panel))).toMatchObject([
        { kind: 'disagreement', speaker: { side: 'csn', name: 'Zoé Roy' }, language: 'en' },
      ]),
    );
    // The next annotation starts unattributed: a speaker never carries over by accident.
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Unattributed' }) as HTMLInputElement).checked).toBe(true));
    expect(screen.getByRole('list', { name: 'Annotations' }).textContent).toContain('Zoé Roy (Civil society network) spoke');
  });

  it('fills the speaker’s name from the captions when the platform names who is speaking', async () => {
    await renderPanel({
      pageContext: { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', isMeetingOn: true, captions: 'ok', captionText: 'Hello', captionLines: [{ speaker: 'Sam Lee', text: 'Earlier.' }, { speaker: 'Alex Chen', text: 'Hello' }] },
    });
    await start();
    await waitFor(() => expect((screen.getByLabelText('Speaker’s name (optional)') as HTMLInputElement).value).toBe('Alex Chen'));
  });
});

describe('what it is about', () => {
  it('resets the commitment after each save unless it is pinned, and shows the pin', async () => {
    await saveSettings({ ...LEDGER, token: 'member-token' });
    const panel = await renderPanel({ replies: { 'ledger-commitments': COMMITMENTS } });
    const text = await start();
    const picker = (await screen.findByLabelText('Commitment (optional)')) as HTMLSelectElement;
    await within(picker).findByText('C01 — Access to information');
    fireEvent.change(picker, { target: { value: 'c-1' } });
    fireEvent.keyDown(text, { code: 'Digit1', altKey: true });
    await waitFor(() => expect(picker.value).toBe(''));
    fireEvent.change(picker, { target: { value: 'c-2' } });
    fireEvent.click(screen.getByLabelText('Keep this commitment for the next annotations'));
    await screen.findByText('Pinned: C02 — Open science');
    fireEvent.keyDown(text, { code: 'Digit3', altKey: true });
    fireEvent.keyDown(text, { code: 'Digit5', altKey: true });
    await waitFor(async () => expect((await listAnnotations(panel.db, await meetingIdOf(panel))).map((a) => a.commitmentId)).toEqual(['c-1', 'c-2', 'c-2']));
    expect(picker.value).toBe('c-2');
    expect(screen.getByRole('list', { name: 'Annotations' }).textContent).toContain('About C01 — Access to information');
  });
});

describe('after the meeting', () => {
  it('corrects an annotation (an edit event), sends the draft, and says where the notes stand', async () => {
    await saveSettings({ ...LEDGER, token: 'member-token' });
    const panel = await renderPanel({ replies: { 'ledger-commitments': COMMITMENTS } });
    const text = await start();
    fireEvent.input(text, { target: { value: 'Send the draft by Fridy' } });
    fireEvent.keyDown(text, { code: 'Digit2', altKey: true });
    await screen.findByText('Send the draft by Fridy');
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, end the meeting' }));
    await screen.findByText('Forum, December — annotations recorded: 1.');
    fireEvent.click(await screen.findByRole('button', { name: 'Open the notes' }));
    await screen.findByText('Draft: not yet sent to the coordinators.', {}, { timeout: 3000 });
    fireEvent.click(await screen.findByRole('button', { name: /^Edit the Action at / }));
    fireEvent.input(screen.getByLabelText('What was said or decided'), { target: { value: 'Send the draft by Friday' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'done' } });
    fireEvent.input(screen.getByLabelText('Translation into French'), { target: { value: 'Envoyer l’ébauche d’ici vendredi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Send the draft by Friday');
    const preview = screen.getByTitle('Preview of the notes in English') as HTMLIFrameElement;
    await waitFor(() => expect(preview.getAttribute('srcdoc')).toContain('<td class="status-done">Done</td>'));
    fireEvent.click(screen.getByRole('button', { name: 'Send the draft to the coordinators' }));
    await screen.findByText(/^Draft sent on .* on its way to the ledger\.$/);
    const queued = (await panel.db.getAll('outbox')).map((entry) => entry.event);
    expect(queued.map((event) => event.type)).toEqual(['meeting.scheduled', 'annotation.created', 'meeting.held', 'annotation.updated', 'meeting.notes_drafted']);
    const [annotation] = await listAnnotations(panel.db, await meetingIdOf(panel));
    expect(queued.at(-1)!.payload).toEqual({ meetingId: await meetingIdOf(panel), attribution: 'side', languages: ['en', 'fr'], annotationIds: [annotation!.id] });
  });
});

describe('an earlier meeting', () => {
  it('can be opened again: its notes show as published, with the link, once the ledger says so', async () => {
    await saveSettings({ ...LEDGER, token: 'member-token' });
    const env = { now: () => new Date('2026-11-03T15:00:00.000Z'), newId: () => '44444444-4444-4444-8444-444444444444' };
    const meeting = {
      id: 'm-pub', title: 'Forum, November', type: 'msf_regular', startsAt: '2026-11-03T15:00:00.000Z', venueType: 'online_only',
      chairSide: 'csn', attendees: [], attribution: 'by_side', notesStatus: { en: 'none', fr: 'none' }, timeZone: 'America/Toronto',
    } as const;
    await renderPanel({
      seed: async (db) => {
        await saveMeeting(db, meeting, env);
        const record = await db.get('meetings', 'm-pub');
        await db.put('meetings', { ...record!, startedAt: '2026-11-03T15:00:00.000Z', endedAt: '2026-11-03T16:30:00.000Z' });
      },
      replies: {
        'ledger-meetings': {
          ok: true,
          fromCache: false,
          meetings: [{ ...meeting, notesStatus: { en: 'published', fr: 'published' }, notesUrl: 'https://open.canada.ca/notes/forum-11' }],
        },
      },
    });
    // Earlier meetings are listed on the notes page, which the panel opens.
    fireEvent.click(await screen.findByRole('button', { name: 'Notes of earlier meetings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open the notes of “Forum, November” (Tuesday, November 3, 2026)' }));
    // One period, after the date, never "a.m.." (the time ends with its own period).
    await screen.findByText('Meeting ended at 11:30 a.m. on Tuesday, November 3, 2026.', {}, { timeout: 3000 });
    const link = await screen.findByRole('link', { name: 'Read the published notes' });
    expect(link.getAttribute('href')).toBe('https://open.canada.ca/notes/forum-11');
    expect(screen.queryByRole('button', { name: 'Send the draft to the coordinators' })).toBeNull();
  });
});

describe('setting up', () => {
  it('fills the remote link from the meeting page and offers the last meeting’s attendees again', async () => {
    const env = { now: () => new Date('2026-11-03T15:00:00.000Z'), newId: () => '55555555-5555-4555-8555-555555555555' };
    await renderPanel({
      pageContext: { platform: 'zoom', url: 'https://us02web.zoom.us/j/85551234567', isMeetingOn: true, title: 'OGP forum', captions: 'none' },
      seed: (db) =>
        saveMeeting(db, {
          title: 'Forum, November', type: 'msf_regular', startsAt: '2026-11-03T15:00:00.000Z', venueType: 'online_only', chairSide: 'csn',
          attendees: [{ name: 'Zoé Roy', side: 'csn' }, { name: 'Alex Chen', side: 'government' }], attribution: 'by_side', notesStatus: { en: 'none', fr: 'none' },
        }, env),
    });
    await waitFor(() => expect((screen.getByLabelText('Remote link') as HTMLInputElement).value).toBe('https://us02web.zoom.us/j/85551234567'));
    fireEvent.click(screen.getByRole('button', { name: 'Use the attendees of “Forum, November” (2)' }));
    await screen.findByText('2 attendees added from the last meeting.');
    expect((screen.getByLabelText('Name of attendee 1') as HTMLInputElement).value).toBe('Zoé Roy');
    expect((screen.getByLabelText('Name of attendee 2') as HTMLInputElement).value).toBe('Alex Chen');
  });
});
