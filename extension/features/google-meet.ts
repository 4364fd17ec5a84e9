import { hasAny, parseUrl, readCaptionsWith, titleFrom } from './dom-helpers';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS['google-meet'];
const MEETING_CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/;

/** Google Meet: the meeting code is in the path (`/abc-defg-hij`). */
export const googleMeet: PlatformFeature = {
  name: 'google-meet',
  matches: ['https://meet.google.com/*'],
  detectMeeting(page) {
    const url = parseUrl(page.url);
    const meetingId = url?.hostname === 'meet.google.com' ? MEETING_CODE.exec(url.pathname)?.[1] : undefined;
    if (!meetingId) return { isMeetingOn: false };
    const title = titleFrom(page, selectors.title, /^Meet\s*[-–]\s*|\s*[-–]\s*Google Meet$/);
    return {
      isMeetingOn: hasAny(page.root, selectors.inCall),
      meetingId,
      ...(title && title !== meetingId ? { title } : {}),
    };
  },
  readCaptions: (page) => readCaptionsWith(page, selectors.captions),
};
