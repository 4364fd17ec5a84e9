import { captionLine, findFirst, hasAny, parseUrl, textWithoutChrome, titleFrom } from './dom-helpers';
import type { CaptionLine } from './page-context';
import type { PlatformFeature } from './platform-feature';
import { SELECTORS } from './selectors';

const selectors = SELECTORS.jitsi;

/** Jitsi writes each subtitle as "Name: words" in one paragraph. */
export function readJitsiLines(container: Element): CaptionLine[] {
  const lines: CaptionLine[] = [];
  for (const paragraph of Array.from(container.querySelectorAll('p'))) {
    const text = textWithoutChrome(paragraph);
    const split = /^([^:]{1,80}):\s+(.*)$/.exec(text);
    const line = split ? captionLine(split[1], split[2]!) : captionLine(undefined, text);
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * Jitsi Meet (meet.jit.si). No loopback match: that would have every install grant reading all
 * pages on 127.0.0.1 and localhost (the tests answer meet.jit.si addresses themselves instead).
 */
export const jitsi: PlatformFeature = {
  name: 'jitsi',
  matches: ['https://meet.jit.si/*'],
  detectMeeting(page) {
    const url = parseUrl(page.url);
    if (!url) return { isMeetingOn: false };
    const marked = findFirst(page.root, ['[data-meeting-id]'])?.getAttribute('data-meeting-id') ?? undefined;
    // The room is the path's one segment (meet.jit.si/OpenGovForum).
    const room = /^\/([^/]+)$/.exec(url.pathname)?.[1];
    const meetingId = marked ?? (room && /^[\w-]+$/.test(room) ? room : undefined);
    const title = titleFrom(page, selectors.title, /\s*[-–|]\s*Jitsi Meet$/);
    return {
      isMeetingOn: hasAny(page.root, selectors.inCall),
      ...(meetingId ? { meetingId } : {}),
      ...(title ? { title } : {}),
    };
  },
  readCaptions(page) {
    const container = findFirst(page.root, selectors.captions);
    return container ? { state: 'ok', lines: readJitsiLines(container) } : { state: 'unreadable' };
  },
};
