/** The store's build when it takes more than one execution (apps-script/ledger/server/build-store.ts). */
export const ledgerBuildMessages = {
  'ledgerbuild.busy': {
    en: 'The ledger is rebuilding its index from the event log. Nothing was stored; send again in a minute.',
    fr: 'Le registre reconstruit son index à partir du journal des événements. Rien n’a été enregistré; renvoyez dans une minute.',
  },
  'ledgerbuild.rebuild.continuing': {
    en: 'The views are being rebuilt from {count} events. The rest is done in the background within a few minutes; until then, members’ extensions wait and send again, and nothing is lost.',
    fr: 'Les vues sont en cours de reconstruction à partir de {count} événements. La suite se fait en arrière-plan d’ici quelques minutes; d’ici là, les extensions des membres attendent et renvoient, et rien n’est perdu.',
  },
} as const;
