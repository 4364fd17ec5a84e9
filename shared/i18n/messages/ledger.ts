import type { Messages } from '../message.ts';

/** Messages of the ledger area. Keys start with "ledger.". */
export const ledgerMessages = {
} satisfies Messages;
