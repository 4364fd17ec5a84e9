import type { Messages } from '../message.ts';

/** Messages of the ledger exports area. Keys start with "exports.". */
export const exportsMessages = {
} satisfies Messages;
