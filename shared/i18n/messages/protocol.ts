import type { Messages } from '../message.ts';

/**
 * Messages of the protocol area. Keys start with "protocol.". `protocol.error.<code>` and
 * `protocol.event.<code>` are what clients show for a code; the others are the precise sentences the
 * web app sends (in English on the wire, both languages here for clients that want them).
 */
export const protocolMessages = {
  'protocol.error.bad_request': { en: 'The ledger could not understand the request; update the extension or add-on and try again.', fr: 'Le registre n’a pas compris la requête; mettez à jour l’extension ou le module complémentaire et réessayez.' },
  'protocol.error.unauthorized': { en: 'Your member token was not accepted; ask your coordinator for a new one.', fr: 'Votre jeton de membre n’a pas été accepté; demandez-en un nouveau à votre coordonnateur.' },
  'protocol.error.too_large': { en: 'The request was too large and nothing was saved; send fewer events or shorter texts.', fr: 'La requête était trop volumineuse et rien n’a été enregistré; envoyez moins d’événements ou des textes plus courts.' },
  'protocol.error.busy': { en: 'The ledger is busy and nothing was saved; it will be tried again shortly.', fr: 'Le registre est occupé et rien n’a été enregistré; un nouvel essai aura lieu sous peu.' },
  'protocol.error.internal': { en: 'The ledger had an internal problem and nothing was saved; try again later.', fr: 'Le registre a éprouvé un problème interne et rien n’a été enregistré; réessayez plus tard.' },
  'protocol.event.invalid': { en: 'This entry was refused because it is not valid.', fr: 'Cette entrée a été refusée parce qu’elle n’est pas valide.' },
  'protocol.event.forbidden': { en: 'This entry was refused because your role does not allow it.', fr: 'Cette entrée a été refusée parce que votre rôle ne le permet pas.' },
  'protocol.notJson': { en: 'The request body is not valid JSON.', fr: 'Le corps de la requête n’est pas du JSON valide.' },
  'protocol.notObject': { en: 'The request body must be a JSON object.', fr: 'Le corps de la requête doit être un objet JSON.' },
  'protocol.wrongVersion': { en: 'This ledger speaks protocol version 1, not “{found}”; update the extension or add-on.', fr: 'Ce registre utilise la version 1 du protocole, et non « {found} »; mettez à jour l’extension ou le module complémentaire.' },
  'protocol.missingVersion': { en: 'The request does not say its protocol version; this ledger speaks version 1.', fr: 'La requête n’indique pas sa version du protocole; ce registre utilise la version 1.' },
  'protocol.missingOp': { en: 'The request does not say what to do; use append, pull or whoami.', fr: 'La requête n’indique pas quoi faire; utilisez append, pull ou whoami.' },
  'protocol.unknownOp': { en: 'The operation “{op}” is not known; use append, pull or whoami.', fr: 'L’opération « {op} » est inconnue; utilisez append, pull ou whoami.' },
  'protocol.missingToken': { en: 'The request carries no member token; ask your coordinator for one.', fr: 'La requête ne contient aucun jeton de membre; demandez-en un à votre coordonnateur.' },
  'protocol.noEvents': { en: 'An append request must carry a list of at least one event.', fr: 'Une requête d’ajout doit contenir une liste d’au moins un événement.' },
  'protocol.tooManyEvents': { en: 'A request may carry at most {maximum} events, not {count}; send them in smaller batches.', fr: 'Une requête peut contenir au plus {maximum} événements, et non {count}; envoyez-les en lots plus petits.' },
  'protocol.textTooLong': { en: 'The text at {path} is longer than {maximum} characters; nothing was saved and nothing was cut.', fr: 'Le texte à {path} dépasse {maximum} caractères; rien n’a été enregistré ni tronqué.' },
  'protocol.badField': { en: 'The field “{path}” is not valid: {detail}', fr: 'Le champ « {path} » n’est pas valide : {detail}' },
} satisfies Messages;
