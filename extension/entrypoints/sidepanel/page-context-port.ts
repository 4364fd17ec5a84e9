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
  const ask = async (tabId: number): Promise<unknown> => {
    try {
      const context = await browser.tabs.sendMessage(tabId, { type: GET_PAGE_CONTEXT });
      if (context) sourceTabId = tabId;
      return context ?? null;
    } catch {
      return null;
    }
  };
  const getPageContext = async (): Promise<unknown> => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    // The panel opened in a tab is itself the active tab: ask the tab already followed, or else the
    // window's other tabs in order. A content script pushes only when its page changes (captions
    // off, a call's context stays the same for its whole length), so waiting for a push is not enough.
    const own = await browser.tabs.getCurrent().catch(() => undefined);
    if (own?.id !== tab.id) return ask(tab.id);
    const others = await browser.tabs.query({ currentWindow: true });
    const order = [...others.filter((other) => other.id === sourceTabId), ...others.filter((other) => other.id !== sourceTabId && other.id !== own.id)];
    for (const other of order) {
      const context = other.id === undefined ? null : await ask(other.id);
      if (context) return context;
    }
    return null;
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
