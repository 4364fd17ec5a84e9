/** Labels of the tabs the writer keeps for itself (the Index and the plan store), in both languages. */
export const ledgerStoreMessages = {
  'ledger-store.tab.index': { en: 'Index (kept by the ledger script)', fr: 'Index (tenu par le script du registre)' },
  'ledger-store.tab.plan': { en: 'Plan records (kept by the ledger script)', fr: 'Fiches du plan (tenues par le script du registre)' },
} as const;
