/** Tab titles the web app reads and writes; the layout (shared/ledger/layout) names every tab. */
export const EVENT_LOG_TAB = 'Events';
export const MEMBERS_TAB = 'Members';
