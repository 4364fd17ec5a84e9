import type { LocalEnv } from '../services/local-env.ts';

/** The browser's clock, UUIDs and randomness. */
export const systemEnv: LocalEnv & { random: () => number } = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  random: () => Math.random(),
};
