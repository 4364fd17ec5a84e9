import 'fake-indexeddb/auto';
// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsForm } from '@/components/OptionsForm';
import { getSettings, saveSettings } from '@/services/settings';

const LEDGER = 'https://script.google.com/macros/s/abc/exec';
const MEMBER = { id: 'm1', name: 'Jo Tremblay', org: 'Open North', side: 'csn', roles: ['attendee'] };

function renderOptions(options: { granted?: boolean; reply?: unknown } = {}) {
  const calls: { requested: string[]; sent: unknown[] } = { requested: [], sent: [] };
  render(
    <OptionsForm
      ports={{
        requestHost: async (url) => {
          calls.requested.push(url);
          return options.granted ?? true;
        },
        sendToBackground: async (message) => {
          calls.sent.push(message);
          return options.reply ?? { ok: true, member: MEMBER };
        },
      }}
    />,
  );
  return calls;
}

async function fill(label: string, value: string) {
  fireEvent.input(await screen.findByLabelText(label), { target: { value } });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('options page', () => {
  it('shows the fields only once the stored settings are read, so nothing typed is overwritten by them', async () => {
    await saveSettings({ ledgerUrl: LEDGER, token: 'tok-stored', displayName: 'Jo' });
    renderOptions();
    expect(screen.queryByLabelText('Ledger address (web app URL)')).toBeNull();
    const field = (await screen.findByLabelText('Ledger address (web app URL)')) as HTMLInputElement;
    expect(field.value).toBe(LEDGER);
  });

  it('asks for the ledger host, saves, and shows who the ledger says you are', async () => {
    const calls = renderOptions();
    await fill('Ledger address (web app URL)', LEDGER);
    await fill('Member token', 'tok-123');
    await fill('Your name', 'Jo');
    fireEvent.change(screen.getByLabelText('Your side'), { target: { value: 'csn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('The ledger knows you as Jo Tremblay (Open North, Civil society network).');
    expect(calls.requested).toEqual([LEDGER]);
    expect(calls.sent).toEqual([{ type: 'check-token', ledgerUrl: LEDGER, token: 'tok-123' }]);
    expect(await getSettings()).toMatchObject({ ledgerUrl: LEDGER, token: 'tok-123', displayName: 'Jo', side: 'csn' });
  });

  it('saves nothing when the host permission is refused, and says why', async () => {
    const calls = renderOptions({ granted: false });
    await fill('Ledger address (web app URL)', LEDGER);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('was not allowed to reach the ledger address');
    expect((await getSettings()).ledgerUrl).toBe('');
    expect(calls.sent).toEqual([]);
  });

  it.each([
    ['en', 'Token not confirmed: This token was revoked.'],
    ['fr', 'Jeton non confirmé : Ce jeton a été révoqué.'],
  ] as const)('shows a refused token in plain words (%s)', async (language, expected) => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, ledgerUrl: '', token: '', displayName: '', language } });
    renderOptions({ reply: { ok: false, problem: { code: 'unauthorized', message: { en: 'This token was revoked.', fr: 'Ce jeton a été révoqué.' } } } });
    await fill(language === 'en' ? 'Ledger address (web app URL)' : 'Adresse du registre (URL de l’application Web)', LEDGER);
    await fill(language === 'en' ? 'Member token' : 'Jeton de membre', 'old');
    fireEvent.click(screen.getByRole('button', { name: language === 'en' ? 'Save' : 'Enregistrer' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(expected));
  });

  it.each([['http://example.org/exec'], ['https://ledger.example.org/exec'], ['not an address']])('refuses %j as a ledger address, naming the field, asking no permission', async (address) => {
    const calls = renderOptions();
    await fill('Ledger address (web app URL)', address);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved:');
    expect(alert.textContent).toContain('Ledger address (web app URL):');
    expect(calls.requested).toEqual([]);
    expect((await getSettings()).ledgerUrl).toBe('');
  });

  it('switches its own language once French is saved', async () => {
    renderOptions();
    fireEvent.change(await screen.findByLabelText('Language'), { target: { value: 'fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Enregistrer' });
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
  });
});
