import { translate } from '../../../shared/i18n/translate.ts';
import { encodeMemberRow, isActiveMember } from '../../../shared/ledger/members-codec.ts';
import { MEMBERS_TAB } from './ledger-tabs.ts';
import { readMembers } from './resolve-member.ts';
import { readTabs, writeRow } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { forgetMembers } from './token-index.ts';
import { userLanguage } from './user-language.ts';

/**
 * Menu: stops one member's token from working by stamping `revokedAt` on their row; the row stays so
 * past events still name who wrote them. Asks for the member id or exact name, then confirms.
 */
export function revokeMemberToken(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const title = translate('apps-script.revoke.title', lang);
  const asked = ui.prompt(title, translate('apps-script.revoke.ask', lang), ui.ButtonSet.OK_CANCEL);
  const query = asked.getResponseText().trim();
  if (asked.getSelectedButton() !== ui.Button.OK || query === '') {
    ui.alert(title, translate('apps-script.revoke.cancelled', lang), ui.ButtonSet.OK);
    return;
  }
  const spreadsheetId = ledgerSpreadsheetId();
  const [rows = []] = readTabs(spreadsheetId, [MEMBERS_TAB]);
  const active = readMembers(rows).filter((m) => isActiveMember(m.record));
  const byId = active.filter((m) => m.record.id === query);
  const matches = byId.length > 0 ? byId : active.filter((m) => m.record.name === query);
  if (matches.length === 0) {
    ui.alert(title, translate('apps-script.revoke.notFound', lang, { query }), ui.ButtonSet.OK);
    return;
  }
  if (matches.length > 1) {
    ui.alert(title, translate('apps-script.revoke.ambiguous', lang, { query }), ui.ButtonSet.OK);
    return;
  }
  const { row, record } = matches[0]!;
  const confirm = ui.alert(title, translate('apps-script.revoke.confirm', lang, { name: record.name, org: record.org }), ui.ButtonSet.YES_NO);
  if (confirm !== ui.Button.YES) {
    ui.alert(title, translate('apps-script.revoke.cancelled', lang), ui.ButtonSet.OK);
    return;
  }
  writeRow(spreadsheetId, MEMBERS_TAB, row, encodeMemberRow({ ...record, revokedAt: new Date().toISOString() }));
  forgetMembers();
  ui.alert(title, translate('apps-script.revoke.done', lang, { name: record.name }), ui.ButtonSet.OK);
}
