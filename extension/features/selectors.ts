/**
 * Every page selector the content scripts rely on, in one place: when a platform changes its page,
 * this is the only file to touch. Lists are tried in order; the first that matches wins.
 */
export type PlatformSelectors = {
  /** Any of these present means a call is in progress (not the lobby or the end screen). */
  inCall: readonly string[];
  /** Containers of the live captions, when the platform shows them. */
  captions: readonly string[];
  /** An element whose text is the meeting title, when the page shows one. */
  title: readonly string[];
};

export const SELECTORS = {
  'google-meet': {
    inCall: ['[aria-label="Leave call"]', '[aria-label="Quitter l’appel"]', '[jsname="CQylAd"]', '[data-meeting-code]'],
    captions: ['[role="region"][aria-label="Captions"]', '[role="region"][aria-label="Sous-titres"]', '[jsname="dsyhDe"]', '.a4cQT'],
    title: ['[data-meeting-title]', '.u6vdEc'],
  },
  zoom: {
    inCall: ['.footer__leave-btn', '#wc-container-left', '.meeting-app', '[aria-label="Leave"]'],
    captions: ['.live-transcription-subtitle__box', '#live-transcription-subtitle', '.live-transcription-subtitle__item'],
    title: ['.meeting-info-container__topic', '.meeting-topic'],
  },
  teams: {
    inCall: ['[data-tid="hangup-main-btn"]', '#hangup-button', '[data-tid="call-hangup"]'],
    captions: ['[data-tid="closed-captions-renderer"]', '[data-tid="closed-caption-v2-window-wrapper"]'],
    title: ['[data-tid="call-title"]', '[data-tid="meeting-title"]'],
  },
  webex: {
    inCall: ['[data-test="call-leave"]', '[data-test="leave-meeting-button"]', '.meeting-controls-leave'],
    captions: ['[data-test="closed-captions"]', '.closed-captions-container', '[class*="caption-container"]'],
    title: ['[data-test="meeting-title"]', '.meeting-title'],
  },
  generic: {
    inCall: ['[data-meeting-id]', 'video', '[data-testid="meeting"]'],
    captions: ['[data-captions]', '[aria-label="Captions" i]', '[aria-label="Sous-titres" i]', '.captions'],
    title: ['[data-meeting-title]', 'meta[property="og:title"]', 'h1'],
  },
} as const satisfies Record<string, PlatformSelectors>;

export type PlatformName = keyof typeof SELECTORS;
