import { ledgerTabTitle } from '../../../shared/ledger/layout/index.ts';

/** Tab titles the web app reads and writes, as the layout names them. */
export const EVENT_LOG_TAB = ledgerTabTitle('log');
export const MEMBERS_TAB = ledgerTabTitle('members');
