import { browser } from 'wxt/browser';

/** The slice of `browser.storage` the services use, so they can run on a plain map in tests. */
export type StorageArea = {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  /** Calls back with the new value whenever another page or the background changes it. */
  watch: (key: string, onChange: (value: unknown) => void) => () => void;
};

/** `browser.storage.local`: survives restarts, shared by every page of the extension. */
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
