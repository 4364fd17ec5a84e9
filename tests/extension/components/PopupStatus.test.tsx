import 'fake-indexeddb/auto';
// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupStatus } from '@/components/PopupStatus';
import type { MeetingRecord } from '@/services/meeting-record';

const MEETING = { v: 1, id: 'm1', meeting: { title: 'Forum, November' }, startedAt: '2026-11-27T14:00:00.000Z', updatedAt: '2026-11-27T14:00:00.000Z' } as MeetingRecord;

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('popup', () => {
  it.each([
    ['en', 'Meeting in progress: Forum, November', 'Open the side panel', 'Sync status'],
    ['fr', 'Réunion en cours : Forum, November', 'Ouvrir le panneau latéral', 'État de la synchronisation'],
  ] as const)('shows the meeting, the sync status and the way to the side panel (%s)', async (language, meetingText, button, region) => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, ledgerUrl: '', token: '', displayName: '', language } });
    let opened = 0;
    render(<PopupStatus ports={{ activeMeeting: async () => MEETING, openSidePanel: async () => ++opened > 0, openOptions: () => {} }} />);
    await screen.findByText(meetingText);
    screen.getByRole('status', { name: region });
    fireEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(opened).toBe(1));
  });

  it('says so when the browser would not open the side panel', async () => {
    render(<PopupStatus ports={{ activeMeeting: async () => undefined, openSidePanel: async () => false, openOptions: () => {} }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the side panel' }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not be opened from here');
  });
});
