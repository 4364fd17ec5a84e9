import { translate } from '../../../shared/i18n/translate.ts';

/** `doGet`: a plain health page in both languages; it reads nothing from the ledger. */
export function handleGet(): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(`${translate('apps-script.health', 'en')}\n${translate('apps-script.health', 'fr')}\n`).setMimeType(
    ContentService.MimeType.TEXT,
  );
}
