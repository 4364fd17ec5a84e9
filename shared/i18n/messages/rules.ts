import type { Messages } from '../message.ts';

/** Messages of the rules area. Keys start with "rules.". */
export const rulesMessages = {
} satisfies Messages;
