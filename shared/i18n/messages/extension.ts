import type { Messages } from '../message.ts';

/** Messages of the extension area (side panel, options, popup). Keys start with "extension.". */
export const extensionMessages = {
  'extension.sidepanel.title': { en: 'Cocreate meeting notes', fr: 'Notes de réunion Cocreate' },
  'extension.sidepanel.loading': { en: 'Loading…', fr: 'Chargement…' },
  'extension.sidepanel.storageUnavailable': {
    en: 'This browser refused to open the local notes database, so nothing can be saved. Check that the browser is not in a private window with storage blocked, then reopen the panel.',
    fr: 'Le navigateur a refusé d’ouvrir la base de notes locale : rien ne peut être enregistré. Vérifiez que le stockage n’est pas bloqué (fenêtre privée), puis rouvrez le panneau.',
  },

  // Meeting setup
  'extension.setup.heading': { en: 'New meeting', fr: 'Nouvelle réunion' },
  'extension.setup.title': { en: 'Meeting title', fr: 'Titre de la réunion' },
  'extension.setup.type': { en: 'Meeting type', fr: 'Type de réunion' },
  'extension.setup.venueType': { en: 'Venue', fr: 'Lieu' },
  'extension.setup.remoteUrl': { en: 'Remote link', fr: 'Lien pour participer à distance' },
  'extension.setup.remoteUrlHint': {
    en: 'Address starting with https://, so people can join from anywhere.',
    fr: 'Adresse commençant par https://, pour que chacun puisse participer à distance.',
  },
  'extension.setup.chairSide': { en: 'Chair', fr: 'Présidence' },
  'extension.setup.chairSuggested': {
    en: 'Suggested: {side}, because the last forum meeting was chaired by the other side (chairing alternates).',
    fr: 'Suggestion : {side}, car la dernière réunion du Forum était présidée par l’autre partie (la présidence alterne).',
  },
  'extension.setup.chairNoHistory': {
    en: 'No earlier forum meeting is known here, so there is no rotation to follow yet.',
    fr: 'Aucune réunion antérieure du Forum n’est connue ici : pas encore d’alternance à suivre.',
  },
  'extension.setup.attribution': { en: 'In the notes', fr: 'Dans les notes' },
  'extension.setup.attendees': { en: 'Attendees', fr: 'Participants' },
  'extension.setup.attendeeName': { en: 'Name of attendee {n}', fr: 'Nom du participant {n}' },
  'extension.setup.attendeeSide': { en: 'Side of attendee {n}', fr: 'Partie du participant {n}' },
  'extension.setup.addAttendee': { en: 'Add attendee', fr: 'Ajouter un participant' },
  'extension.setup.removeAttendee': { en: 'Remove attendee {n}', fr: 'Retirer le participant {n}' },
  'extension.setup.fromPage': { en: 'Detected on this page: {title}', fr: 'Détecté sur cette page : {title}' },
  'extension.setup.start': { en: 'Start meeting', fr: 'Commencer la réunion' },
  'extension.setup.refused': { en: 'The meeting was not started:', fr: 'La réunion n’a pas commencé :' },
  'extension.setup.titleRequired': { en: 'Give the meeting a title.', fr: 'Donnez un titre à la réunion.' },

  // Annotating
  'extension.annotate.heading': { en: 'Annotate', fr: 'Annoter' },
  'extension.annotate.text': { en: 'What was said or decided', fr: 'Ce qui a été dit ou décidé' },
  'extension.annotate.shortcuts': {
    en: 'Type, then press a button or Alt+1 to Alt+6 to save with the time. The field may stay empty to mark the moment.',
    fr: 'Écrivez, puis appuyez sur un bouton ou sur Alt+1 à Alt+6 pour enregistrer avec l’heure. Le champ peut rester vide pour marquer le moment.',
  },
  'extension.annotate.commitment': { en: 'Commitment (optional)', fr: 'Engagement (facultatif)' },
  'extension.annotate.noCommitment': { en: 'None', fr: 'Aucun' },
  'extension.annotate.noCommitmentsKnown': {
    en: 'No commitments known yet: they appear once the ledger is set and synced.',
    fr: 'Aucun engagement connu pour l’instant : ils apparaîtront une fois le registre configuré et synchronisé.',
  },
  'extension.annotate.owner': { en: 'Owner (for actions)', fr: 'Responsable (mesures de suivi)' },
  'extension.annotate.dueDate': { en: 'Due date (for actions)', fr: 'Échéance (mesures de suivi)' },
  'extension.annotate.saved': { en: '{kind} saved at {time}.', fr: 'Annotation « {kind} » enregistrée à {time}.' },
  'extension.annotate.refused': { en: 'Not saved:', fr: 'Non enregistré :' },
  'extension.list.deleteRefused': { en: 'Not deleted:', fr: 'Non supprimée :' },
  'extension.annotate.captionsOk': {
    en: 'Captions are being read: each annotation keeps the last words spoken.',
    fr: 'Les sous-titres sont lus : chaque annotation garde les derniers mots prononcés.',
  },
  'extension.annotate.captionsUnreadable': {
    en: 'Captions cannot be read on this page (they are off, or the page has changed). Annotations are saved without caption text.',
    fr: 'Impossible de lire les sous-titres sur cette page (désactivés, ou la page a changé). Les annotations sont enregistrées sans le texte des sous-titres.',
  },
  'extension.kind.decision': { en: 'Decision', fr: 'Décision' },
  'extension.kind.action': { en: 'Action', fr: 'Mesure de suivi' },
  'extension.kind.agreement': { en: 'Agreement', fr: 'Accord' },
  'extension.kind.disagreement': { en: 'Disagreement', fr: 'Désaccord' },
  'extension.kind.question': { en: 'Question', fr: 'Question' },
  'extension.kind.note': { en: 'Note', fr: 'Note' },

  // Annotation list
  'extension.list.heading': { en: 'Annotations', fr: 'Annotations' },
  'extension.list.empty': { en: 'Nothing recorded yet.', fr: 'Rien d’enregistré pour l’instant.' },
  'extension.list.noText': { en: '(no text)', fr: '(sans texte)' },
  'extension.list.caption': { en: 'Captions: “{text}”', fr: 'Sous-titres : « {text} »' },
  'extension.list.actionDetails': { en: 'Owner: {owner} · due {due}', fr: 'Responsable : {owner} · échéance {due}' },
  'extension.list.unassigned': { en: 'not assigned', fr: 'non attribuée' },
  'extension.list.noDate': { en: 'no date', fr: 'sans date' },
  'extension.list.edit': { en: 'Edit', fr: 'Modifier' },
  'extension.list.editLabel': { en: 'Edit the {kind} at {time}', fr: 'Modifier : {kind} à {time}' },
  'extension.list.delete': { en: 'Delete', fr: 'Supprimer' },
  'extension.list.deleteLabel': { en: 'Delete the {kind} at {time}', fr: 'Supprimer : {kind} à {time}' },
  'extension.list.kind': { en: 'Kind', fr: 'Type' },
  'extension.list.save': { en: 'Save changes', fr: 'Enregistrer les modifications' },
  'extension.list.cancel': { en: 'Cancel', fr: 'Annuler' },
  'extension.list.updated': { en: 'Annotation updated.', fr: 'Annotation modifiée.' },
  'extension.list.deleted': {
    en: 'Annotation deleted. The deletion is kept and synced like any change.',
    fr: 'Annotation supprimée. La suppression est conservée et synchronisée comme toute modification.',
  },

  // End of meeting and exports
  'extension.end.button': { en: 'End meeting', fr: 'Terminer la réunion' },
  'extension.end.question': {
    en: 'End the meeting now? Annotating stops and the notes draft is made; this cannot be undone.',
    fr: 'Terminer la réunion maintenant? L’annotation s’arrête et l’ébauche des notes est produite; c’est définitif.',
  },
  'extension.end.refused': { en: 'The meeting was not ended:', fr: 'La réunion n’a pas été terminée :' },
  'extension.end.confirm': { en: 'Yes, end the meeting', fr: 'Oui, terminer la réunion' },
  'extension.end.keepGoing': { en: 'Keep annotating', fr: 'Continuer d’annoter' },
  'extension.end.heading': { en: 'Notes draft', fr: 'Ébauche des notes' },
  'extension.end.ended': { en: 'Meeting ended at {time}.', fr: 'Réunion terminée à {time}.' },
  'extension.end.language': { en: 'Language of the notes', fr: 'Langue des notes' },
  'extension.end.preview': { en: 'Notes in Markdown', fr: 'Notes en Markdown' },
  'extension.end.copyMarkdown': { en: 'Copy Markdown', fr: 'Copier le Markdown' },
  'extension.end.copyHtml': { en: 'Copy HTML', fr: 'Copier le HTML' },
  'extension.end.downloadMarkdown': { en: 'Download Markdown', fr: 'Télécharger le Markdown' },
  'extension.end.downloadHtml': { en: 'Download HTML', fr: 'Télécharger le HTML' },
  'extension.end.downloadCsv': { en: 'Download annotations (CSV)', fr: 'Télécharger les annotations (CSV)' },
  'extension.end.downloadIcs': { en: 'Download meeting schedule (ICS)', fr: 'Télécharger le calendrier des réunions (ICS)' },
  'extension.end.copied': { en: 'Copied.', fr: 'Copié.' },
  'extension.end.copyFailed': {
    en: 'The browser did not allow copying. Select the text in the box and copy it yourself.',
    fr: 'Le navigateur n’a pas permis la copie. Sélectionnez le texte dans la zone et copiez-le vous-même.',
  },
  'extension.end.downloaded': { en: '{file} is being downloaded.', fr: 'Téléchargement de {file} en cours.' },
  'extension.csv.at': { en: 'Recorded at (UTC)', fr: 'Enregistrée le (UTC)' },
  'extension.csv.offset': { en: 'Time in meeting', fr: 'Moment de la réunion' },
  'extension.csv.kind': { en: 'Kind', fr: 'Type' },
  'extension.csv.text': { en: 'Text', fr: 'Texte' },
  'extension.csv.commitment': { en: 'Commitment', fr: 'Engagement' },
  'extension.csv.owner': { en: 'Owner', fr: 'Responsable' },
  'extension.csv.dueDate': { en: 'Due date', fr: 'Échéance' },
  'extension.csv.captions': { en: 'Captions', fr: 'Sous-titres' },
  'extension.csv.id': { en: 'Id', fr: 'Identifiant' },

  // Sync status
  'extension.sync.heading': { en: 'Sync status', fr: 'État de la synchronisation' },
  'extension.sync.localOnly': {
    en: 'Saved on this computer only: no ledger is set (see Options).',
    fr: 'Enregistré sur cet ordinateur seulement : aucun registre n’est configuré (voir Options).',
  },
  'extension.sync.idle': { en: 'Up to date with the ledger.', fr: 'À jour avec le registre.' },
  'extension.sync.syncing': { en: 'Sending to the ledger…', fr: 'Envoi au registre…' },
  'extension.sync.offline': {
    en: 'The ledger cannot be reached right now. Everything stays saved here and is sent when it can be.',
    fr: 'Le registre est injoignable pour l’instant. Tout reste enregistré ici et sera envoyé dès que possible.',
  },
  'extension.sync.error': { en: 'Sync stopped: it needs you.', fr: 'Synchronisation arrêtée : une action de votre part est requise.' },
  'extension.sync.queued': { en: 'Waiting to be sent: {count}', fr: 'En attente d’envoi : {count}' },
  'extension.sync.rejected': {
    en: 'Refused by the ledger and kept here: {count}',
    fr: 'Refusés par le registre et conservés ici : {count}',
  },
  'extension.sync.lastSync': { en: 'Last sync: {time}', fr: 'Dernière synchronisation : {time}' },
  'extension.sync.never': { en: 'Last sync: never', fr: 'Dernière synchronisation : jamais' },
  'extension.sync.now': { en: 'Sync now', fr: 'Synchroniser maintenant' },
  'extension.rejected.heading': { en: 'Refused by the ledger', fr: 'Refusés par le registre' },
  'extension.rejected.intro': {
    en: 'These changes are kept on this computer. Once the cause is fixed (for example a role added by your coordinator), send them again.',
    fr: 'Ces modifications sont conservées sur cet ordinateur. Une fois la cause corrigée (par exemple un rôle ajouté par votre coordination), renvoyez-les.',
  },
  'extension.rejected.item': { en: '{change} at {time}: {reason}', fr: '{change} le {time} : {reason}' },
  'extension.rejected.change.annotation.created': { en: 'New annotation', fr: 'Nouvelle annotation' },
  'extension.rejected.change.annotation.updated': { en: 'Annotation edit', fr: 'Modification d’annotation' },
  'extension.rejected.change.annotation.deleted': { en: 'Annotation deletion', fr: 'Suppression d’annotation' },
  'extension.rejected.quoted': { en: '{change} “{text}”', fr: '{change} « {text} »' },
  'extension.rejected.change.other': { en: 'Meeting record', fr: 'Fiche de réunion' },
  'extension.rejected.reason.invalid': {
    en: 'the ledger found it malformed',
    fr: 'le registre l’a jugée mal formée',
  },
  'extension.rejected.reason.forbidden': {
    en: 'your role does not allow it',
    fr: 'votre rôle ne le permet pas',
  },
  'extension.rejected.reason.tooLarge': {
    en: 'it is too large for the ledger',
    fr: 'elle est trop volumineuse pour le registre',
  },
  'extension.rejected.reason.other': {
    en: 'the ledger refused it ({code})',
    fr: 'le registre l’a refusée ({code})',
  },
  'extension.rejected.retry': { en: 'Send refused changes again', fr: 'Renvoyer les modifications refusées' },
  'extension.rejected.requeued': { en: '{count} changes are queued again.', fr: '{count} modifications sont de nouveau en attente.' },

  // Google Docs page
  'extension.docs.heading': { en: 'This document in the ledger', fr: 'Ce document dans le registre' },
  'extension.docs.loading': { en: 'Asking the ledger…', fr: 'Interrogation du registre…' },
  'extension.docs.noLedger': {
    en: 'Set a ledger in the options to see what it knows about this document.',
    fr: 'Configurez un registre dans les options pour voir ce qu’il sait de ce document.',
  },
  'extension.docs.none': {
    en: 'The ledger knows no commitment from this document yet.',
    fr: 'Le registre ne connaît encore aucun engagement de ce document.',
  },
  'extension.docs.fromCache': {
    en: 'The ledger could not be reached: this is what it said at {time}.',
    fr: 'Le registre est injoignable : voici ce qu’il indiquait le {time}.',
  },
  'extension.docs.noSignoff': { en: 'No sign-off yet', fr: 'Aucune approbation pour l’instant' },
  'extension.docs.signoff': { en: '{track}: {decision} by {by} on {date}', fr: '{track} : {decision} par {by} le {date}' },
  'extension.docs.changedSince': { en: '(changed since signed)', fr: '(modifié depuis l’approbation)' },

  // Options
  'extension.options.title': { en: 'Cocreate options', fr: 'Options de Cocreate' },
  'extension.options.ledgerUrl': { en: 'Ledger address (web app URL)', fr: 'Adresse du registre (URL de l’application Web)' },
  'extension.options.ledgerUrlHint': {
    en: 'Given by your coordinator. Leave empty to keep everything on this computer.',
    fr: 'Fournie par votre coordonnatrice ou coordonnateur. Laissez vide pour tout garder sur cet ordinateur.',
  },
  'extension.options.token': { en: 'Member token', fr: 'Jeton de membre' },
  'extension.options.displayName': { en: 'Your name', fr: 'Votre nom' },
  'extension.options.side': { en: 'Your side', fr: 'Votre partie' },
  'extension.options.sideUnset': { en: 'Not set', fr: 'Non précisée' },
  'extension.options.language': { en: 'Language', fr: 'Langue' },
  // Each language is named in itself, so a reader finds their own whatever the current language.
  'extension.options.languageName.en': { en: 'English', fr: 'English' },
  'extension.options.languageName.fr': { en: 'Français', fr: 'Français' },
  'extension.options.save': { en: 'Save', fr: 'Enregistrer' },
  'extension.options.saved': { en: 'Saved.', fr: 'Enregistré.' },
  'extension.options.refused': { en: 'Not saved:', fr: 'Non enregistré :' },
  'extension.options.permissionDenied': {
    en: 'The browser was not allowed to reach the ledger address, so nothing was saved. Save again and accept the request.',
    fr: 'Le navigateur n’a pas reçu l’autorisation de joindre l’adresse du registre : rien n’a été enregistré. Enregistrez de nouveau et acceptez la demande.',
  },
  'extension.options.checking': { en: 'Checking the token with the ledger…', fr: 'Vérification du jeton auprès du registre…' },
  'extension.options.whoami': { en: 'The ledger knows you as {name} ({org}, {side}).', fr: 'Le registre vous connaît comme {name} ({org}, {side}).' },
  'extension.options.checkFailed': { en: 'Token not confirmed:', fr: 'Jeton non confirmé :' },

  // Popup
  'extension.popup.open': { en: 'Open the side panel', fr: 'Ouvrir le panneau latéral' },
  'extension.popup.meetingOn': { en: 'Meeting in progress: {title}', fr: 'Réunion en cours : {title}' },
  'extension.popup.noMeeting': { en: 'No meeting in progress.', fr: 'Aucune réunion en cours.' },
  'extension.popup.openFailed': {
    en: 'The side panel could not be opened from here. Use the browser’s side panel menu.',
    fr: 'Impossible d’ouvrir le panneau latéral d’ici. Utilisez le menu du panneau latéral du navigateur.',
  },
  'extension.common.options': { en: 'Options', fr: 'Options' },
  'extension.common.fieldLabel': { en: '{label}:', fr: '{label} :' },
  'extension.common.badReply': {
    en: 'The extension’s background gave no usable answer. Close and reopen this page; if it persists, reload the extension.',
    fr: 'L’arrière-plan de l’extension n’a pas donné de réponse utilisable. Fermez puis rouvrez cette page; si le problème persiste, rechargez l’extension.',
  },
} satisfies Messages;
