import type { Messages } from '../message.ts';

/** Messages of the apps-script area. Keys start with "apps-script.". */
export const appsScriptMessages = {
} satisfies Messages;
