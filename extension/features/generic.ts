import { findFirst, hasAny, parseUrl, readCaptionsWith, titleFrom } from './dom-helpers';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS.generic;

/**
 * Any other meeting page we are allowed on: Jitsi Meet and meeting tools hosted on this computer
 * (which is also how the tests serve fake webinar pages). A call is on when the page shows a video
 * or says it is a meeting (`data-meeting-id`).
 */
export const generic: PlatformFeature = {
  name: 'generic',
  matches: ['https://meet.jit.si/*', 'http://127.0.0.1/*', 'http://localhost/*'],
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
