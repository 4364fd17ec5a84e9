import { captionLine, findFirst, hasAny, isChrome, mergeTurns, parseUrl, textWithoutChrome, titleFrom } from './dom-helpers';
import type { CaptionLine } from './page-context';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS['google-meet'];
const MEETING_CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/;

/** The leave button's icon: its ligature text is `call_end` whatever the UI language. */
function showsLeaveIcon(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll(selectors.icons)).some((icon) => icon.textContent?.trim() === selectors.leaveIcon);
}

/**
 * Caption turns in the region. Each turn starts with the speaker's avatar; the element holding the
 * avatar and the name is followed by the element holding the words. Controls ("Jump to bottom",
 * caption settings) are found by role and skipped, so none of the platform's own UI is read, in
 * any language.
 */
export function readMeetTurns(region: Element): CaptionLine[] {
  const lines: CaptionLine[] = [];
  for (const avatar of Array.from(region.querySelectorAll('img'))) {
    if (isChrome(avatar)) continue;
    let name = avatar.parentElement;
    while (name && name !== region && !name.nextElementSibling) name = name.parentElement;
    const words = name && name !== region ? name.nextElementSibling : null;
    if (!name || !words || isChrome(words)) continue;
    const line = captionLine(textWithoutChrome(name), textWithoutChrome(words));
    if (line) lines.push(line);
  }
  return mergeTurns(lines);
}

/** Google Meet: the meeting code is in the path (`/abc-defg-hij`); found by structure, not labels. */
export const googleMeet: PlatformFeature = {
  name: 'google-meet',
  matches: ['https://meet.google.com/*'],
  detectMeeting(page) {
    const url = parseUrl(page.url);
    const meetingId = url?.hostname === 'meet.google.com' ? MEETING_CODE.exec(url.pathname)?.[1] : undefined;
    if (!meetingId) return { isMeetingOn: false };
    const title = titleFrom(page, selectors.title, /^Meet\s*[-–]\s*|\s*[-–]\s*Google Meet$|^(Google )?Meet$/);
    return {
      isMeetingOn: showsLeaveIcon(page.root) || hasAny(page.root, selectors.inCall),
      meetingId,
      ...(title && title !== meetingId ? { title } : {}),
    };
  },
  readCaptions(page) {
    const region = findFirst(page.root, selectors.captions);
    return region ? { state: 'ok', lines: readMeetTurns(region) } : { state: 'unreadable' };
  },
};
