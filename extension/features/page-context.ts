import * as z from 'zod/mini';

/** Platforms the content scripts recognise; `docs` is a Google Docs document, not a meeting. */
export const PlatformName = z.enum(['google-meet', 'zoom', 'teams', 'webex', 'jitsi', 'generic', 'docs']);
export type PlatformName = z.infer<typeof PlatformName>;

/** One caption line as the platform shows it: who spoke (when it says) and what was said. */
export const CaptionLine = z.object({
  speaker: z.optional(z.string().check(z.maxLength(200))),
  text: z.string().check(z.maxLength(2000)),
});
export type CaptionLine = z.infer<typeof CaptionLine>;

/**
 * What a content script knows about its page, as the side panel receives it (parsed on arrival).
 * Captions are `ok` with the last lines, `off` while the user has not turned caption reading on,
 * `unreadable` when they are on but none can be found (the platform's captions are off, or its page
 * changed: capture goes on without caption text and says so), `none` when there is no meeting.
 */
export const PageContext = z.object({
  platform: PlatformName,
  url: z.string(),
  isMeetingOn: z.boolean(),
  title: z.optional(z.string()),
  meetingId: z.optional(z.string()),
  docId: z.optional(z.string()),
  captions: z.enum(['ok', 'off', 'unreadable', 'none']),
  /** The last lines, oldest first. */
  captionLines: z.optional(z.array(CaptionLine).check(z.maxLength(20))),
  /** The same lines as one excerpt, as an annotation keeps it. */
  captionText: z.optional(z.string()),
});
export type PageContext = z.infer<typeof PageContext>;

/** Message a content script pushes when its page changes; the side panel listens for it. */
export const PageContextMessage = z.object({ type: z.literal('page-context'), context: PageContext });
export type PageContextMessage = z.infer<typeof PageContextMessage>;
