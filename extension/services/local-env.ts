/** Time and ids, passed in so tests use fixed ones (the real ones: adapters/system-env.ts). */
export type LocalEnv = {
  now: () => Date;
  /** A fresh random UUID (v4). */
  newId: () => string;
};
