import type { Messages } from '../message.ts';

/** Messages of ledger integrity (record authority, strict payloads, bounds). Keys start with "integrity.". */
export const integrityMessages = {
  'integrity.forbidden.record': {
    en: 'This {kind} (“{id}”) was created by another member ({owner}); {who} may change it.',
    fr: 'Cet enregistrement ({kind} « {id} ») a été créé par un autre membre ({owner}); {who} peut le modifier.',
  },
  'integrity.kind.annotation': { en: 'annotation', fr: 'annotation' },
  'integrity.kind.tag': { en: 'document tag', fr: 'étiquette de document' },
  'integrity.kind.commitment': { en: 'commitment', fr: 'engagement' },
  'integrity.kind.proposal': { en: 'proposal', fr: 'proposition' },
  'integrity.kind.signoff': { en: 'sign-off', fr: 'approbation' },
  'integrity.kind.verdict': { en: 'partnership verdict', fr: 'verdict de partenariat' },
  'integrity.kind.procedure': { en: 'sign-off procedure', fr: 'procédure d’approbation' },
  'integrity.kind.workplan': { en: 'work plan', fr: 'plan de travail' },
  'integrity.kind.meeting': { en: 'meeting', fr: 'réunion' },
  'integrity.kind.stakeholder': { en: 'stakeholder', fr: 'partie prenante' },
  'integrity.kind.outreach': { en: 'outreach activity', fr: 'activité de sensibilisation' },
  'integrity.kind.update': { en: 'progress update', fr: 'mise à jour des progrès' },
  'integrity.kind.plan': { en: 'action plan', fr: 'plan d’action' },
  'integrity.kind.irm': { en: 'IRM assessment', fr: 'évaluation du MEI' },
  'integrity.who.owner': { en: 'only its author', fr: 'seul son auteur' },
  'integrity.who.owner_or_coordinator': { en: 'only its author or a coordinator', fr: 'seul son auteur ou un coordonnateur' },
  'integrity.who.owner_side': { en: 'only a member of the side that created it', fr: 'seul un membre de la partie qui l’a créé' },
  'integrity.who.owner_side_or_coordinator': {
    en: 'only a member of the side that created it or a coordinator',
    fr: 'seul un membre de la partie qui l’a créé ou un coordonnateur',
  },
  'integrity.who.coordinators': { en: 'only a coordinator', fr: 'seul un coordonnateur' },
  'integrity.invalid.foreignField': {
    en: 'This field does not belong in an event of type “{type}”; it is recorded by another event, or not at all.',
    fr: 'Ce champ n’a pas sa place dans un événement de type « {type} »; il est consigné par un autre événement, ou pas du tout.',
  },
  'integrity.invalid.notesInSnapshot': {
    en: 'A meeting snapshot cannot set the notes status: notes are drafted, approved and published by their own events.',
    fr: 'Un instantané de réunion ne peut pas fixer l’état du compte rendu : celui-ci est rédigé, approuvé et publié par ses propres événements.',
  },
  'integrity.invalid.versionHash': {
    en: 'The version hash does not match this commitment’s text (the ledger computes {expected}); send the hash of the text you send.',
    fr: 'L’empreinte de version ne correspond pas au texte de cet engagement (le registre calcule {expected}); envoyez l’empreinte du texte que vous envoyez.',
  },
  'integrity.invalid.unknownVersion': {
    en: 'This sign-off names a version of commitment “{id}” that the ledger has not stored; sync the commitment first.',
    fr: 'Cette approbation désigne une version de l’engagement « {id} » que le registre n’a pas enregistrée; synchronisez d’abord l’engagement.',
  },
  'integrity.forbidden.inclusion': {
    en: 'Only the government side decides whether a commitment is included (R20); send it with the inclusion decision “pending”.',
    fr: 'Seule la partie gouvernementale décide de l’inclusion d’un engagement (R20); envoyez-le avec la décision d’inclusion « pending ».',
  },
  'integrity.invalid.cellTooLong': {
    en: 'This event is too long to store: its {column} would take {length} characters in one cell (Google Sheets allows {maximum}); the longest field is {path}.',
    fr: 'Cet événement est trop long pour être enregistré : sa colonne {column} prendrait {length} caractères dans une cellule (Google Sheets en permet {maximum}); le champ le plus long est {path}.',
  },
  'integrity.tooDeep': {
    en: 'The request is nested more than {maximum} levels deep.',
    fr: 'La requête comporte plus de {maximum} niveaux d’imbrication.',
  },
  'integrity.bodyTooLarge': {
    en: 'The request body is larger than {maximum} bytes; send fewer events per request.',
    fr: 'Le corps de la requête dépasse {maximum} octets; envoyez moins d’événements par requête.',
  },
} as const satisfies Messages;
