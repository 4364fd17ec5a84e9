import type { Messages } from '../message.ts';

/** Messages of the ledger views area. Keys start with "views.". */
export const viewsMessages = {
} satisfies Messages;
