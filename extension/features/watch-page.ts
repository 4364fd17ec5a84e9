import type { PageContext } from './page-context';
import { describePage, GET_PAGE_CONTEXT, type PlatformFeature } from './platform-feature';

/** How a content script talks to the extension; the entrypoint passes `browser.runtime` calls in. */
export type ContentPort = {
  /** Push to the side panel; failures (no side panel open) are the port's to swallow. */
  send: (message: { type: 'page-context'; context: PageContext }) => void;
  /** Register the answer to the side panel's `get-page-context` request; `undefined`: stay silent. */
  answer: (type: typeof GET_PAGE_CONTEXT, reply: () => PageContext | undefined) => void;
};

export type WatchOptions = {
  /** Whether the user turned caption reading on (asked at each reading, so a change applies at once). */
  readCaptions: () => boolean;
  /** Called with each new description (the on-page control follows the meeting with it). */
  onContext?: (context: PageContext) => void;
  timers?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'>;
};

/** Caption text changes many times a second; the side panel needs it a few times a second at most. */
export const PUSH_INTERVAL_MS = 500;

/** Outside a meeting the page is only looked at this often: no observer runs on it. */
export const IDLE_CHECK_MS = 2000;

/**
 * Describes the page now and whenever it changes, pushing only when the description differs.
 * Outside a meeting it only looks again every few seconds; during a meeting a DOM observer
 * (throttled) follows it, and is disconnected as soon as the meeting ends. A frame that only hosts
 * the meeting's own frame (Zoom) says nothing: that frame speaks. `refresh` describes it again now
 * (caption reading was turned on or off); `stop` ends everything.
 */
export function watchPage(
  feature: PlatformFeature,
  doc: Document,
  port: ContentPort,
  options: WatchOptions,
): { stop: () => void; refresh: () => void } {
  const timers = options.timers ?? globalThis;
  const isSilent = () => feature.hostsMeetingFrame?.(doc) === true;
  const snapshot = () =>
    describePage(feature, { url: doc.location.href, title: doc.title, root: doc }, { readCaptions: options.readCaptions() });
  let last: PageContext | undefined;
  let observer: MutationObserver | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    pending = undefined;
    if (isSilent()) return;
    const next = snapshot();
    if (last && JSON.stringify(next) === JSON.stringify(last)) return;
    last = next;
    port.send({ type: 'page-context', context: next });
    options.onContext?.(next);
    follow(next.isMeetingOn);
  };
  const follow = (isMeetingOn: boolean) => {
    if (isMeetingOn && !observer) {
      observer = new MutationObserver(() => {
        if (pending === undefined) pending = timers.setTimeout(check, PUSH_INTERVAL_MS);
      });
      observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    } else if (!isMeetingOn && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };

  port.answer(GET_PAGE_CONTEXT, () => {
    if (isSilent()) return undefined;
    last = snapshot();
    return last;
  });
  check();
  // Cheap and rare: is a meeting starting (the lobby became a call, or the URL changed)?
  const idle = timers.setInterval(() => {
    if (!observer) check();
  }, IDLE_CHECK_MS);
  return {
    refresh: check,
    stop: () => {
      timers.clearInterval(idle);
      observer?.disconnect();
      observer = undefined;
      if (pending !== undefined) timers.clearTimeout(pending);
    },
  };
}
