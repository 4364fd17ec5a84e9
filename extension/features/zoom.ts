import { captionLine, findFirst, hasAny, mergeTurns, normalizeSpace, parseUrl, textWithoutChrome, titleFrom } from './dom-helpers';
import type { CaptionLine } from './page-context';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS.zoom;
const MEETING_NUMBER = /^\/(?:wc|j|s)\/(\d{9,11})(?:\/|$)/;

/** The name behind an avatar: its own alt, or the same picture's label on a video tile. */
function nameOfAvatar(avatar: HTMLImageElement, root: ParentNode): string | undefined {
  if (avatar.alt.trim()) return avatar.alt;
  const src = avatar.getAttribute('src');
  if (!src) return undefined;
  for (const other of Array.from(root.querySelectorAll('img'))) {
    if (other === avatar || other.getAttribute('src') !== src) continue;
    const label = other.alt.trim() || normalizeSpace(other.parentElement?.nextElementSibling?.textContent ?? '');
    if (label) return label;
  }
  return undefined;
}

/** One child of the subtitle box per turn: avatar or name first, the words last. */
export function readZoomTurns(box: Element, root: ParentNode): CaptionLine[] {
  const lines: CaptionLine[] = [];
  for (const turn of Array.from(box.children)) {
    const first = turn.firstElementChild;
    const last = turn.lastElementChild;
    if (!first || !last || first === last) {
      const alone = captionLine(undefined, textWithoutChrome(turn));
      if (alone) lines.push(alone);
      continue;
    }
    const speaker = first.tagName === 'IMG' ? nameOfAvatar(first as HTMLImageElement, root) : textWithoutChrome(first);
    const line = captionLine(speaker, textWithoutChrome(last));
    if (line) lines.push(line);
  }
  return mergeTurns(lines);
}

/**
 * Zoom's web client: the meeting number is in the path (`/wc/81234567890/join`, `/j/…`). The call
 * itself runs in the `#webclient` frame, where this script also runs (all frames, same origin).
 */
export const zoom: PlatformFeature = {
  name: 'zoom',
  matches: ['https://*.zoom.us/*', 'https://zoom.us/*'],
  hostsMeetingFrame: (root) => root.querySelector(selectors.meetingFrame) !== null,
  detectMeeting(page) {
    const url = parseUrl(page.url);
    const isZoom = url !== undefined && (url.hostname === 'zoom.us' || url.hostname.endsWith('.zoom.us'));
    const meetingId = isZoom ? MEETING_NUMBER.exec(url.pathname)?.[1] : undefined;
    if (!meetingId) return { isMeetingOn: false };
    const title = titleFrom(page, selectors.title, /\s*[-–|]\s*Zoom$|^Zoom( Meeting| Webinar)?$/);
    return { isMeetingOn: hasAny(page.root, selectors.inCall), meetingId, ...(title ? { title } : {}) };
  },
  readCaptions(page) {
    const box = findFirst(page.root, selectors.captions);
    return box ? { state: 'ok', lines: readZoomTurns(box, page.root) } : { state: 'unreadable' };
  },
};
