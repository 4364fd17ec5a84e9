import type { Messages } from '../message.ts';

/** Who receives the coordinator console's weekly email (Dashboard tab). Keys start with "digest.". */
export const digestMessages = {
  'digest.recipients': { en: 'Who receives it', fr: 'Destinataires' },
  'digest.recipientsHelp': {
    en: 'Only active members with the coordinator role are listed. Their addresses stay in the script’s properties, never in the spreadsheet.',
    fr: 'Seuls les membres actifs ayant le rôle de coordination figurent ici. Leurs adresses restent dans les propriétés du script, jamais dans le classeur.',
  },
  'digest.noCoordinators': { en: 'No active member has the coordinator role.', fr: 'Aucun membre actif n’a le rôle de coordination.' },
  'digest.email': { en: 'Email address of {name}', fr: 'Adresse courriel de {name}' },
  'digest.language': { en: 'Language of the email to {name}', fr: 'Langue du courriel à {name}' },
  'digest.save': { en: 'Save for {name}', fr: 'Enregistrer pour {name}' },
  'digest.saved': { en: 'Saved. {name} receives it at {email}.', fr: 'Enregistré. {name} le reçoit à {email}.' },
  'digest.removed': { en: 'Saved. {name} no longer receives it.', fr: 'Enregistré. {name} ne le reçoit plus.' },
  'digest.error.email': { en: 'Enter an email address such as name@example.org, or leave it empty.', fr: 'Saisissez une adresse courriel comme nom@exemple.org, ou laissez le champ vide.' },
  'digest.error.notCoordinator': { en: 'Only an active coordinator can receive the weekly email.', fr: 'Seul un coordonnateur actif peut recevoir le courriel hebdomadaire.' },
  'digest.error.noRecipient': {
    en: 'Give at least one coordinator’s email address before turning the weekly email on.',
    fr: 'Indiquez l’adresse courriel d’au moins un coordonnateur avant d’activer le courriel hebdomadaire.',
  },
  'digest.error.onOff': { en: 'Say whether the weekly email is on or off.', fr: 'Indiquez si le courriel hebdomadaire est activé ou non.' },
} satisfies Messages;
