import type { LocalEnv } from '../../../extension/services/local-env.ts';
import { openCocreateDb } from '../../../extension/services/db.ts';

/** A clock that moves one second per reading from a fixed instant, and sequential UUIDs. */
export function fixedEnv(start = '2026-11-27T14:00:00.000Z'): LocalEnv & { advance: (ms: number) => void } {
  let time = Date.parse(start);
  let counter = 0;
  return {
    now: () => new Date(time),
    newId: () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`,
    advance: (ms) => {
      time += ms;
    },
  };
}

let dbCounter = 0;
/** A fresh database per test (fake-indexeddb keeps databases for the whole file). */
export function freshDb() {
  return openCocreateDb(`cocreate-test-${++dbCounter}-${Math.random()}`);
}

export const MEETING_ID = 'meeting-1';
