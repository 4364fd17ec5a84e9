import type { Messages } from '../message.ts';

/** Messages of the protocol area. Keys start with "protocol.". */
export const protocolMessages = {
} satisfies Messages;
