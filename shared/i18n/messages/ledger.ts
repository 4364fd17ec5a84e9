import type { Messages } from '../message.ts';

/** Messages of the ledger area. Keys start with "ledger.". */
export const ledgerMessages = {
  'ledger.cell.notNumber': { en: 'This cell should hold a number, not “{text}”.', fr: 'Cette cellule devrait contenir un nombre, et non « {text} ».' },
  'ledger.cell.notInteger': { en: 'This cell should hold a whole number, not “{text}”.', fr: 'Cette cellule devrait contenir un nombre entier, et non « {text} ».' },
  'ledger.cell.notBoolean': { en: 'This cell should hold TRUE or FALSE, not “{text}”.', fr: 'Cette cellule devrait contenir TRUE ou FALSE, et non « {text} ».' },
  'ledger.cell.notJson': { en: 'This cell should hold JSON data written by Cocreate; it cannot be read.', fr: 'Cette cellule devrait contenir des données JSON écrites par Cocreate; elle est illisible.' },
  'ledger.cell.notText': { en: 'This cell holds a value that is not text (perhaps a date typed by hand).', fr: 'Cette cellule contient une valeur qui n’est pas du texte (peut-être une date saisie à la main).' },
  'ledger.grid.version': { en: 'This row has format version “{found}”; this version of Cocreate reads version {expected}.', fr: 'Cette ligne est au format version « {found} »; cette version de Cocreate lit la version {expected}.' },
  'ledger.forbidden.role': { en: 'Your roles do not allow “{type}” events; that needs one of: {roles}.', fr: 'Vos rôles ne permettent pas les événements « {type} »; il faut l’un de ces rôles : {roles}.' },
  'ledger.forbidden.side': { en: 'The role {role} only counts for a member of the side “{side}”; ask your coordinator to correct your side or role.', fr: 'Le rôle {role} ne vaut que pour un membre du côté « {side} »; demandez à votre coordonnateur de corriger votre côté ou votre rôle.' },
  'ledger.invalid.event': { en: 'This event is not valid: {path}: {detail}', fr: 'Cet événement n’est pas valide : {path} : {detail}' },
  'ledger.chain.unreadable': { en: 'Row {row} of the event log cannot be read: {detail}', fr: 'La ligne {row} du journal des événements est illisible : {detail}' },
  'ledger.chain.seq': { en: 'Row {row} has sequence number {seq} where {expected} was expected: a row was removed, added or moved.', fr: 'La ligne {row} porte le numéro de séquence {seq} au lieu de {expected} : une ligne a été supprimée, ajoutée ou déplacée.' },
  'ledger.chain.prevHash': { en: 'Row {row} does not link to the row before it: a row was removed, added or changed before it.', fr: 'La ligne {row} n’est pas liée à la ligne précédente : une ligne a été supprimée, ajoutée ou modifiée avant elle.' },
  'ledger.chain.hash': { en: 'Row {row} was changed after it was written: its content no longer matches its hash.', fr: 'La ligne {row} a été modifiée après son écriture : son contenu ne correspond plus à son empreinte.' },
  'ledger.chain.missingHead': { en: 'The head {hash} published outside the sheet is not in the event log: rows after row {last} may have been removed, or the hash was copied wrong.', fr: 'La tête {hash} publiée hors du classeur n’est pas dans le journal des événements : des lignes après la ligne {last} ont peut-être été supprimées, ou l’empreinte a été mal copiée.' },
  'ledger.chain.ok': { en: 'The event log is intact: {count} events, head {hash}.', fr: 'Le journal des événements est intact : {count} événements, tête {hash}.' },
  'ledger.chain.header': { en: 'Row 1 of the event log is not the header Cocreate wrote; the tab may have been edited by hand.', fr: 'La ligne 1 du journal des événements n’est pas l’en-tête écrit par Cocreate; l’onglet a peut-être été modifié à la main.' },
  'ledger.invalid.entityMismatch': { en: 'The entityId does not name the same record as the payload.', fr: 'L’entityId ne désigne pas le même enregistrement que le contenu de l’événement.' },
  'ledger.invalid.responseRequired': { en: 'A proposal that is not adopted as is needs a reasoned response.', fr: 'Une proposition qui n’est pas adoptée telle quelle exige une réponse motivée.' },
} satisfies Messages;
