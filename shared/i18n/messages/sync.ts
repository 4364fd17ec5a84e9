import type { Messages } from '../message.ts';

/** Messages of the extension's storage and sync (services, background). Keys start with "sync.". */
export const syncMessages = {
} satisfies Messages;
