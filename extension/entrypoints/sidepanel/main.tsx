import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/assets/panel.css';
import { PanelFailure } from '@/components/PanelFailure';
import { SidePanelApp } from '@/components/SidePanelApp';
import { copyText, downloadText } from '@/components/save-text';
import { systemEnv } from '@/adapters/system-env';
import { openCocreateDb } from '@/services/db';
import { getSettings } from '@/services/settings';
import { GET_PAGE_CONTEXT } from '@/features/platform-feature';

// Wiring only: the browser calls the side panel needs, passed to the app as ports.
const root = document.getElementById('app')!;
openCocreateDb().then(
  (db) =>
    render(
      <SidePanelApp
        ports={{
          db,
          env: systemEnv,
          sendToBackground: (message) => browser.runtime.sendMessage(message),
          async getPageContext() {
            const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
            return tab?.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: GET_PAGE_CONTEXT });
          },
          watchPageContext(onContext) {
            const listener = (message: unknown) => {
              if ((message as { type?: unknown } | null)?.type === 'page-context') onContext((message as { context: unknown }).context);
            };
            browser.runtime.onMessage.addListener(listener);
            return () => browser.runtime.onMessage.removeListener(listener);
          },
          download: downloadText,
          copy: copyText,
        }}
      />,
      root,
    ),
  async () => render(<PanelFailure language={(await getSettings()).language} />, root),
);
