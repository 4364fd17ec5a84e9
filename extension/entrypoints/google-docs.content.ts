import { googleDocs } from '@/features/google-docs';
import { watchPage } from '@/features/watch-page';

// Wiring only: the feature file detects, watchPage observes, this passes the runtime messaging in.
export default defineContentScript({
  matches: googleDocs.matches,
  runAt: 'document_idle',
  main(ctx) {
    const stop = watchPage(googleDocs, document, {
      send: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
      answer: (type, reply) =>
        browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
          if ((message as { type?: unknown } | undefined)?.type !== type) return false;
          sendResponse(reply());
          return false;
        }),
    });
    ctx.onInvalidated(stop);
  },
});
