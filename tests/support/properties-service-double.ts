/**
 * TEST DOUBLE of `PropertiesService` (developers.google.com/apps-script/reference/properties), not
 * Google code. Reproduced: script, user and document stores of string values (`setProperty` stores
 * String(value)); `getProperty` of a missing key gives null; getProperties/setProperties(deleteAllOthers)/
 * deleteProperty/deleteAllProperties/getKeys. Calls count under service "PropertiesService".
 */
import type { CallLog } from './call-log.ts';

export type PropertyStores = { script: Record<string, string>; user: Record<string, string>; document: Record<string, string> };

export function emptyPropertyStores(): PropertyStores {
  return { script: {}, user: {}, document: {} };
}

export function createPropertiesServiceDouble(stores: PropertyStores, log: CallLog) {
  const count = (method: string) => log.record('PropertiesService', method);
  const properties = (store: Record<string, string>) => {
    const self = {
      getProperty(key: string): string | null {
        count('getProperty');
        return Object.hasOwn(store, key) ? store[key]! : null;
      },
      setProperty(key: string, value: unknown) {
        count('setProperty');
        store[key] = String(value);
        return self;
      },
      getProperties(): Record<string, string> {
        count('getProperties');
        return { ...store };
      },
      setProperties(values: Record<string, unknown>, deleteAllOthers = false) {
        count('setProperties');
        if (deleteAllOthers) for (const k of Object.keys(store)) delete store[k];
        for (const [k, v] of Object.entries(values)) store[k] = String(v);
        return self;
      },
      deleteProperty(key: string) {
        count('deleteProperty');
        delete store[key];
        return self;
      },
      deleteAllProperties() {
        count('deleteAllProperties');
        for (const k of Object.keys(store)) delete store[k];
        return self;
      },
      getKeys(): string[] {
        count('getKeys');
        return Object.keys(store);
      },
    };
    return self;
  };
  return {
    getScriptProperties: () => properties(stores.script),
    getUserProperties: () => properties(stores.user),
    getDocumentProperties: () => properties(stores.document),
  };
}
