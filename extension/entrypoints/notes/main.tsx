import { render } from 'preact';
import '@/assets/panel.css';
import { NotesApp } from '@/components/NotesApp';
import { PanelFailure } from '@/components/PanelFailure';
import { copyText, downloadText } from '@/components/save-text';
import { systemEnv } from '@/adapters/system-env';
import { openCocreateDb } from '@/services/db';
import { getSettings } from '@/services/settings';
import { browser } from 'wxt/browser';
import { watchAnnotationsChanged } from '../sidepanel/watch-annotations-changed';

// Wiring only: the notes page (notes.html?meeting=<id>), opened from the side panel once a meeting ended.
const root = document.getElementById('app')!;
const meetingId = new URLSearchParams(location.search).get('meeting') ?? '';
// The database and settings are read together, so the notes open in the user's language.
Promise.all([openCocreateDb(), getSettings()]).then(
  ([db, settings]) =>
    render(
      <NotesApp
        meetingId={meetingId}
        settings={settings}
        ports={{
          db,
          env: systemEnv,
          sendToBackground: (message) => browser.runtime.sendMessage(message),
          download: downloadText,
          copy: copyText,
          watchAnnotations: watchAnnotationsChanged,
        }}
      />,
      root,
    ),
  async () => render(<PanelFailure language={(await getSettings()).language} />, root),
);
