import { hasAny, parseUrl, readCaptionsWith, titleFrom } from './dom-helpers';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS.zoom;
const MEETING_NUMBER = /^\/(?:wc|j|s)\/(\d{9,11})(?:\/|$)/;

/** Zoom's web client: the meeting number is in the path (`/wc/81234567890/join`, `/j/…`). */
export const zoom: PlatformFeature = {
  name: 'zoom',
  matches: ['https://*.zoom.us/*', 'https://zoom.us/*'],
  detectMeeting(page) {
    const url = parseUrl(page.url);
    const isZoom = url !== undefined && (url.hostname === 'zoom.us' || url.hostname.endsWith('.zoom.us'));
    const meetingId = isZoom ? MEETING_NUMBER.exec(url.pathname)?.[1] : undefined;
    if (!meetingId) return { isMeetingOn: false };
    const title = titleFrom(page, selectors.title, /\s*[-–|]\s*Zoom$|^Zoom( Meeting| Webinar)?$/);
    return { isMeetingOn: hasAny(page.root, selectors.inCall), meetingId, ...(title ? { title } : {}) };
  },
  readCaptions: (page) => readCaptionsWith(page, selectors.captions),
};
