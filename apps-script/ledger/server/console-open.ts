import { translate } from '../../../shared/i18n/translate.ts';
import { userLanguage } from './user-language.ts';

/** Menu: the coordinator console, the built `Console.html` (apps-script/ledger/sidebar/Console.page.tsx), as a sidebar. */
export function openCoordinatorConsole(): void {
  const html = HtmlService.createHtmlOutputFromFile('Console').setTitle(translate('console.title', userLanguage()));
  SpreadsheetApp.getUi().showSidebar(html);
}
