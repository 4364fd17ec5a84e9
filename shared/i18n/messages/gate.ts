import type { Messages } from '../message.ts';

/**
 * Messages of the ledger's own publication gate (both co-chairs approved the notes), of cancelling a
 * meeting from the console, and of the Outreach tab's added columns. Keys start with "gate.".
 */
export const gateMessages = {
  'gate.invalid.noDraft': {
    en: 'No notes draft of meeting “{id}” is stored: a note-taker sends the draft, both co-chairs approve it, then it is published.',
    fr: 'Aucune ébauche de compte rendu de la réunion « {id} » n’est enregistrée : le preneur de notes envoie l’ébauche, les deux coprésidences l’approuvent, puis elle est publiée.',
  },
  'gate.invalid.noVersion': {
    en: 'this publication of meeting “{id}” does not name the notes version both co-chairs approved.',
    fr: 'cette publication de la réunion « {id} » ne désigne pas la version du compte rendu approuvée par les deux coprésidences.',
  },
  'gate.invalid.notApproved': {
    en: 'The notes of meeting “{id}” cannot be published yet: this version of the current draft has no approval from the co-chair of: {sides}.',
    fr: 'Le compte rendu de la réunion « {id} » ne peut pas encore être publié : cette version de l’ébauche actuelle n’a pas été approuvée par la coprésidence de : {sides}.',
  },
  'gate.invalid.stale': {
    en: 'The approval of meeting “{id}” by the co-chair of {sides} is out of date (it names another draft or version, or the notes changed after it): the current draft must be approved again before it is published.',
    fr: 'L’approbation de la réunion « {id} » par la coprésidence de {sides} n’est plus à jour (elle désigne une autre ébauche ou version, ou le compte rendu a changé depuis) : l’ébauche actuelle doit être approuvée de nouveau avant sa publication.',
  },
  'gate.cancel.button': { en: 'Cancel meeting', fr: 'Annuler la réunion' },
  'gate.cancel.buttonLabel': { en: 'Cancel {title}', fr: 'Annuler {title}' },
  'gate.cancel.title': { en: 'Cancel meeting: {title}', fr: 'Annuler la réunion : {title}' },
  'gate.cancel.intro': {
    en: 'The meeting stays in the ledger, marked cancelled with your reason; the calendar file tells calendars to remove it.',
    fr: 'La réunion reste au registre, marquée comme annulée avec votre raison; le fichier de calendrier indique aux agendas de la retirer.',
  },
  'gate.cancel.reasonEn': { en: 'Reason (English)', fr: 'Raison (anglais)' },
  'gate.cancel.reasonFr': { en: 'Reason (French)', fr: 'Raison (français)' },
  'gate.cancel.confirm': { en: 'Cancel this meeting', fr: 'Annuler cette réunion' },
  'gate.cancel.keep': { en: 'Keep the meeting', fr: 'Garder la réunion' },
  'gate.cancel.done': { en: 'The meeting is cancelled.', fr: 'La réunion est annulée.' },
  'gate.cancel.status': { en: 'Cancelled: {reason}', fr: 'Annulée : {reason}' },
  'gate.cancel.error.reasonEn': { en: 'Say in English why the meeting is cancelled.', fr: 'Indiquez en anglais pourquoi la réunion est annulée.' },
  'gate.cancel.error.reasonFr': { en: 'Say in French why the meeting is cancelled.', fr: 'Indiquez en français pourquoi la réunion est annulée.' },
  'gate.cancel.error.already': { en: 'This meeting is already cancelled.', fr: 'Cette réunion est déjà annulée.' },
  'gate.cancel.error.held': { en: 'This meeting has already been held: it cannot be cancelled.', fr: 'Cette réunion a déjà eu lieu : elle ne peut pas être annulée.' },
} satisfies Messages;
