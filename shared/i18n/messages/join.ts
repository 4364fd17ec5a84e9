import type { Messages } from '../message.ts';

/**
 * Joining a meeting already in the ledger (issue 14 item 4): the side panel's join list and what a
 * joiner may or may not write about a meeting record that is another member's. Keys start with "join.".
 */
export const joinMessages = {
  'join.heading': { en: 'Join a meeting from the ledger', fr: 'Se joindre à une réunion du registre' },
  'join.button': { en: 'Join {title}, {day} at {time}, scheduled by {name}', fr: 'Me joindre à {title}, le {day} à {time}, prévue par {name}' },
  'join.joined': {
    en: 'Record kept by {name}: ending here ends only your participation.',
    fr: 'Dossier tenu par {name} : terminer ici ne met fin qu’à votre participation.',
  },
  'join.error.draftNotYours': {
    en: 'The notes draft of this meeting is sent by {name}, who keeps its record, or by a coordinator. Your annotations reach the ledger with the next sync.',
    fr: 'L’ébauche des notes de cette réunion est envoyée par {name}, qui en tient le dossier, ou par un coordonnateur. Vos annotations parviennent au registre à la prochaine synchronisation.',
  },
  'join.error.notJoinable': {
    en: 'This meeting can no longer be joined: it was held, or the ledger no longer lists it.',
    fr: 'Il n’est plus possible de se joindre à cette réunion : elle a eu lieu, ou le registre ne la présente plus.',
  },
  'join.merged': {
    en: 'These notes also hold {count} annotations other attendees made, from the ledger.',
    fr: 'Ces notes comprennent aussi {count} annotations d’autres participants, tirées du registre.',
  },
} satisfies Messages;
