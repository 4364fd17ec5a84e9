import { browser } from 'wxt/browser';
import type { PanelPorts } from '@/components/panel-ports';
import { GET_PAGE_CONTEXT } from '@/features/platform-feature';

type Sender = { tab?: { id?: number; active?: boolean } };

/**
 * How the side panel learns what the page beside it shows: it asks the active tab's content script,
 * asks again when the user switches tabs, and listens to the pushes content scripts send when their
 * page changes. `null` means the active tab has no content script (not a meeting or Docs page).
 */
export function createPageContextPort(): Pick<PanelPorts, 'getPageContext' | 'watchPageContext'> {
  let sourceTabId: number | undefined;
  const getPageContext = async (): Promise<unknown> => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    try {
      const context = await browser.tabs.sendMessage(tab.id, { type: GET_PAGE_CONTEXT });
      sourceTabId = tab.id;
      return context ?? null;
    } catch {
      return null;
    }
  };
  return {
    getPageContext,
    watchPageContext(onContext) {
      // Pushes come from every tab with a content script: follow the active one, or the one already
      // followed (or the first, when none is yet, as when the panel itself is opened in a tab).
      const onMessage = (message: unknown, sender: Sender) => {
        if ((message as { type?: unknown } | null)?.type !== 'page-context' || !sender.tab) return;
        if (!sender.tab.active && sourceTabId !== undefined && sender.tab.id !== sourceTabId) return;
        sourceTabId = sender.tab.id;
        onContext((message as { context: unknown }).context);
      };
      const onActivated = () => {
        void getPageContext().then(onContext);
      };
      browser.runtime.onMessage.addListener(onMessage);
      browser.tabs.onActivated.addListener(onActivated);
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        browser.tabs.onActivated.removeListener(onActivated);
      };
    },
  };
}
