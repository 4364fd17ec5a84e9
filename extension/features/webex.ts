import { captionLine, findFirst, hasAny, mergeTurns, parseUrl, textWithoutChrome, titleFrom } from './dom-helpers';
import type { CaptionLine } from './page-context';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS.webex;
const ROOM = /^\/(?:meet|join)\/([^/?#]+)/;

/** Each child of the captions area is a line: a speaker element then a text element, or text alone. */
export function readWebexLines(area: Element): CaptionLine[] {
  const lines: CaptionLine[] = [];
  for (const child of Array.from(area.children)) {
    const parts = Array.from(child.children);
    const line =
      parts.length >= 2 ? captionLine(textWithoutChrome(parts[0]!), textWithoutChrome(parts.at(-1)!)) : captionLine(undefined, textWithoutChrome(child));
    if (line) lines.push(line);
  }
  return mergeTurns(lines);
}

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
  readCaptions(page) {
    const area = findFirst(page.root, selectors.captions);
    return area ? { state: 'ok', lines: readWebexLines(area) } : { state: 'unreadable' };
  },
};
