import type { CaptionLine, PageContext, PlatformName } from './page-context';

/** What detection reads: plain values, so tests pass fixture HTML and URLs without a browser. */
export type PageSnapshot = { url: string; title: string; root: ParentNode };

export type MeetingDetection = { isMeetingOn: boolean; title?: string; meetingId?: string };

/** Lines oldest first; `unreadable`: a meeting is on but the captions cannot be found. */
export type CaptionReading = { state: 'ok'; lines: CaptionLine[] } | { state: 'unreadable' } | { state: 'none' };

/** The one shape every platform file exports (refined-github style: same shape, one file each). */
export type PlatformFeature = {
  name: PlatformName;
  /** Match patterns of its content script: only this platform's pages, never <all_urls>. */
  matches: string[];
  detectMeeting: (page: PageSnapshot) => MeetingDetection;
  readCaptions: (page: PageSnapshot) => CaptionReading;
  /** Only for document pages (Google Docs): which document this is. */
  detectDocument?: (page: PageSnapshot) => { docId: string; title?: string } | undefined;
  /** True when this frame only hosts the meeting's own frame (Zoom's `#webclient`): that frame speaks. */
  hostsMeetingFrame?: (root: ParentNode) => boolean;
};

/** Request the side panel sends to the active tab's content script, answered with a PageContext. */
export const GET_PAGE_CONTEXT = 'get-page-context';

/** How many caption lines travel with the page description: the last few, enough for one moment. */
export const CAPTION_LINES_KEPT = 4;

/** Longest caption excerpt kept with an annotation: the last words spoken, not the whole meeting. */
export const CAPTION_EXCERPT_LENGTH = 280;

/** The lines as one excerpt ("Name: text", one per line), cut from the front when too long. */
export function captionExcerpt(lines: readonly CaptionLine[]): string {
  const text = lines.map((line) => (line.speaker ? `${line.speaker}: ${line.text}` : line.text)).join('\n');
  return text.length > CAPTION_EXCERPT_LENGTH ? `…${text.slice(-CAPTION_EXCERPT_LENGTH)}` : text;
}

/**
 * Everything one page shows, from one feature. Captions are read only when the user turned them on
 * (`readCaptions`); otherwise they are `off` and the page's captions are never touched.
 */
export function describePage(feature: PlatformFeature, page: PageSnapshot, options: { readCaptions: boolean }): PageContext {
  const document = feature.detectDocument?.(page);
  if (document) {
    return { platform: feature.name, url: page.url, isMeetingOn: false, captions: 'none', ...document };
  }
  const meeting = feature.detectMeeting(page);
  const captions: CaptionReading | { state: 'off' } = !meeting.isMeetingOn
    ? { state: 'none' }
    : options.readCaptions
      ? feature.readCaptions(page)
      : { state: 'off' };
  const lines = captions.state === 'ok' ? captions.lines.slice(-CAPTION_LINES_KEPT) : [];
  return {
    platform: feature.name,
    url: page.url,
    isMeetingOn: meeting.isMeetingOn,
    ...(meeting.title ? { title: meeting.title } : {}),
    ...(meeting.meetingId ? { meetingId: meeting.meetingId } : {}),
    captions: captions.state,
    ...(lines.length > 0 ? { captionLines: lines, captionText: captionExcerpt(lines) } : {}),
  };
}
