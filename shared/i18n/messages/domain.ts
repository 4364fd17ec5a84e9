import type { Messages } from '../message.ts';

/** Messages of the domain area. Keys start with "domain.". */
export const domainMessages = {
} satisfies Messages;
