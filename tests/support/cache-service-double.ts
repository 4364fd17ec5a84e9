/**
 * TEST DOUBLE of `CacheService` (developers.google.com/apps-script/reference/cache), not Google code.
 * Reproduced: string values kept until their expiration (default 600 s, at most 21,600 s); `get` of a
 * missing or expired key gives null; keys at most 250 characters and values at most 100 KB, else the
 * call throws; getAll/putAll/remove/removeAll. Google says a value may vanish before it expires: tests
 * can call `evictAll()` to check the server does not depend on the cache. Time comes from `now()`.
 * A cache holds at most 1,000 items ("Individual keys can be up to 250 characters and store up to
 * 100KB of data, with a cache item cap of 1,000 entries", developers.google.com/apps-script/class_cache):
 * past that, the oldest written go first, as a cache that is full evicts.
 */
import type { CallLog } from './call-log.ts';

export const CACHE_ITEM_CAP = 1_000;

export function createCacheServiceDouble(log: CallLog, now: () => number) {
  const count = (method: string) => log.record('CacheService', method);
  const entries = new Map<string, { value: string; expires: number }>();
  const check = (key: string, value?: string) => {
    if (key.length > 250) throw new Error('Argument too large: key');
    if (value !== undefined && value.length > 100 * 1024) throw new Error('Argument too large: value');
  };
  // Insertion order is write order (a rewritten key moves last): the first keys are the oldest.
  const store = (key: string, value: string, seconds: number) => {
    entries.delete(key);
    entries.set(key, { value: String(value), expires: now() + Math.min(seconds, 21_600) * 1000 });
    for (const oldest of entries.keys()) {
      if (entries.size <= CACHE_ITEM_CAP) break;
      entries.delete(oldest);
    }
  };
  const live = (key: string): string | null => {
    const e = entries.get(key);
    if (!e) return null;
    if (e.expires <= now()) {
      entries.delete(key);
      return null;
    }
    return e.value;
  };
  const cache = {
    get(key: string) {
      count('get');
      check(key);
      return live(key);
    },
    getAll(keys: string[]) {
      count('getAll');
      const out: Record<string, string> = {};
      for (const k of keys) {
        const v = live(k);
        if (v !== null) out[k] = v;
      }
      return out;
    },
    put(key: string, value: string, seconds = 600) {
      count('put');
      check(key, value);
      store(key, value, seconds);
    },
    putAll(values: Record<string, string>, seconds = 600) {
      count('putAll');
      for (const [k, v] of Object.entries(values)) {
        check(k, v);
        store(k, v, seconds);
      }
    },
    remove(key: string) {
      count('remove');
      entries.delete(key);
    },
    removeAll(keys: string[]) {
      count('removeAll');
      for (const k of keys) entries.delete(k);
    },
  };
  return {
    getScriptCache: () => cache,
    getUserCache: () => cache,
    getDocumentCache: () => cache,
    /** Test control: Google may drop cached values at any time. */
    evictAll: () => entries.clear(),
  };
}
