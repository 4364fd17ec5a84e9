import { fillTemplate } from '../../../../shared/i18n/fill-template.ts';
import type { Language } from '../../../../shared/i18n/language.ts';
import { commonMessages } from '../../../../shared/i18n/messages/common.ts';
import { consoleMessages } from '../../../../shared/i18n/messages/console.ts';
import { digestMessages } from '../../../../shared/i18n/messages/digest.ts';
import { domainMessages } from '../../../../shared/i18n/messages/domain.ts';
import { outreachMessages } from '../../../../shared/i18n/messages/outreach.ts';
import { publishMessages } from '../../../../shared/i18n/messages/publish.ts';
import { gateMessages } from '../../../../shared/i18n/messages/gate.ts';
import type { MessageParams } from '../../../../shared/i18n/translate.ts';

// The console shows only its own messages (console, outreach, digest, publish) and the common and domain words (sides, roles, sectors,
// phases); whatever the server says (refusals, findings, dashboard labels) arrives already in both
// languages. Shipping these areas instead of the whole catalogue keeps Console.html under the
// 60 kB gzip of DESIGN §8 as the other surfaces add strings.
export const consoleCatalogue = { ...commonMessages, ...domainMessages, ...consoleMessages, ...outreachMessages, ...digestMessages, ...publishMessages, ...gateMessages };

export type ConsoleKey = keyof typeof consoleCatalogue;

/** One console message in one language, placeholders filled as shared/i18n/translate.ts fills them. */
export function translateConsole(key: ConsoleKey, language: Language, params?: MessageParams): string {
  return fillTemplate(consoleCatalogue[key][language], params);
}
