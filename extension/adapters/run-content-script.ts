import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformFeature } from '../features/platform-feature';
import { watchPage } from '../features/watch-page';

/** What every content script does: watch its page with its platform's feature, over runtime messaging. */
export function runContentScript(feature: PlatformFeature, ctx: ContentScriptContext): void {
  const stop = watchPage(feature, document, {
    send: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
    answer: (type, reply) =>
      browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
        if ((message as { type?: unknown } | undefined)?.type !== type) return false;
        sendResponse(reply());
        return false;
      }),
  });
  ctx.onInvalidated(stop);
}
