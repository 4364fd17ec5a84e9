// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { jitsi } from '@/features/jitsi';
import type { PageContext } from '@/features/page-context';
import { GET_PAGE_CONTEXT } from '@/features/platform-feature';
import { IDLE_CHECK_MS, PUSH_INTERVAL_MS, watchPage } from '@/features/watch-page';
import { zoom } from '@/features/zoom';

const CALL = (words: string) => `<div id="videoconference_page"><div class="transcription-subtitles"><p><span>Awa: ${words}</span></p></div></div>`;

function harness(options: { readCaptions?: boolean; feature?: typeof jitsi } = {}) {
  const pushed: PageContext[] = [];
  let reply: (() => PageContext | undefined) | undefined;
  let readCaptions = options.readCaptions ?? true;
  const watcher = watchPage(
    options.feature ?? jitsi,
    document,
    {
      send: (message) => pushed.push(message.context),
      answer: (type, answer) => {
        expect(type).toBe(GET_PAGE_CONTEXT);
        reply = answer;
      },
    },
    { readCaptions: () => readCaptions },
  );
  return { pushed, ask: () => reply!(), ...watcher, setReadCaptions: (on: boolean) => (readCaptions = on) };
}

const settle = (ms = PUSH_INTERVAL_MS + 100) => new Promise((resolve) => setTimeout(resolve, ms));
const line = (context: PageContext) => context.captionLines?.map((l) => `${l.speaker}: ${l.text}`).join(' | ');

let stopWatching: (() => void) | undefined;
afterEach(() => {
  stopWatching?.();
  document.body.innerHTML = '';
});

describe('watchPage', () => {
  it('describes the page at once, pushes when it changes, and not when nothing changed', async () => {
    document.body.innerHTML = CALL('Hello');
    const { pushed, ask, stop } = harness();
    stopWatching = stop;
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).toMatchObject({ isMeetingOn: true, captions: 'ok', captionLines: [{ speaker: 'Awa', text: 'Hello' }] });

    document.querySelector('.transcription-subtitles span')!.textContent = 'Awa: We agree.';
    await settle();
    expect(pushed.map(line)).toEqual(['Awa: Hello', 'Awa: We agree.']);

    document.body.append(document.createElement('span'));
    await settle();
    expect(pushed).toHaveLength(2);
    expect(ask()).toMatchObject({ captionText: 'Awa: We agree.' });
  });

  it('groups a burst of changes into one push', async () => {
    document.body.innerHTML = CALL('a');
    const { pushed, stop } = harness();
    stopWatching = stop;
    const span = document.querySelector('.transcription-subtitles span')!;
    for (const word of ['b', 'c', 'd', 'e']) span.textContent = `Awa: ${word}`;
    await settle();
    expect(pushed.map(line)).toEqual(['Awa: a', 'Awa: e']);
  });

  it('reads no caption until turned on, then at once on refresh', () => {
    document.body.innerHTML = CALL('Private words');
    const { pushed, refresh, setReadCaptions, stop } = harness({ readCaptions: false });
    stopWatching = stop;
    expect(pushed[0]).toMatchObject({ captions: 'off' });
    expect(JSON.stringify(pushed)).not.toContain('Private words');
    setReadCaptions(true);
    refresh();
    expect(pushed[1]).toMatchObject({ captions: 'ok', captionText: 'Awa: Private words' });
  });

  it('watches no DOM outside a meeting, notices the meeting start, and stops observing when it ends', async () => {
    document.body.innerHTML = '<p>Lobby</p>';
    const { pushed, stop } = harness();
    stopWatching = stop;
    // Outside a meeting, DOM changes alone push nothing: there is no observer.
    document.body.append(document.createElement('p'));
    await settle();
    expect(pushed).toHaveLength(1);
    document.body.innerHTML = CALL('Started');
    await settle(IDLE_CHECK_MS + 100);
    expect(pushed.at(-1)).toMatchObject({ isMeetingOn: true, captionText: 'Awa: Started' });
    document.body.innerHTML = '<p>You left the meeting</p>';
    await settle();
    expect(pushed.at(-1)).toMatchObject({ isMeetingOn: false, captions: 'none' });
    const count = pushed.length;
    document.body.append(document.createElement('p'));
    document.body.innerHTML = '<p>Rejoin?</p>';
    await settle();
    expect(pushed).toHaveLength(count);
  }, 10_000);

  it('stays silent in a frame that only hosts the meeting’s frame (Zoom’s outer page)', () => {
    document.body.innerHTML = '<iframe id="webclient"></iframe>';
    const { pushed, ask, stop } = harness({ feature: zoom });
    stopWatching = stop;
    expect(pushed).toEqual([]);
    expect(ask()).toBeUndefined();
  });

  it('stops pushing once stopped (the extension was reloaded or removed)', async () => {
    document.body.innerHTML = CALL('a');
    const { pushed, stop } = harness();
    stop();
    document.querySelector('.transcription-subtitles span')!.textContent = 'Awa: b';
    await settle();
    expect(pushed).toHaveLength(1);
  });
});
