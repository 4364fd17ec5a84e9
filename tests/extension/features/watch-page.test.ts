// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { generic } from '@/features/generic';
import type { PageContext } from '@/features/page-context';
import { GET_PAGE_CONTEXT } from '@/features/platform-feature';
import { PUSH_INTERVAL_MS, watchPage } from '@/features/watch-page';

function harness() {
  const pushed: PageContext[] = [];
  let reply: (() => PageContext) | undefined;
  const stop = watchPage(generic, document, {
    send: (message) => pushed.push(message.context),
    answer: (type, answer) => {
      expect(type).toBe(GET_PAGE_CONTEXT);
      reply = answer;
    },
  });
  return { pushed, ask: () => reply!(), stop };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, PUSH_INTERVAL_MS + 100));

let stopWatching: (() => void) | undefined;
afterEach(() => {
  stopWatching?.();
  document.body.innerHTML = '';
});

describe('watchPage', () => {
  it('describes the page at once, pushes when it changes, and not when nothing changed', async () => {
    document.title = 'Webinar';
    document.body.innerHTML = '<video></video><div data-captions>Hello</div>';
    const { pushed, ask, stop } = harness();
    stopWatching = stop;
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).toMatchObject({ isMeetingOn: true, captions: 'ok', captionText: 'Hello' });

    document.querySelector('[data-captions]')!.textContent = 'We agree.';
    await settle();
    expect(pushed.map((context) => context.captionText)).toEqual(['Hello', 'We agree.']);

    document.body.append(document.createElement('span'));
    await settle();
    expect(pushed).toHaveLength(2);
    expect(ask()).toMatchObject({ captionText: 'We agree.' });
  });

  it('groups a burst of changes into one push', async () => {
    document.body.innerHTML = '<video></video><div data-captions>a</div>';
    const { pushed, stop } = harness();
    stopWatching = stop;
    const captions = document.querySelector('[data-captions]')!;
    for (const word of ['b', 'c', 'd', 'e']) captions.textContent = word;
    await settle();
    expect(pushed.map((context) => context.captionText)).toEqual(['a', 'e']);
  });

  it('stops pushing once stopped (the extension was reloaded or removed)', async () => {
    document.body.innerHTML = '<video></video><div data-captions>a</div>';
    const { pushed, stop } = harness();
    stop();
    document.querySelector('[data-captions]')!.textContent = 'b';
    await settle();
    expect(pushed).toHaveLength(1);
  });
});
