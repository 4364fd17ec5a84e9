import * as z from 'zod/mini';

/** Platforms the content scripts recognise; `docs` is a Google Docs document, not a meeting. */
export const PlatformName = z.enum(['google-meet', 'zoom', 'teams', 'webex', 'generic', 'docs']);
export type PlatformName = z.infer<typeof PlatformName>;

/**
 * What a content script knows about its page, as the side panel receives it (parsed on arrival).
 * Captions are `ok` with recent text, `unreadable` when a meeting is on but no captions can be
 * found (turned off, or the page changed: capture goes on without caption text and says so), `none`
 * when there is no meeting.
 */
export const PageContext = z.object({
  platform: PlatformName,
  url: z.string(),
  isMeetingOn: z.boolean(),
  title: z.optional(z.string()),
  meetingId: z.optional(z.string()),
  docId: z.optional(z.string()),
  captions: z.enum(['ok', 'unreadable', 'none']),
  captionText: z.optional(z.string()),
});
export type PageContext = z.infer<typeof PageContext>;

/** Message a content script pushes when its page changes; the side panel listens for it. */
export const PageContextMessage = z.object({ type: z.literal('page-context'), context: PageContext });
export type PageContextMessage = z.infer<typeof PageContextMessage>;
