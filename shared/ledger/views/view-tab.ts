/** The ledger tabs that are views folded from the event log (DESIGN §3), in the order they appear. */
export const VIEW_TABS = [
  'dashboard',
  'commitments',
  'milestones',
  'indicators',
  'updates',
  'decisions',
  'actions',
  'signoffs',
  'meetings',
  'proposals',
  'stakeholders',
  'outreach',
  'irm',
] as const;
export type ViewTab = (typeof VIEW_TABS)[number];
