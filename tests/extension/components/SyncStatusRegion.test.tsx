// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTranslate } from '@/components/make-translate';
import { SyncStatusRegion } from '@/components/SyncStatusRegion';
import type { SyncStatus } from '@/services/sync-status';

afterEach(() => cleanup());

const base: SyncStatus = { version: 1, state: 'idle', queued: 0, rejected: 0 };
const region = (status: SyncStatus, language: 'en' | 'fr' = 'en', onSyncNow?: () => void) => {
  render(<SyncStatusRegion status={status} t={makeTranslate(language)} language={language} onSyncNow={onSyncNow} />);
  return screen.getByRole('status').textContent ?? '';
};
const offline: SyncStatus = {
  ...base,
  state: 'offline',
  queued: 30,
  failures: 2,
  lastSyncAt: '2026-11-27T14:00:00.000Z',
  nextRetryAt: '2026-11-27T15:03:07.000Z',
  problem: { code: 'offline', message: { en: 'The ledger cannot be reached (no network).', fr: 'Le registre est injoignable (pas de réseau).' } },
};

describe('sync status region: what is happening, truthfully', () => {
  it.each([
    ['nothing sent ever and nothing waiting', base, 'Connected to the ledger. Nothing to send yet.', 'Up to date'],
    ['entries waiting for the gathering window', { ...base, queued: 2, lastSyncAt: '2026-11-27T14:00:00.000Z' }, 'New entries will be sent to the ledger in a few seconds.', 'Up to date'],
    ['everything sent', { ...base, lastSyncAt: '2026-11-27T14:00:00.000Z' }, 'Up to date with the ledger.', 'Nothing to send yet'],
    ['a request on its way', { ...base, state: 'syncing', queued: 4 }, 'Sending to the ledger…', 'Next try'],
  ] as const)('%s', (_name, status, says, never) => {
    const text = region(status);
    expect(text).toContain(says);
    expect(text).not.toContain(never);
  });

  it('the ledger down: cannot be reached, the next try at a time of day, the true queued count, never "sending"', () => {
    const text = region(offline);
    expect(text).toContain('The ledger cannot be reached right now.');
    expect(text).toMatch(/Next try at \d{1,2}:03:07/);
    expect(text).toContain('Waiting to be sent: 30');
    expect(text).not.toContain('Sending');
  });

  it('the same in French', () => {
    const text = region(offline, 'fr');
    expect(text).toContain('Le registre est injoignable pour l’instant.');
    expect(text).toMatch(/Prochain essai à .*03.*07/);
    expect(text).toContain('En attente d’envoi : 30');
  });

  it('the ledger asking to wait says so, with the next try', () => {
    const text = region({ ...offline, state: 'busy', problem: { code: 'busy', message: { en: 'The ledger is busy.', fr: 'Le registre est occupé.' } } });
    expect(text).toContain('The ledger asked to wait a moment.');
    expect(text).toMatch(/Next try at/);
  });

  it('"Sync now" is a labelled button that asks for a sync', () => {
    let asked = 0;
    region(offline, 'en', () => asked++);
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(asked).toBe(1);
  });
});
