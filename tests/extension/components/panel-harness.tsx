import { configure, render } from '@testing-library/preact';

// The notes view is loaded lazily (a separate chunk): on a busy machine it can take over a second.
configure({ asyncUtilTimeout: 5000 });
import { NotesApp, type NotesPorts } from '@/components/NotesApp';
import { SidePanelApp } from '@/components/SidePanelApp';
import type { PanelPorts } from '@/components/panel-ports';
import { type CocreateDb, openCocreateDb } from '@/services/db';
import { getSettings } from '@/services/settings';

let dbCount = 0;

/** Renders the side panel on a fresh fake-indexeddb database with fake ports; records what it sent. */
export async function renderPanel(
  options: { pageContext?: unknown; replies?: Record<string, unknown>; startAt?: Date; seed?: (db: CocreateDb) => Promise<unknown>; undoMs?: number } = {},
) {
  const db = await openCocreateDb(`panel-test-${++dbCount}`);
  await options.seed?.(db);
  const sent: { type: string }[] = [];
  const downloads: { fileName: string; mimeType: string; text: string }[] = [];
  const copied: string[] = [];
  let pushContext: (context: unknown) => void = () => {};
  let clock = options.startAt?.getTime() ?? Date.parse('2026-11-27T14:00:00.000Z');
  let ids = 0;
  let openedOptions = 0;
  const openedNotes: string[] = [];
  const ports: PanelPorts & NotesPorts = {
    db,
    env: {
      now: () => new Date(clock),
      newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    },
    async sendToBackground(message) {
      sent.push(message as { type: string });
      const reply = options.replies?.[(message as { type: string }).type];
      // A function stands for a background that acts (writes IndexedDB) before it answers.
      return (typeof reply === 'function' ? await reply(message, db) : reply) ?? { ok: true };
    },
    getPageContext: async () => options.pageContext,
    watchPageContext(onContext) {
      pushContext = onContext;
      return () => {};
    },
    openOptions: () => {
      openedOptions++;
    },
    // The browser opens notes.html?meeting=<id> in a tab: here the real notes page renders beside the panel.
    openNotes: (meetingId) => {
      openedNotes.push(meetingId);
      getSettings().then((settings) => render(<NotesApp ports={ports} meetingId={meetingId} settings={settings} />));
    },
    download: (fileName, mimeType, text) => downloads.push({ fileName, mimeType, text }),
    copy: async (text) => {
      copied.push(text);
      return true;
    },
  };
  // Undo is offered briefly in tests, so a deletion is recorded without waiting ten seconds.
  const view = render(<SidePanelApp ports={ports} undoMs={options.undoMs ?? 30} />);
  return {
    ...view,
    db,
    sent,
    downloads,
    copied,
    pushContext: (context: unknown) => pushContext(context),
    openedOptions: () => openedOptions,
    openedNotes,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}
