import { openDB } from 'idb';
import { browser } from 'wxt/browser';

/** The slice of `browser.storage` the services use, so they can run on a plain map in tests. */
export type StorageArea = {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  /** Calls back with the new value whenever another page or the background changes it. */
  watch: (key: string, onChange: (value: unknown) => void) => () => void;
};

/** `browser.storage.local`: survives restarts, shared by every page of the extension — and readable by its content scripts. */
export const localArea: StorageArea = {
  async get(key) {
    const items = await browser.storage.local.get(key);
    return items[key];
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
  watch(key, onChange) {
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) onChange(changes[key]!.newValue);
    };
    browser.storage.local.onChanged.addListener(listener);
    return () => browser.storage.local.onChanged.removeListener(listener);
  },
};

/**
 * Storage that only the extension's own pages and background can reach: IndexedDB under the
 * extension's origin. Content scripts run in the web page's origin, so in Chrome and in Firefox they
 * cannot open it — unlike `storage.local`, which they can read. (`storage.session` hides from content
 * scripts too but is emptied when the browser closes, which would lose the member token.) It survives
 * restarts. It has no change events: a writer says what changed through storage.local (settings.ts).
 */
export function createExtensionOnlyArea(name = 'cocreate-private'): StorageArea {
  let opened: ReturnType<typeof openStore> | undefined;
  const db = () => (opened ??= openStore(name));
  return {
    async get(key) {
      return (await db()).get('kv', key);
    },
    async set(key, value) {
      await (await db()).put('kv', value, key);
    },
    watch() {
      return () => undefined;
    },
  };
}

function openStore(name: string) {
  return openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('kv');
    },
  });
}

export const extensionOnlyArea: StorageArea = createExtensionOnlyArea();

/**
 * `browser.storage.managed`: what the organisation's IT set by policy (Chrome's `3rdparty` extension
 * policy checked against the manifest's `storage.managed_schema`, Firefox's policies.json `3rdparty`).
 * Read-only; a browser without such a policy rejects or answers nothing, which reads as "not set".
 */
export const managedArea: Pick<StorageArea, 'get'> = {
  async get(key) {
    try {
      const items = await browser.storage.managed.get(key);
      return items[key];
    } catch {
      return undefined;
    }
  },
};
