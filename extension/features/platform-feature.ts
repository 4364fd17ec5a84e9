import type { PageContext, PlatformName } from './page-context';

/** What detection reads: plain values, so tests pass fixture HTML and URLs without a browser. */
export type PageSnapshot = { url: string; title: string; root: ParentNode };

export type MeetingDetection = { isMeetingOn: boolean; title?: string; meetingId?: string };

export type CaptionReading = { state: 'ok'; text: string } | { state: 'unreadable' } | { state: 'none' };

/** The one shape every platform file exports (refined-github style: same shape, one file each). */
export type PlatformFeature = {
  name: PlatformName;
  /** Match patterns of its content script: only this platform's pages, never <all_urls>. */
  matches: string[];
  detectMeeting: (page: PageSnapshot) => MeetingDetection;
  readCaptions: (page: PageSnapshot) => CaptionReading;
  /** Only for document pages (Google Docs): which document this is. */
  detectDocument?: (page: PageSnapshot) => { docId: string; title?: string } | undefined;
};

/** Request the side panel sends to the active tab's content script, answered with a PageContext. */
export const GET_PAGE_CONTEXT = 'get-page-context';

/** Everything one page shows, from one feature; `captionText` only when captions were read. */
export function describePage(feature: PlatformFeature, page: PageSnapshot): PageContext {
  const document = feature.detectDocument?.(page);
  if (document) {
    return { platform: feature.name, url: page.url, isMeetingOn: false, captions: 'none', ...document };
  }
  const meeting = feature.detectMeeting(page);
  const captions = meeting.isMeetingOn ? feature.readCaptions(page) : ({ state: 'none' } as const);
  return {
    platform: feature.name,
    url: page.url,
    isMeetingOn: meeting.isMeetingOn,
    ...(meeting.title ? { title: meeting.title } : {}),
    ...(meeting.meetingId ? { meetingId: meeting.meetingId } : {}),
    captions: captions.state,
    ...(captions.state === 'ok' && captions.text ? { captionText: captions.text } : {}),
  };
}
