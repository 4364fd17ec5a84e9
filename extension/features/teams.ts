import { captionLine, findFirst, hasAny, mergeTurns, parseUrl, textWithoutChrome, titleFrom } from './dom-helpers';
import type { CaptionLine } from './page-context';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS.teams;
const THREAD = /19:meeting_[A-Za-z0-9_-]+@thread\.v2/;
/** Teams on the web: the work/school host, the personal one, and the one Microsoft is moving to. */
const HOSTS = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];

/** Each caption text with the author shown beside it (the nearest container holding both). */
export function readTeamsLines(renderer: Element): CaptionLine[] {
  const lines: CaptionLine[] = [];
  for (const text of Array.from(renderer.querySelectorAll(selectors.text))) {
    let author: Element | null = null;
    for (let box = text.parentElement; box && box !== renderer.parentElement && !author; box = box.parentElement) {
      author = box.querySelector(selectors.author);
    }
    const line = captionLine(author ? textWithoutChrome(author) : undefined, textWithoutChrome(text));
    if (line) lines.push(line);
  }
  return mergeTurns(lines);
}

/** Microsoft Teams on the web: a call is on when the hang-up button is; the thread id names it. */
export const teams: PlatformFeature = {
  name: 'teams',
  matches: HOSTS.map((host) => `https://${host}/*`),
  detectMeeting(page) {
    const url = parseUrl(page.url);
    if (!url || !HOSTS.includes(url.hostname)) return { isMeetingOn: false };
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
  readCaptions(page) {
    const renderer = findFirst(page.root, selectors.captions);
    return renderer ? { state: 'ok', lines: readTeamsLines(renderer) } : { state: 'unreadable' };
  },
};
