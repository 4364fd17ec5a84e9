import { findFirst, hasAny, parseUrl, readCaptionsWith, titleFrom } from './dom-helpers';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS.generic;

/**
 * Jitsi Meet, read by what any meeting page shows rather than by Jitsi's own markup: a call is on
 * when the page shows a video or says it is a meeting (`data-meeting-id`). No loopback match: that
 * would have every install grant reading all pages on 127.0.0.1 and localhost (the tests answer
 * meet.jit.si addresses themselves instead).
 */
export const generic: PlatformFeature = {
  name: 'generic',
  matches: ['https://meet.jit.si/*'],
  detectMeeting(page) {
    if (!parseUrl(page.url)) return { isMeetingOn: false };
    const marked = findFirst(page.root, ['[data-meeting-id]'])?.getAttribute('data-meeting-id') ?? undefined;
    const title = titleFrom(page, selectors.title, /\s*[-–|]\s*Jitsi Meet$/);
    return {
      isMeetingOn: hasAny(page.root, selectors.inCall),
      ...(marked ? { meetingId: marked } : {}),
      ...(title ? { title } : {}),
    };
  },
  readCaptions: (page) => readCaptionsWith(page, selectors.captions),
};
