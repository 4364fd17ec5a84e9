import type { PlatformFeature } from './platform-feature';

/**
 * Any other page: no content script and no host permission at all. The side panel and the
 * shortcuts still annotate (DESIGN §5: annotation never depends on the page), without a title,
 * meeting id or captions; this is what the background records for such a tab.
 */
export const generic: PlatformFeature = {
  name: 'generic',
  matches: [],
  detectMeeting: () => ({ isMeetingOn: false }),
  readCaptions: () => ({ state: 'none' }),
};
