import type { Messages } from '../message.ts';

/** Messages of the extension area. Keys start with "extension.". */
export const extensionMessages = {
} satisfies Messages;
