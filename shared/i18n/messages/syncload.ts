import type { Messages } from '../message.ts';

/** Messages of the sync under load: throttled ledger, the sync status's truth, refused events. Keys start with "syncload.". */
export const syncloadMessages = {
  // Said by the ledger web app (English on the wire; clients show their own text by code).
  'syncload.server.throttled': {
    en: 'The ledger is receiving more requests than Google allows per minute. Nothing was stored; send again after the time given.',
    fr: 'Le registre reçoit plus de demandes par minute que Google ne le permet. Rien n’a été enregistré ; renvoyez après le délai indiqué.',
  },

  // The side panel's and popup's sync status: what is happening now, in plain words.
  'syncload.status.busy': {
    en: 'The ledger asked to wait a moment. Everything stays saved here and is sent again by itself.',
    fr: 'Le registre a demandé d’attendre un peu. Tout reste enregistré ici et sera renvoyé automatiquement.',
  },
  'syncload.status.aboutToSend': {
    en: 'New entries will be sent to the ledger in a few seconds.',
    fr: 'Les nouvelles entrées seront envoyées au registre dans quelques secondes.',
  },
  'syncload.status.nothingYet': {
    en: 'Connected to the ledger. Nothing to send yet.',
    fr: 'Connecté au registre. Rien à envoyer pour l’instant.',
  },
  'syncload.status.nextTry': { en: 'Next try at {time}', fr: 'Prochain essai à {time}' },

  // Refused changes: an entry the ledger failed on can be corrected and sent again.
  'syncload.rejected.reason.internal': {
    en: 'the ledger failed every time it received this entry; correct it and send it again',
    fr: 'le registre a échoué chaque fois qu’il a reçu cette entrée ; corrigez-la et renvoyez-la',
  },
  'syncload.rejected.edit': { en: 'Correct the text', fr: 'Corriger le texte' },
  'syncload.rejected.editLabel': { en: 'Text of the refused entry', fr: 'Texte de l’entrée refusée' },
  'syncload.rejected.sendEdited': { en: 'Send this entry again', fr: 'Renvoyer cette entrée' },
  // The ledger's own sentence (which field, which limit) is English only: said so, then quoted.
  'syncload.rejected.ledgerSays': { en: 'The ledger says:', fr: 'Le registre indique (en anglais) :' },
  'syncload.rejected.sentAgain': {
    en: 'The corrected entry is queued and will be sent.',
    fr: 'L’entrée corrigée est en file d’attente et sera envoyée.',
  },
} satisfies Messages;
