/**
 * Every page selector the content scripts rely on, one block per platform: when a platform changes
 * its page, this is the only file to touch. Lists are tried in order; the first that matches wins.
 * Structure, roles and the platforms' test ids come first; obfuscated class names only as a last
 * resort, because they change with every release. Each block names the open-source caption readers
 * whose code observed the same structure (repository, file, commit, and when it was read).
 */
export type PlatformSelectors = {
  /** Any of these present means a call is in progress (not the lobby or the end screen). */
  inCall: readonly string[];
  /** The captions area, when the platform shows it (turned on in the platform's own toolbar). */
  captions: readonly string[];
  /**
   * An element whose text is the meeting title, when the page shows one. Except for Meet's, these
   * are not confirmed by a public reader; without a match the document title is used.
   */
  title: readonly string[];
};

export const SELECTORS = {
  /**
   * Google Meet (read 2026-12-01). vivek-nexus/transcriptonic, extension/content-google-meet.js at
   * fe25d7593bff0fc40a776c03aea19b6d2de5a756 (TranscripTonic 3.3.4): the call is on once the
   * Material Symbols icon whose ligature is `call_end` is shown, and the captions are the
   * `div[role="region"][tabindex="0"]`; inside it each turn is a block whose text element follows
   * the speaker's name element, and the region also holds non-caption UI (its last two children).
   * Icon ligatures and roles are the same in every UI language; aria-labels are not. The title is
   * the one obfuscated class (`.u6vdEc`, the same file's updateMeetingTitle): without it the
   * document title is used.
   */
  'google-meet': {
    inCall: [],
    /** Icon fonts whose text is a ligature name (`call_end`), not a translated word. */
    icons: '.google-symbols, .google-material-icons, .material-icons-extended, .material-symbols-outlined',
    leaveIcon: 'call_end',
    captions: ['div[role="region"][tabindex="0"]'],
    title: ['.u6vdEc'],
  },
  /**
   * Zoom web client (read 2026-12-01). vivek-nexus/transcriptonic, extension/content-zoom.js at
   * fe25d7593bff0fc40a776c03aea19b6d2de5a756: the meeting runs in `iframe#webclient` (same origin,
   * app.zoom.us); in it the call is on when `#audioOptionMenu` or the leave button
   * (`.footer__leave-btn-container`) is shown; captions are `.live-transcription-subtitle__box`,
   * one child per turn: the speaker's avatar `img` (its name is the `alt`/next text of the same
   * avatar on the video tile) or name first, the text last.
   */
  zoom: {
    meetingFrame: 'iframe#webclient',
    inCall: ['#audioOptionMenu', '.footer__leave-btn-container', '.footer__leave-btn'],
    captions: ['.live-transcription-subtitle__box', '#live-transcription-subtitle'],
    title: ['.meeting-info-container__topic', '.meeting-topic'],
  },
  /**
   * Microsoft Teams on the web, every host (read 2026-12-01). Zerg00s/Live-Captions-Saver,
   * teams-captions-saver/content_script.js at 053f47ecae068cbc77df26a68017af1b5a63475c (4.8.1):
   * the call is on while a hang-up button is shown (`hangup-main-btn`, `#hangup-button`…);
   * captions live in `closed-caption-v2-window-wrapper` / `closed-captions-renderer`, each line
   * pairing `[data-tid="author"]` with `[data-tid="closed-caption-text"]`. TranscripTonic's
   * extension/content-teams.js (same commit as above) observes the same
   * `closed-caption-v2-virtual-list-content` list and `#hangup-button`.
   */
  teams: {
    inCall: [
      'button[data-tid="hangup-main-btn"]',
      'button[data-tid="hangup-leave-button"]',
      'button[data-tid="hangup-end-meeting-button"]',
      '#hangup-button',
    ],
    captions: ['[data-tid="closed-caption-v2-window-wrapper"]', '[data-tid="closed-captions-renderer"]', '[data-tid="closed-caption-v2-virtual-list-content"]'],
    author: '[data-tid="author"]',
    text: '[data-tid="closed-caption-text"]',
    title: ['[data-tid="call-title"]', '[data-tid="meeting-title"]'],
  },
  /**
   * Webex in the browser. No widely used open-source extension reads Webex captions (searched
   * 2026-12-01), so nothing here is confirmed by one: the call is read from the leave control's
   * test id, and captions from any live region whose test id or class names captions, each line a
   * speaker element then a text element. Expect the degraded path until someone confirms them.
   */
  webex: {
    inCall: ['[data-test="call-leave"]', '[data-test="leave-meeting-button"]', '[data-test="end-call"]'],
    captions: ['[data-test="closed-captions"]', '[aria-live][class*="caption" i]', '[data-test*="caption"]'],
    title: ['[data-test="meeting-title"]', '.meeting-title'],
  },
  /**
   * Jitsi Meet (read 2026-12-01), from its own source: jitsi/jitsi-meet,
   * react/features/subtitles/components/web/Captions.tsx at 3dbf5948a724ae1c1f2b35f6fc1e6942897113c5
   * renders `div.transcription-subtitles > p > span`, and AbstractCaptions.tsx at
   * 237e645ed6b32ae2acf8ad651fd5204b78ba375f writes each line as `${participant.name}: ${text}`.
   * The conference page is `#videoconference_page` with `#largeVideoContainer`.
   */
  jitsi: {
    inCall: ['#videoconference_page', '#largeVideoContainer', '[data-meeting-id]', 'video'],
    captions: ['.transcription-subtitles'],
    title: ['[data-meeting-title]', 'meta[property="og:title"]', 'h1'],
  },
} as const;
