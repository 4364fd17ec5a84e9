import type { Messages } from '../message.ts';

/**
 * Messages of the console's Meetings tab beyond scheduling: editing a meeting, the co-chairs' approval
 * of drafted notes and their publication to a Google Doc. Keys start with "publish.".
 */
export const publishMessages = {
  'publish.tab.repository': { en: 'Repository', fr: 'Répertoire' },
  'publish.edit': { en: 'Edit', fr: 'Modifier' },
  'publish.editLabel': { en: 'Edit {title}', fr: 'Modifier {title}' },
  'publish.editTitle': { en: 'Edit meeting: {title}', fr: 'Modifier la réunion : {title}' },
  'publish.saveChanges': { en: 'Save changes', fr: 'Enregistrer les modifications' },
  'publish.cancelEdit': { en: 'Cancel editing', fr: 'Annuler la modification' },
  'publish.error.noMeeting': { en: 'That meeting is not in the ledger (it may have been removed). Reload the console.', fr: 'Cette réunion ne figure pas au registre (elle a peut-être été retirée). Rechargez la console.' },

  'publish.notesTitle': { en: 'Notes: approval and publication', fr: 'Comptes rendus : approbation et publication' },
  'publish.notesIntro': {
    en: 'A note-taker sends the draft from the extension’s notes page. Both co-chairs approve the same version, each for their side; then the notes are published as a Google Doc in English and French, with the ledger’s chain head printed in them.',
    fr: 'Le preneur de notes envoie l’ébauche depuis la page des notes de l’extension. Les deux coprésidences approuvent la même version, chacune pour sa partie; le compte rendu est ensuite publié en Google Doc, en anglais et en français, avec la tête de la chaîne du registre imprimée.',
  },
  'publish.noDrafts': { en: 'No notes draft has been sent for review yet.', fr: 'Aucune ébauche de compte rendu n’a encore été soumise.' },
  'publish.drafted': { en: 'Draft sent by {name} on {date}: {count} statements, in {languages}.', fr: 'Ébauche soumise par {name} le {date} : {count} énoncés, en {languages}.' },
  'publish.preview': { en: 'Read the draft ({language})', fr: 'Lire l’ébauche ({language})' },
  'publish.approvedBy': { en: '{side}: approved by {name} on {date}', fr: '{side} : approuvé par {name} le {date}' },
  'publish.approvedStale': { en: '{side}: {name} approved an earlier version; the draft changed since', fr: '{side} : {name} a approuvé une version antérieure; l’ébauche a changé depuis' },
  'publish.notApprovedYet': { en: '{side}: not approved yet', fr: '{side} : pas encore approuvé' },
  'publish.approveFor.government': { en: 'Approve for the government', fr: 'Approuver pour le gouvernement' },
  'publish.approveFor.csn': { en: 'Approve for the civil society network', fr: 'Approuver pour le Réseau de la société civile' },
  'publish.coChairToken': { en: 'Co-chair’s member token', fr: 'Jeton de membre de la coprésidence' },
  'publish.coChairTokenHint': {
    en: 'Leave empty to approve as yourself ({name}, {side}). The other side’s co-chair types their own token: it is used once and never stored.',
    fr: 'Laissez vide pour approuver en votre nom ({name}, {side}). La coprésidence de l’autre partie saisit son propre jeton : il ne sert qu’une fois et n’est jamais conservé.',
  },
  'publish.approved': { en: 'Approval recorded in the ledger.', fr: 'Approbation consignée au registre.' },
  'publish.folder': { en: 'Folder for the Google Doc', fr: 'Dossier du Google Doc' },
  'publish.chooseFolder': { en: 'Choose a folder in Google Drive', fr: 'Choisir un dossier dans Google Drive' },
  'publish.folderChosen': { en: 'Folder: {name}', fr: 'Dossier : {name}' },
  'publish.noFolder': { en: 'No folder chosen yet.', fr: 'Aucun dossier choisi pour l’instant.' },
  'publish.publish': { en: 'Publish to Google Docs', fr: 'Publier dans Google Docs' },
  'publish.publishing': { en: 'Publishing…', fr: 'Publication…' },
  'publish.published': { en: 'Published in Google Docs, with the chain head {head} printed in it.', fr: 'Publié dans Google Docs, avec la tête de la chaîne {head} imprimée.' },
  'publish.openDoc': { en: 'Open the Google Doc', fr: 'Ouvrir le Google Doc' },
  'publish.publishedAlready': { en: 'Notes published on {date}', fr: 'Compte rendu publié le {date}' },

  'publish.doc.link': { en: 'Published copy of these notes:', fr: 'Copie publiée de ce compte rendu :' },
  'publish.doc.name': { en: 'Meeting notes – {title}', fr: 'Compte rendu – {title}' },

  'publish.error.noDraft': { en: 'No notes draft was sent for this meeting: the note-taker sends one from the extension’s notes page.', fr: 'Aucune ébauche de compte rendu n’a été soumise pour cette réunion : le preneur de notes l’envoie depuis la page des notes de l’extension.' },
  'publish.error.wrongSide': {
    en: '{name} is a member of the {memberSide} side: only a co-chair of the {side} side approves for it.',
    fr: '{name} est membre de la partie {memberSide} : seule une coprésidence de la partie {side} peut approuver pour elle.',
  },
  'publish.error.notCoChair': {
    en: '{name} does not hold the Coordinator role: the notes are approved by each side’s co-chair, who holds it.',
    fr: '{name} n’a pas le rôle de coordonnateur : le compte rendu est approuvé par la coprésidence de chaque partie, qui détient ce rôle.',
  },
  'publish.error.badToken': { en: 'That member token was not recognised (or it was revoked).', fr: 'Ce jeton de membre n’a pas été reconnu (ou il a été révoqué).' },
  'publish.error.notApproved': {
    en: 'Both co-chairs must approve this version of the draft before it is published. Still missing: {sides}.',
    fr: 'Les deux coprésidences doivent approuver cette version de l’ébauche avant sa publication. Il manque encore : {sides}.',
  },
  'publish.error.alreadyPublished': { en: 'This version of the notes is already published: {url}', fr: 'Cette version du compte rendu est déjà publiée : {url}' },
  'publish.error.folder': { en: 'Choose the Google Drive folder the notes go in.', fr: 'Choisissez le dossier Google Drive où placer le compte rendu.' },
  'publish.error.folderNotReachable': {
    en: 'Google Drive did not let the console write in that folder. Choose it again with “Choose a folder in Google Drive” (the console may only use folders you pick there).',
    fr: 'Google Drive n’a pas permis à la console d’écrire dans ce dossier. Choisissez-le de nouveau avec « Choisir un dossier dans Google Drive » (la console ne peut utiliser que les dossiers que vous y choisissez).',
  },
  'publish.error.driveFailed': { en: 'Google Drive refused to create the document: {message}', fr: 'Google Drive a refusé de créer le document : {message}' },
  'publish.error.driveOff': {
    en: 'The Drive advanced service is not turned on for this script. In the Apps Script editor, add the service “Drive API” (v3), then try again.',
    fr: 'Le service avancé Drive n’est pas activé pour ce script. Dans l’éditeur Apps Script, ajoutez le service « Drive API » (v3), puis réessayez.',
  },
  'publish.error.notRecorded': {
    en: 'The Google Doc was created ({url}) but the ledger did not record it: {message} Delete that document before publishing again.',
    fr: 'Le Google Doc a été créé ({url}), mais le registre ne l’a pas consigné : {message} Supprimez ce document avant de publier de nouveau.',
  },
  'publish.error.pickerNotSetUp': {
    en: 'The folder picker is not set up: put the Google Cloud project number in the script property cocreate.picker.appId and a browser API key in cocreate.picker.apiKey (coordinator guide, §9).',
    fr: 'Le sélecteur de dossier n’est pas configuré : inscrivez le numéro du projet Google Cloud dans la propriété de script cocreate.picker.appId et une clé API de navigateur dans cocreate.picker.apiKey (guide de coordination, §9).',
  },
  'publish.error.pickerFailed': { en: 'The Google Drive folder picker could not open: {message}', fr: 'Le sélecteur de dossier Google Drive n’a pas pu s’ouvrir : {message}' },
} satisfies Messages;
