import type { BilingualText } from '../domain/bilingual-text.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { bilingualMessage, type MessageParams } from '../i18n/translate.ts';
import type { DocLocation } from './document-model.ts';

/**
 * Something the parser could not read, or read only by assuming something it says: `warn` when text
 * was left out, `info` when it was read but the drafter should tidy it. Never a guess kept silent.
 */
export type ReadFinding = {
  key: MessageKey;
  severity: 'warn' | 'info';
  message: BilingualText;
  location: DocLocation;
  commitmentCode?: string;
};

export function readFinding(
  key: MessageKey,
  severity: ReadFinding['severity'],
  location: DocLocation,
  params?: MessageParams,
  commitmentCode?: string,
): ReadFinding {
  return { key, severity, message: bilingualMessage(key, params), location, ...(commitmentCode ? { commitmentCode } : {}) };
}
