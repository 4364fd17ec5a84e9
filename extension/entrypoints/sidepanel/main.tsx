import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/assets/panel.css';
import { PanelFailure } from '@/components/PanelFailure';
import { SidePanelApp } from '@/components/SidePanelApp';
import { systemEnv } from '@/adapters/system-env';
import { openCocreateDb } from '@/services/db';
import { listMeetings } from '@/services/meetings';
import { getSettings } from '@/services/settings';
import { createPageContextPort } from './page-context-port';
import { watchAnnotationsChanged } from './watch-annotations-changed';

// Wiring only: the browser calls the side panel needs, passed to the app as ports.
const root = document.getElementById('app')!;
// The database, settings and meetings are read together, so the first render is the real one.
Promise.all([openCocreateDb(), getSettings()]).then(
  async ([db, settings]) =>
    render(
      <SidePanelApp
        start={{ settings, meetings: await listMeetings(db) }}
        ports={{
          db,
          env: systemEnv,
          sendToBackground: (message) => browser.runtime.sendMessage(message),
          ...createPageContextPort(),
          openOptions: () => void browser.runtime.openOptionsPage(),
          openNotes: (meetingId) => void browser.tabs.create({ url: browser.runtime.getURL(`/notes.html?meeting=${encodeURIComponent(meetingId)}`) }),
          watchAnnotations: watchAnnotationsChanged,
        }}
      />,
      root,
    ),
  async () => render(<PanelFailure language={(await getSettings()).language} />, root),
);
