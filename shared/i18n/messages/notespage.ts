import type { Messages } from '../message.ts';

/**
 * Messages of the notes page (the after-meeting editor in its own tab) and of the side panel's
 * summary that opens it. Keys start with "notespage.".
 */
export const notespageMessages = {
  'notespage.title': { en: 'Meeting notes — Cocreate', fr: 'Notes de réunion — Cocreate' },
  'notespage.summary': {
    en: '{title} — annotations recorded: {count}.',
    fr: '{title} — annotations consignées : {count}.',
  },
  'notespage.openHint': {
    en: 'Correct, send and download the notes in a full tab.',
    fr: 'Corrigez, envoyez et téléchargez les notes dans un onglet complet.',
  },
  'notespage.open': { en: 'Open the notes', fr: 'Ouvrir les notes' },
  'notespage.notFound': {
    en: 'This meeting is not on this computer. Open its notes from the Cocreate side panel.',
    fr: 'Cette réunion ne se trouve pas sur cet ordinateur. Ouvrez ses notes depuis le panneau latéral de Cocreate.',
  },
} satisfies Messages;
