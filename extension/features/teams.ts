import { hasAny, parseUrl, readCaptionsWith, titleFrom } from './dom-helpers';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS.teams;
const THREAD = /19:meeting_[A-Za-z0-9_-]+@thread\.v2/;

/** Microsoft Teams on the web: a call is on when the hang-up button is; the thread id names it. */
export const teams: PlatformFeature = {
  name: 'teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
  detectMeeting(page) {
    const url = parseUrl(page.url);
    if (!url || !['teams.microsoft.com', 'teams.live.com'].includes(url.hostname)) return { isMeetingOn: false };
    const isMeetingOn = hasAny(page.root, selectors.inCall);
    let decoded = `${url.pathname}${url.hash}`;
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // A malformed escape leaves the raw path, which simply holds no thread id.
    }
    const meetingId = THREAD.exec(decoded)?.[0];
    const title = titleFrom(page, selectors.title, /\s*\|\s*Microsoft Teams$|^Microsoft Teams$/);
    return { isMeetingOn, ...(meetingId ? { meetingId } : {}), ...(title ? { title } : {}) };
  },
  readCaptions: (page) => readCaptionsWith(page, selectors.captions),
};
