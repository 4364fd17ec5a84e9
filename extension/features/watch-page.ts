import type { PageContext } from './page-context';
import { describePage, GET_PAGE_CONTEXT, type PlatformFeature } from './platform-feature';

/** How a content script talks to the extension; the entrypoint passes `browser.runtime` calls in. */
export type ContentPort = {
  /** Push to the side panel; failures (no side panel open) are the port's to swallow. */
  send: (message: { type: 'page-context'; context: PageContext }) => void;
  /** Register the answer to the side panel's `get-page-context` request. */
  answer: (type: typeof GET_PAGE_CONTEXT, reply: () => PageContext) => void;
};

/** Caption text changes many times a second; the side panel needs it a few times a second at most. */
export const PUSH_INTERVAL_MS = 500;

/**
 * Describes the page now and whenever it changes (DOM mutations, throttled), pushing only when the
 * description actually differs. Returns a function that stops watching.
 */
export function watchPage(
  feature: PlatformFeature,
  doc: Document,
  port: ContentPort,
  timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis,
): () => void {
  const snapshot = () => describePage(feature, { url: doc.location.href, title: doc.title, root: doc });
  let last = snapshot();
  let pending: ReturnType<typeof setTimeout> | undefined;
  port.answer(GET_PAGE_CONTEXT, () => {
    last = snapshot();
    return last;
  });
  port.send({ type: 'page-context', context: last });
  const check = () => {
    pending = undefined;
    const next = snapshot();
    if (JSON.stringify(next) === JSON.stringify(last)) return;
    last = next;
    port.send({ type: 'page-context', context: next });
  };
  const observer = new MutationObserver(() => {
    if (pending === undefined) pending = timers.setTimeout(check, PUSH_INTERVAL_MS);
  });
  observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
  return () => {
    observer.disconnect();
    if (pending !== undefined) timers.clearTimeout(pending);
  };
}
