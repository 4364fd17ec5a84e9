import { hasAny, parseUrl, readCaptionsWith, titleFrom } from './dom-helpers';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS.webex;
const ROOM = /^\/(?:meet|join)\/([^/?#]+)/;

/** Webex in the browser: a personal room (`/meet/<name>`) or a meeting number (`MTID=`). */
export const webex: PlatformFeature = {
  name: 'webex',
  matches: ['https://*.webex.com/*'],
  detectMeeting(page) {
    const url = parseUrl(page.url);
    if (!url?.hostname.endsWith('.webex.com')) return { isMeetingOn: false };
    const meetingId = url.searchParams.get('MTID') ?? ROOM.exec(url.pathname)?.[1];
    const title = titleFrom(page, selectors.title, /\s*[-–|]\s*Webex$|^(Cisco )?Webex( Meetings)?$/);
    return {
      isMeetingOn: hasAny(page.root, selectors.inCall),
      ...(meetingId ? { meetingId } : {}),
      ...(title ? { title } : {}),
    };
  },
  readCaptions: (page) => readCaptionsWith(page, selectors.captions),
};
