import type { Messages } from '../message.ts';

/** Messages of the sync under load: throttled ledger, the sync status's truth, refused events. Keys start with "syncload.". */
export const syncloadMessages = {
  // Said by the ledger web app (English on the wire; clients show their own text by code).
  'syncload.server.throttled': {
    en: 'The ledger is receiving more requests than Google allows per minute. Nothing was stored; send again after the time given.',
    fr: 'Le registre reçoit plus de demandes par minute que Google ne le permet. Rien n’a été enregistré ; renvoyez après le délai indiqué.',
  },
} satisfies Messages;
