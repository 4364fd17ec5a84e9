import type { Messages } from '../message.ts';

/** Messages of the extension's storage and sync (services, background). Keys start with "sync.". */
export const syncMessages = {
  // Problems, said plainly, with what to do.
  'sync.problem.unauthorized': {
    en: 'The ledger did not accept your member token. It may have been revoked. Ask your coordinator for a new one and enter it in the options.',
    fr: 'Le registre n’a pas accepté votre jeton de membre. Il a peut-être été révoqué. Demandez-en un nouveau à votre coordonnatrice ou coordonnateur et saisissez-le dans les options.',
  },
  'sync.problem.busy': {
    en: 'The ledger is busy. Sending again shortly.',
    fr: 'Le registre est occupé. Nouvel envoi sous peu.',
  },
  'sync.problem.offline': {
    en: 'The ledger cannot be reached (no network, or the address is wrong). Trying again automatically.',
    fr: 'Le registre est injoignable (pas de réseau ou adresse erronée). Nouvel essai automatique.',
  },
  'sync.problem.rejected': {
    en: 'The ledger refused {count} of your entries. They are kept here; see the list for the reason.',
    fr: 'Le registre a refusé {count} de vos entrées. Elles sont conservées ici ; voyez la liste pour la raison.',
  },
  'sync.problem.badRequest': {
    en: 'The ledger did not understand the request. Check that the extension is up to date.',
    fr: 'Le registre n’a pas compris la demande. Vérifiez que l’extension est à jour.',
  },
  'sync.problem.tooLarge': {
    en: 'The ledger found the request too large. Sending in smaller parts.',
    fr: 'Le registre a jugé la demande trop volumineuse. Envoi en plus petites parties.',
  },
  'sync.problem.internal': {
    en: 'The ledger had an internal error. Trying again automatically.',
    fr: 'Le registre a eu une erreur interne. Nouvel essai automatique.',
  },
  'sync.problem.badResponse': {
    en: 'The address set for the ledger did not answer like a Cocreate ledger. Check the ledger URL in the options.',
    fr: 'L’adresse indiquée pour le registre n’a pas répondu comme un registre Cocreate. Vérifiez l’adresse du registre dans les options.',
  },
  'sync.problem.noPermission': {
    en: 'The ledger cannot be reached. Trying again automatically. If this keeps happening, open the options and save the ledger URL again so the extension is allowed to reach that address.',
    fr: 'Le registre est injoignable. Nouvel essai automatique. Si cela se répète, ouvrez les options et enregistrez de nouveau l’adresse du registre pour autoriser l’extension à la joindre.',
  },
  'sync.problem.notConfigured': {
    en: 'Enter the ledger URL and your member token first.',
    fr: 'Saisissez d’abord l’adresse du registre et votre jeton de membre.',
  },

  // Local storage and input.
  'sync.error.storage': {
    en: 'This could not be saved on this computer (the browser refused to store it). Nothing was changed; try again.',
    fr: 'Impossible d’enregistrer sur cet ordinateur (le navigateur a refusé). Rien n’a été modifié ; réessayez.',
  },
  'sync.error.annotationNotFound': {
    en: 'This annotation no longer exists.',
    fr: 'Cette annotation n’existe plus.',
  },
  'sync.error.meetingNotFound': { en: 'This meeting no longer exists.', fr: 'Cette réunion n’existe plus.' },
  'sync.error.ledgerUrl': {
    en: 'Enter the ledger web app’s address as your coordinator gave it, starting with https://script.google.com/ (or http://127.0.0.1 or http://localhost for a ledger on this computer).',
    fr: 'Saisissez l’adresse de l’application Web du registre telle que votre coordination vous l’a donnée, qui commence par https://script.google.com/ (ou http://127.0.0.1 ou http://localhost pour un registre sur cet ordinateur).',
  },
} satisfies Messages;
