import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/assets/panel.css';
import { PanelFailure } from '@/components/PanelFailure';
import { SidePanelApp } from '@/components/SidePanelApp';
import { copyText, downloadText } from '@/components/save-text';
import { systemEnv } from '@/adapters/system-env';
import { openCocreateDb } from '@/services/db';
import { listMeetings } from '@/services/meetings';
import { getSettings } from '@/services/settings';
import { GET_PAGE_CONTEXT } from '@/features/platform-feature';

// Wiring only: the browser calls the side panel needs, passed to the app as ports.
const root = document.getElementById('app')!;
let sourceTabId: number | undefined;
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
          async getPageContext() {
            const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
            if (tab?.id === undefined) return undefined;
            const context = await browser.tabs.sendMessage(tab.id, { type: GET_PAGE_CONTEXT });
            sourceTabId = tab.id;
            return context;
          },
          watchPageContext(onContext) {
            // Pushes come from every tab with a content script: follow the active one, or the one
            // already followed (or the first, when none is yet).
            const listener = (message: unknown, sender: { tab?: { id?: number; active?: boolean } }) => {
              if ((message as { type?: unknown } | null)?.type !== 'page-context' || !sender.tab) return;
              if (!sender.tab.active && sourceTabId !== undefined && sender.tab.id !== sourceTabId) return;
              sourceTabId = sender.tab.id;
              onContext((message as { context: unknown }).context);
            };
            browser.runtime.onMessage.addListener(listener);
            return () => browser.runtime.onMessage.removeListener(listener);
          },
          openOptions: () => void browser.runtime.openOptionsPage(),
          download: downloadText,
          copy: copyText,
        }}
      />,
      root,
    ),
  async () => render(<PanelFailure language={(await getSettings()).language} />, root),
);
