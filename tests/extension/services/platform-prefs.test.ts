import { describe, expect, it } from 'vitest';
import type { StorageArea } from '../../../extension/adapters/storage-area.ts';
import { DEFAULT_PLATFORM_PREFS, getPlatformPrefs, readPlatformPrefs, savePlatformPrefs, withControlShown } from '../../../extension/services/platform-prefs.ts';

function memoryArea(): StorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (key) => data.get(key), set: async (key, value) => void data.set(key, value), watch: () => () => undefined };
}

describe('platform preferences', () => {
  it.each<[string, unknown, object]>([
    ['nothing stored: captions off, the control everywhere', undefined, DEFAULT_PLATFORM_PREFS],
    ['a stored choice', { version: 1, readCaptions: true, hiddenOn: ['zoom'] }, { version: 1, readCaptions: true, hiddenOn: ['zoom'] }],
    ['a newer or unknown version', { version: 2, readCaptions: true }, DEFAULT_PLATFORM_PREFS],
    ['a damaged value: only what is known is kept', { version: 1, readCaptions: 'yes', hiddenOn: ['teams', 'myspace', 3] }, { version: 1, readCaptions: false, hiddenOn: ['teams'] }],
    ['not an object', 'captions', DEFAULT_PLATFORM_PREFS],
  ])('%s', (_name, stored, expected) => {
    expect(readPlatformPrefs(stored)).toEqual(expected);
  });

  it('saves a change on top of what is stored and hides or shows one platform at a time', async () => {
    const area = memoryArea();
    await savePlatformPrefs({ readCaptions: true }, area);
    const hidden = await savePlatformPrefs({ hiddenOn: withControlShown(await getPlatformPrefs(area), 'google-meet', false) }, area);
    expect(hidden).toEqual({ version: 1, readCaptions: true, hiddenOn: ['google-meet'] });
    expect(withControlShown(hidden, 'google-meet', true)).toEqual([]);
    expect(area.data.get('platformPrefs')).toEqual(hidden);
  });
});
