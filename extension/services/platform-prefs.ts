import { localArea, type StorageArea } from '../adapters/storage-area.ts';

/** Meeting platforms with a content script, where the on-page control can be shown or hidden. */
export const MEETING_PLATFORMS = ['google-meet', 'zoom', 'teams', 'webex', 'jitsi'] as const;
export type MeetingPlatform = (typeof MEETING_PLATFORMS)[number];

/**
 * What the attendee chose for meeting pages, under `platformPrefs` in storage.local. Captions are
 * read only once turned on (off by default: what others say is theirs); the control is shown on
 * every platform unless hidden there.
 */
export type PlatformPrefs = { version: 1; readCaptions: boolean; hiddenOn: MeetingPlatform[] };

export const PLATFORM_PREFS_KEY = 'platformPrefs';

export const DEFAULT_PLATFORM_PREFS: PlatformPrefs = { version: 1, readCaptions: false, hiddenOn: [] };

/**
 * Parses what storage holds. Hand-written rather than zod so content scripts stay small; anything
 * unknown falls back to the defaults, field by field (an older or damaged value never breaks a page).
 */
export function readPlatformPrefs(raw: unknown): PlatformPrefs {
  if (!raw || typeof raw !== 'object') return DEFAULT_PLATFORM_PREFS;
  const value = raw as { version?: unknown; readCaptions?: unknown; hiddenOn?: unknown };
  if (value.version !== 1) return DEFAULT_PLATFORM_PREFS;
  const hiddenOn = Array.isArray(value.hiddenOn)
    ? MEETING_PLATFORMS.filter((platform) => (value.hiddenOn as unknown[]).includes(platform))
    : [];
  return { version: 1, readCaptions: value.readCaptions === true, hiddenOn };
}

export async function getPlatformPrefs(area: StorageArea = localArea): Promise<PlatformPrefs> {
  return readPlatformPrefs(await area.get(PLATFORM_PREFS_KEY));
}

/** Applies a change on top of what is stored now (another page may have changed something else). */
export async function savePlatformPrefs(
  change: Partial<Omit<PlatformPrefs, 'version'>>,
  area: StorageArea = localArea,
): Promise<PlatformPrefs> {
  const next = readPlatformPrefs({ ...(await getPlatformPrefs(area)), ...change, version: 1 });
  await area.set(PLATFORM_PREFS_KEY, next);
  return next;
}

export function watchPlatformPrefs(onChange: (prefs: PlatformPrefs) => void, area: StorageArea = localArea): () => void {
  return area.watch(PLATFORM_PREFS_KEY, (value) => onChange(readPlatformPrefs(value)));
}

/** Shows or hides the control on one platform. */
export function withControlShown(prefs: PlatformPrefs, platform: MeetingPlatform, shown: boolean): MeetingPlatform[] {
  const others = prefs.hiddenOn.filter((hidden) => hidden !== platform);
  return shown ? others : [...others, platform];
}
