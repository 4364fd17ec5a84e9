import type { Messages } from '../message.ts';

/** Messages for values that fail a schema, chosen by the zod issue code. Keys start with "schema.". */
export const schemaMessages = {
  'schema.required': { en: 'This field is required.', fr: 'Ce champ est obligatoire.' },
  'schema.tooShort': { en: 'Enter at least {minimum} characters.', fr: 'Saisissez au moins {minimum} caractères.' },
  'schema.tooLong': { en: 'Enter at most {maximum} characters.', fr: 'Saisissez au plus {maximum} caractères.' },
  'schema.tooFew': { en: 'Give at least {minimum} items.', fr: 'Indiquez au moins {minimum} éléments.' },
  'schema.atLeastOne': { en: 'Give at least one item.', fr: 'Indiquez au moins un élément.' },
  'schema.sha256': { en: 'Expected a SHA-256 fingerprint (64 hexadecimal characters).', fr: 'Empreinte SHA-256 attendue (64 caractères hexadécimaux).' },
  'schema.tooMany': { en: 'Give at most {maximum} items.', fr: 'Indiquez au plus {maximum} éléments.' },
  'schema.tooSmall': { en: 'Enter a number of at least {minimum}.', fr: 'Saisissez un nombre d’au moins {minimum}.' },
  'schema.tooBig': { en: 'Enter a number of at most {maximum}.', fr: 'Saisissez un nombre d’au plus {maximum}.' },
  'schema.wrongType': { en: 'This value has the wrong type (expected {expected}).', fr: 'Cette valeur n’est pas du bon type ({expected} attendu).' },
  'schema.badFormat': { en: 'This value is not in the expected format ({format}).', fr: 'Cette valeur n’a pas le format attendu ({format}).' },
  'schema.notAllowed': { en: 'Choose one of: {values}.', fr: 'Choisissez parmi : {values}.' },
  'schema.unknownKind': { en: 'This kind of record is not known.', fr: 'Ce type d’enregistrement est inconnu.' },
  'schema.unknownFields': { en: 'Remove the fields that are not expected: {keys}.', fr: 'Retirez les champs inattendus : {keys}.' },
  'schema.invalid': { en: 'This value is not valid.', fr: 'Cette valeur n’est pas valide.' },
} satisfies Messages;
