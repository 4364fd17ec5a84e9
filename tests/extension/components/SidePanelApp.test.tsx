// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAnnotations } from '@/services/annotations';
import { countOutbox, markRejected } from '@/services/outbox';
import { createAnnotation } from '@/services/annotations';
import { saveMeeting } from '@/services/meetings';
import { renderPanel } from './panel-harness';

const WORDS = {
  en: {
    title: 'Meeting title', start: 'Start meeting', text: 'What was said or decided', list: 'Annotations', sync: 'Sync status',
    kinds: ['Decision', 'Action', 'Agreement', 'Disagreement', 'Question', 'Note'], end: 'End meeting', notes: 'Preview of the notes in English',
    deleteDecision: /^Delete the Decision at /, queued: 'Waiting to be sent: 2', captionsOff: /Captions cannot be read on this page/,
  },
  fr: {
    title: 'Titre de la réunion', start: 'Commencer la réunion', text: 'Ce qui a été dit ou décidé', list: 'Annotations',
    sync: 'État de la synchronisation', kinds: ['Décision', 'Mesure de suivi', 'Accord', 'Désaccord', 'Question', 'Note'],
    end: 'Terminer la réunion', notes: 'Aperçu des notes en français', deleteDecision: /^Supprimer : Décision à /,
    queued: 'En attente d’envoi : 2', captionsOff: /Impossible de lire les sous-titres sur cette page/,
  },
} as const;

async function useLanguage(language: 'en' | 'fr') {
  await fakeBrowser.storage.local.set({ settings: { version: 1, ledgerUrl: '', token: '', displayName: '', language } });
}

async function startMeeting(words: (typeof WORDS)['en' | 'fr'], title = 'Forum meeting, November') {
  fireEvent.input(await screen.findByLabelText(words.title), { target: { value: title } });
  fireEvent.click(screen.getByRole('button', { name: words.start }));
  return screen.findByLabelText(words.text);
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => cleanup());

describe.each(['en', 'fr'] as const)('side panel in %s', (language) => {
  const words = WORDS[language];

  it('names the six annotation buttons in the settings language, with Alt+1…6 shortcuts', async () => {
    await useLanguage(language);
    await renderPanel();
    await startMeeting(words);
    words.kinds.forEach((name, index) => {
      expect(screen.getByRole('button', { name }).getAttribute('aria-keyshortcuts')).toBe(`Alt+${index + 1}`);
    });
  });

  it('records an annotation from the keyboard, stamped with the time since the start, and queues it', async () => {
    await useLanguage(language);
    const panel = await renderPanel();
    const text = await startMeeting(words);
    panel.advance(65_000);
    fireEvent.input(text, { target: { value: 'Notes published in both languages' } });
    fireEvent.keyDown(text, { key: '¡', code: 'Digit1', altKey: true });
    const list = screen.getByRole('list', { name: words.list });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(list.textContent).toContain(words.kinds[0]);
    expect(list.textContent).toContain('0:01:05');
    expect(list.textContent).toContain('Notes published in both languages');
    await waitFor(() => expect((text as HTMLTextAreaElement).value).toBe(''));
    const meetingId = (await panel.db.getAll('meetings'))[0]!.id;
    const [stored] = await listAnnotations(panel.db, meetingId);
    expect(stored).toMatchObject({ kind: 'decision', offsetMs: 65_000, text: 'Notes published in both languages' });
    expect(await countOutbox(panel.db)).toBe(2); // meeting.scheduled + annotation.created
    expect(panel.sent.map((m) => m.type)).toContain('outbox-changed');
  });

  it('keeps owner and due date for an action made by click', async () => {
    await useLanguage(language);
    const panel = await renderPanel();
    await startMeeting(words);
    fireEvent.input(screen.getByLabelText(language === 'en' ? 'Owner (for actions)' : 'Responsable (mesures de suivi)'), { target: { value: 'Sam' } });
    fireEvent.input(screen.getByLabelText(language === 'en' ? 'Due date (for actions)' : 'Échéance (mesures de suivi)'), { target: { value: '2026-12-15' } });
    fireEvent.click(screen.getByRole('button', { name: words.kinds[1] }));
    await waitFor(async () => {
      const meetingId = (await panel.db.getAll('meetings'))[0]!.id;
      expect(await listAnnotations(panel.db, meetingId)).toMatchObject([{ kind: 'action', owner: 'Sam', dueDate: '2026-12-15', text: '' }]);
    });
  });

  it('deletes as a tombstone: gone from the list, kept in the database and queued', async () => {
    await useLanguage(language);
    const panel = await renderPanel();
    const text = await startMeeting(words);
    fireEvent.keyDown(text, { code: 'Digit1', altKey: true });
    fireEvent.click(await screen.findByRole('button', { name: words.deleteDecision }));
    const list = screen.getByRole('list', { name: words.list });
    await waitFor(() => expect(within(list).queryAllByRole('listitem')).toHaveLength(0));
    const meetingId = (await panel.db.getAll('meetings'))[0]!.id;
    await waitFor(async () => expect(await listAnnotations(panel.db, meetingId, { includeDeleted: true })).toMatchObject([{ deleted: true }]));
    expect(await countOutbox(panel.db)).toBe(3);
  });

  it('shows the sync status region with the queued count from the background', async () => {
    await useLanguage(language);
    await fakeBrowser.storage.local.set({ syncStatus: { version: 1, state: 'offline', queued: 2, rejected: 0 } });
    await renderPanel();
    const region = await screen.findByRole('status', { name: words.sync });
    await waitFor(() => expect(region.textContent).toContain(words.queued));
  });

  it('says so when captions cannot be read, and still records', async () => {
    await useLanguage(language);
    const panel = await renderPanel();
    const text = await startMeeting(words);
    act(() => panel.pushContext({ platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', isMeetingOn: true, captions: 'unreadable' }));
    await screen.findByText(words.captionsOff);
    fireEvent.keyDown(text, { code: 'Digit6', altKey: true });
    const list = screen.getByRole('list', { name: words.list });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
  });

  it('ends the meeting with a notes preview and a CSV download', async () => {
    await useLanguage(language);
    const panel = await renderPanel();
    const text = await startMeeting(words, 'Atelier =HYPERLINK("x")');
    fireEvent.input(text, { target: { value: '=1+1 is not a formula' } });
    fireEvent.keyDown(text, { code: 'Digit2', altKey: true });
    await waitFor(() => expect(within(screen.getByRole('list', { name: words.list })).getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: words.end }));
    fireEvent.click(await screen.findByRole('button', { name: language === 'en' ? 'Yes, end the meeting' : 'Oui, terminer la réunion' }));
    // The panel sums the meeting up; the notes, preview and files are on the notes page it opens.
    fireEvent.click(await screen.findByRole('button', { name: language === 'en' ? 'Open the notes' : 'Ouvrir les notes' }));
    expect(panel.openedNotes).toEqual([(await panel.db.getAll('meetings'))[0]!.id]);
    const notes = (await screen.findByTitle(words.notes)) as HTMLIFrameElement;
    expect(notes.getAttribute('srcdoc')).toContain('Atelier');
    fireEvent.click(screen.getByRole('button', { name: language === 'en' ? 'Download annotations (CSV)' : 'Télécharger les annotations (CSV)' }));
    expect(panel.downloads).toHaveLength(1);
    expect(panel.downloads[0]!.mimeType).toBe('text/csv');
    expect(panel.downloads[0]!.text).toContain("'=1+1 is not a formula");
  });
});

describe('meeting setup', () => {
  it.each([
    ['government chaired last', 'government', 'csn'],
    ['the network chaired last', 'csn', 'government'],
  ])('suggests the other side when %s', async (_name, last, expected) => {
    await renderPanel({
      seed: (db) =>
        saveMeeting(
          db,
          { title: 'Earlier', type: 'msf_regular', startsAt: '2026-10-01T14:00:00.000Z', venueType: 'online_only', chairSide: last, attendees: [], attribution: 'by_side', notesStatus: { en: 'none', fr: 'none' } },
          { now: () => new Date('2026-10-01T14:00:00.000Z'), newId: () => '11111111-1111-4111-8111-111111111111' },
        ),
    });
    const chair = (await screen.findByLabelText('Chair')) as HTMLSelectElement;
    await waitFor(() => expect(chair.value).toBe(expected));
  });

  it('refuses a meeting without a title, in plain words', async () => {
    await renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Start meeting' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Give the meeting a title.');
  });

  it('offers the title the content script detected', async () => {
    const panel = await renderPanel();
    act(() => panel.pushContext({ platform: 'generic', url: 'http://127.0.0.1/w', isMeetingOn: true, title: 'Webinar on open data', captions: 'ok', captionText: 'hello' }));
    expect(((await screen.findByLabelText('Meeting title')) as HTMLInputElement).value).toBe('Webinar on open data');
  });
});

describe('on a Google Docs page', () => {
  it('shows the commitments the ledger knows about that document and their sign-offs', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't', displayName: '', language: 'en' } });
    const panel = await renderPanel({
      pageContext: { platform: 'docs', url: 'https://docs.google.com/document/d/1AbCdEfGhIjK/edit', isMeetingOn: false, docId: '1AbCdEfGhIjK', captions: 'none' },
      replies: {
        'ledger-doc': {
          ok: true,
          view: {
            docId: '1AbCdEfGhIjK',
            commitments: [
              { id: 'c1', code: 'C01', title: { en: 'Open contracting', fr: 'Contrats ouverts' }, signoffs: [
                { track: 'government', decision: 'approved_with_changes', at: '2026-11-20T15:00:00.000Z', by: 'Jo Tremblay', versionHash: 'a', isCurrentVersion: false },
              ] },
            ],
            head: { seq: 12, hash: 'f'.repeat(64) },
            pulledAt: '2026-11-27T13:00:00.000Z',
            fromCache: false,
          },
        },
      },
    });
    const section = await screen.findByRole('region', { name: 'This document in the ledger' });
    await waitFor(() => expect(section.textContent).toContain('C01 — Open contracting'));
    expect(section.textContent).toContain('Government: Approved with changes by Jo Tremblay');
    expect(section.textContent).toContain('(changed since signed)');
    expect(panel.sent).toContainEqual({ type: 'ledger-doc', docId: '1AbCdEfGhIjK' });
  });
});

describe('commitments and options', () => {
  it('offers the ledger’s commitments in the picker and keeps the chosen one with the annotation', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't', displayName: '', language: 'en' } });
    const panel = await renderPanel({
      replies: {
        'ledger-commitments': {
          ok: true,
          fromCache: true,
          commitments: [{ id: 'c-07', code: 'C07', title: { en: 'Open contracting', fr: 'Contrats ouverts' }, signoffs: [] }],
        },
      },
    });
    const text = await startMeeting(WORDS.en);
    const picker = (await screen.findByLabelText('Commitment (optional)')) as HTMLSelectElement;
    await within(picker).findByRole('option', { name: 'C07 — Open contracting' });
    fireEvent.change(picker, { target: { value: 'c-07' } });
    fireEvent.keyDown(text, { code: 'Digit3', altKey: true });
    await waitFor(async () => {
      const meetingId = (await panel.db.getAll('meetings'))[0]!.id;
      expect(await listAnnotations(panel.db, meetingId)).toMatchObject([{ kind: 'agreement', commitmentId: 'c-07' }]);
    });
  });

  it('opens the options page from the panel', async () => {
    const panel = await renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Options' }));
    expect(panel.openedOptions()).toBe(1);
  });
});

describe('editing and the end-of-meeting files', () => {
  it('edits text, kind and owner in place, and the change is queued for the ledger', async () => {
    const panel = await renderPanel();
    const text = await startMeeting(WORDS.en);
    fireEvent.input(text, { target: { value: 'Draft by Friday' } });
    fireEvent.keyDown(text, { code: 'Digit6', altKey: true });
    fireEvent.click(await screen.findByRole('button', { name: /^Edit the Note at / }));
    const list = screen.getByRole('list', { name: 'Annotations' });
    fireEvent.change(within(list).getByLabelText('Kind'), { target: { value: 'action' } });
    fireEvent.input(within(list).getByLabelText('What was said or decided'), { target: { value: 'Department sends the draft by Friday' } });
    fireEvent.input(await within(list).findByLabelText('Owner (for actions)'), { target: { value: 'Sam' } });
    fireEvent.click(within(list).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Annotation updated.');
    expect(list.textContent).toContain('Department sends the draft by Friday');
    expect(list.textContent).toContain('Owner: Sam');
    const meetingId = (await panel.db.getAll('meetings'))[0]!.id;
    expect(await listAnnotations(panel.db, meetingId)).toMatchObject([{ kind: 'action', owner: 'Sam', text: 'Department sends the draft by Friday' }]);
    expect(await countOutbox(panel.db)).toBe(3); // scheduled, created, updated
  });

  it('keyboard users keep their place: focus returns to the row after an edit, to the list heading after a delete', async () => {
    await renderPanel();
    const text = await startMeeting(WORDS.en);
    fireEvent.keyDown(text, { code: 'Digit6', altKey: true });
    const edit = await screen.findByRole('button', { name: /^Edit the Note at / });
    fireEvent.click(edit);
    const list = screen.getByRole('list', { name: 'Annotations' });
    fireEvent.click(within(list).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Edit the Note at /));
    fireEvent.click(screen.getByRole('button', { name: /^Delete the Note at / }));
    // Focus goes to Undo, then back to the list once the deletion is undone.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Undo'));
    fireEvent.click(document.activeElement!);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Annotations'));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('keyboard users are taken along: to the text field once the meeting starts, to the notes once it ends', async () => {
    await renderPanel();
    const text = await startMeeting(WORDS.en);
    await waitFor(() => expect(document.activeElement).toBe(text));
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, end the meeting' }));
    // Focus goes to the summary that replaced the End button, then to the notes page's heading.
    await waitFor(() => expect(document.activeElement?.id).toBe('ended-heading'));
    fireEvent.click(screen.getByRole('button', { name: 'Open the notes' }));
    await screen.findByTitle('Preview of the notes in English');
    await waitFor(() => expect(document.activeElement?.id).toBe('notes-heading'));
  });

  it('the shortcuts make no new annotation while one is being edited', async () => {
    const panel = await renderPanel();
    const text = await startMeeting(WORDS.en);
    fireEvent.keyDown(text, { code: 'Digit6', altKey: true });
    fireEvent.click(await screen.findByRole('button', { name: /^Edit the Note at / }));
    const list = screen.getByRole('list', { name: 'Annotations' });
    fireEvent.keyDown(within(list).getByLabelText('What was said or decided'), { code: 'Digit1', altKey: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const meetingId = (await panel.db.getAll('meetings'))[0]!.id;
    expect((await listAnnotations(panel.db, meetingId)).map((a) => a.kind)).toEqual(['note']);
  });

  it('a delete the browser refused to store is said, and the annotation stays listed', async () => {
    const panel = await renderPanel();
    const text = await startMeeting(WORDS.en);
    fireEvent.keyDown(text, { code: 'Digit1', altKey: true });
    const remove = await screen.findByRole('button', { name: /^Delete the Decision at / });
    panel.db.close(); // every later transaction fails, as on a full disk or a damaged profile
    fireEvent.click(remove);
    expect((await screen.findByRole('alert')).textContent).toContain('This could not be saved on this computer');
    expect(within(screen.getByRole('list', { name: 'Annotations' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('the meeting schedule (ICS) holds the meetings the ledger knows as well as this computer’s', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't', displayName: '', language: 'en' } });
    const december = { id: 'l2', title: 'Forum, December', type: 'msf_regular', startsAt: '2026-12-10T14:00:00.000Z', venueType: 'online_only', chairSide: 'csn', attendees: [], attribution: 'by_side', notesStatus: { en: 'none', fr: 'none' } };
    const panel = await renderPanel({ replies: { 'ledger-meetings': { ok: true, fromCache: false, meetings: [december] } } });
    await screen.findByText(/Suggested: Chaired by government/);
    await startMeeting(WORDS.en, 'Forum meeting, November');
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, end the meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open the notes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download meeting schedule (ICS)' }));
    expect(panel.downloads[0]!.text).toContain('SUMMARY:Forum meeting\\, November');
    expect(panel.downloads[0]!.text).toContain('SUMMARY:Forum\\, December');
  });

  it.each([
    ['Download Markdown', '.md', 'text/markdown', '# '],
    ['Download HTML', '.html', 'text/html', '<!doctype html>'],
    ['Download meeting schedule (ICS)', '.ics', 'text/calendar', 'BEGIN:VCALENDAR'],
  ])('%s gives a %s file', async (button, extension, mimeType, start) => {
    const panel = await renderPanel();
    const text = await startMeeting(WORDS.en, 'Forum meeting');
    fireEvent.keyDown(text, { code: 'Digit1', altKey: true });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Annotations' })).getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, end the meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open the notes' }));
    fireEvent.click(await screen.findByRole('button', { name: button }));
    expect(panel.downloads).toHaveLength(1);
    expect(panel.downloads[0]!.fileName.endsWith(extension)).toBe(true);
    expect(panel.downloads[0]!.mimeType).toBe(mimeType);
    expect(panel.downloads[0]!.text.startsWith(start)).toBe(true);
    expect(panel.downloads[0]!.text).toContain('Forum meeting');
    await screen.findByText(`${panel.downloads[0]!.fileName} is being downloaded.`);
  });

  it('copies the notes in the chosen language', async () => {
    const panel = await renderPanel();
    const text = await startMeeting(WORDS.en, 'Forum meeting');
    fireEvent.keyDown(text, { code: 'Digit1', altKey: true });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Annotations' })).getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, end the meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open the notes' }));
    fireEvent.change(await screen.findByLabelText('Language of the notes'), { target: { value: 'fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await screen.findByText('Copied.');
    expect(panel.copied[0]).toContain('Décision');
  });
});

describe('changes the ledger refused', () => {
  it.each([
    ['en', 'New annotation “Publish the notes” at', 'your role does not allow it', 'Send refused changes again'],
    ['fr', 'Nouvelle annotation « Publish the notes » le', 'votre rôle ne le permet pas', 'Renvoyer les modifications refusées'],
  ] as const)('are listed with the reason and can be sent again (%s)', async (language, change, reason, retry) => {
    await useLanguage(language);
    await fakeBrowser.storage.local.set({ syncStatus: { version: 1, state: 'error', queued: 0, rejected: 1 } });
    const env = { now: () => new Date('2026-11-27T14:00:00.000Z'), newId: () => '22222222-2222-4222-8222-222222222222' };
    const panel = await renderPanel({
      seed: async (db) => {
        const created = await createAnnotation(db, { meetingId: 'm1', kind: 'decision', text: 'Publish the notes' }, env);
        if (created.ok) await markRejected(db, created.value.id, { code: 'forbidden', message: 'Role attendee may not do this.' });
      },
    });
    const section = await screen.findByRole('region', { name: language === 'en' ? 'Refused by the ledger' : 'Refusés par le registre' });
    expect(section.textContent).toContain(change);
    expect(section.textContent).toContain(reason);
    expect(await countOutbox(panel.db)).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: retry }));
    await waitFor(async () => expect(await countOutbox(panel.db)).toBe(1));
    expect(panel.sent.map((message) => message.type)).toContain('sync-now');
  });

  it.each([
    ['en', 'too_large', 'it is too large for the ledger'],
    ['fr', 'too_large', 'elle est trop volumineuse pour le registre'],
    ['fr', 'conflict', 'le registre l’a refusée (conflict)'],
  ] as const)('give the reason in the reader’s language, never the ledger’s English sentence (%s, %s)', async (language, code, reason) => {
    await useLanguage(language);
    await fakeBrowser.storage.local.set({ syncStatus: { version: 1, state: 'error', queued: 0, rejected: 1 } });
    const env = { now: () => new Date('2026-11-27T14:00:00.000Z'), newId: () => '33333333-3333-4333-8333-333333333333' };
    await renderPanel({
      seed: async (db) => {
        const created = await createAnnotation(db, { meetingId: 'm1', kind: 'note', text: 'Long' }, env);
        if (created.ok) await markRejected(db, created.value.id, { code, message: 'Request body exceeds the limit.' });
      },
    });
    const section = await screen.findByRole('region', { name: language === 'en' ? 'Refused by the ledger' : 'Refusés par le registre' });
    expect(section.textContent).toContain(reason);
    expect(section.textContent).not.toContain('exceeds');
  });
});

describe('refusals in plain words', () => {
  it.each([
    ['en', 'Remote link:'],
    ['fr', 'Lien pour participer à distance :'],
  ] as const)('names the field by its label when the remote link is not a web address (%s)', async (language, label) => {
    await useLanguage(language);
    const panel = await renderPanel();
    const words = WORDS[language];
    fireEvent.input(await screen.findByLabelText(words.title), { target: { value: 'Forum' } });
    fireEvent.input(screen.getByLabelText(language === 'en' ? 'Remote link' : 'Lien pour participer à distance'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: words.start }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(label);
    expect(alert.textContent).not.toContain('remoteUrl');
    expect(await panel.db.getAll('meetings')).toEqual([]);
  });
  it.each([
    ['en', 'Owner (for actions):', 'Action'],
    ['fr', 'Responsable (mesures de suivi) :', 'Mesure de suivi'],
  ] as const)('names an annotation field by its label, never its internal name (%s)', async (language, label, action) => {
    await useLanguage(language);
    const panel = await renderPanel();
    await startMeeting(WORDS[language]);
    fireEvent.input(screen.getByLabelText(label.replace(/\s?:$/, '')), { target: { value: 'x'.repeat(201) } });
    fireEvent.click(screen.getByRole('button', { name: action, exact: true }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(label);
    expect(alert.textContent).not.toContain('owner');
    expect(await panel.db.getAll('annotations')).toEqual([]);
  });
});

describe('following the page beside the panel', () => {
  it('shows the Docs panel while a Docs tab is active and hides it when the user moves to a tab with nothing to say', async () => {
    const panel = await renderPanel();
    await screen.findByLabelText('Meeting title');
    act(() => panel.pushContext({ platform: 'docs', url: 'https://docs.google.com/document/d/1AbCdEfGhIjK/edit', isMeetingOn: false, docId: '1AbCdEfGhIjK', captions: 'none' }));
    await screen.findByRole('region', { name: 'This document in the ledger' });
    act(() => panel.pushContext(null));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'This document in the ledger' })).toBeNull());
  });
});

describe('ending a meeting', () => {
  it('asks once more, and keeping on annotating leaves the meeting open', async () => {
    const panel = await renderPanel();
    await startMeeting(WORDS.en);
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    await screen.findByText(/End the meeting now\?/);
    fireEvent.click(screen.getByRole('button', { name: 'Keep annotating' }));
    await screen.findByRole('button', { name: 'End meeting' });
    expect((await panel.db.getAll('meetings'))[0]!.endedAt).toBeUndefined();
  });
});

describe('when the browser refuses to store', () => {
  it('says nothing was saved, keeps the text, and the next save still goes through', async () => {
    const panel = await renderPanel();
    const text = await startMeeting(WORDS.en);
    const meetingId = (await panel.db.getAll('meetings'))[0]!.id;
    const realTransaction = panel.db.transaction.bind(panel.db);
    let failNext = true;
    panel.db.transaction = ((...args: Parameters<typeof realTransaction>) => {
      if (failNext) {
        failNext = false;
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      return realTransaction(...args);
    }) as typeof panel.db.transaction;
    fireEvent.input(text, { target: { value: 'Keep me' } });
    fireEvent.keyDown(text, { code: 'Digit1', altKey: true });
    expect((await screen.findByRole('alert')).textContent).toContain('Not saved:');
    expect((text as HTMLTextAreaElement).value).toBe('Keep me');
    fireEvent.keyDown(text, { code: 'Digit1', altKey: true });
    await waitFor(async () => expect(await listAnnotations(panel.db, meetingId)).toMatchObject([{ text: 'Keep me' }]));
    await waitFor(() => expect((text as HTMLTextAreaElement).value).toBe(''));
  });
});

describe('asking the background for the ledger’s lists', () => {
  it('asks again once a sync run is over, not after each batch of it', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't', displayName: '', language: 'en' } });
    const panel = await renderPanel();
    const asked = () => panel.sent.filter((message) => message.type === 'ledger-meetings').length;
    await waitFor(() => expect(asked()).toBe(1));
    for (const [i, state] of (['syncing', 'syncing', 'syncing', 'idle'] as const).entries()) {
      await act(() => fakeBrowser.storage.local.set({ syncStatus: { version: 1, state, queued: 3 - i, rejected: 0, lastSyncAt: `2026-11-27T14:0${i}:00.000Z` } }));
      await screen.findByText(`Waiting to be sent: ${3 - i}`);
    }
    await waitFor(() => expect(asked()).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked()).toBe(2);
  });
});

describe('suggestions that arrive later', () => {
  it('never replace what the user typed, and the ledger’s meetings count for the chair rotation', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't', displayName: '', language: 'en' } });
    const panel = await renderPanel({
      replies: {
        'ledger-meetings': {
          ok: true,
          fromCache: false,
          meetings: [
            { id: 'l1', title: 'Forum, October', type: 'msf_regular', startsAt: '2026-10-01T14:00:00.000Z', venueType: 'neutral', chairSide: 'csn', attendees: [], attribution: 'by_side', notesStatus: { en: 'published', fr: 'published' } },
          ],
        },
      },
    });
    const chair = (await screen.findByLabelText('Chair')) as HTMLSelectElement;
    await waitFor(() => expect(chair.value).toBe('government'));
    await screen.findByText(/Suggested: Chaired by government/);
    const title = screen.getByLabelText('Meeting title') as HTMLInputElement;
    fireEvent.input(title, { target: { value: 'My own title' } });
    act(() => panel.pushContext({ platform: 'generic', url: 'http://127.0.0.1/w', isMeetingOn: true, title: 'Page title', captions: 'none' }));
    await screen.findByText('Detected on this page: Page title');
    expect(title.value).toBe('My own title');
  });
});
