import type { Messages } from '../message.ts';

/** Messages of the apps-script area (the ledger web app and its Sheets menu). Keys start with "apps-script.". */
export const appsScriptMessages = {
  'apps-script.menu.title': { en: 'Cocreate', fr: 'Cocreate' },
  'apps-script.menu.setUp': { en: 'Set up ledger', fr: 'Configurer le registre' },
  'apps-script.menu.issueToken': { en: 'Issue member token…', fr: 'Émettre un jeton de membre…' },
  'apps-script.menu.revokeToken': { en: 'Revoke member token…', fr: 'Révoquer un jeton de membre…' },
  'apps-script.menu.verifyChain': { en: 'Verify chain', fr: 'Vérifier la chaîne' },
  'apps-script.menu.rebuildViews': { en: 'Rebuild views', fr: 'Reconstruire les vues' },
  'apps-script.menu.exportTracker': { en: 'Export Canada tracker CSV', fr: 'Exporter le CSV du suivi canadien' },

  'apps-script.health': {
    en: 'The Cocreate ledger web app is running (protocol v1). Send requests with POST.',
    fr: 'L’application Web du registre Cocreate fonctionne (protocole v1). Envoyez les requêtes par POST.',
  },
  'apps-script.busy': {
    en: 'The ledger is busy with another request; nothing was stored, so please try again in a moment.',
    fr: 'Le registre traite une autre requête; rien n’a été enregistré, veuillez donc réessayer dans un instant.',
  },
  'apps-script.internal': {
    en: 'The ledger could not complete this request because of an error on its side; nothing from this request was stored.',
    fr: 'Le registre n’a pas pu traiter cette requête à cause d’une erreur de son côté; rien de cette requête n’a été enregistré.',
  },
  'apps-script.notSetUp': {
    en: 'The ledger is not set up yet: its coordinator must run Cocreate › Set up ledger in the spreadsheet.',
    fr: 'Le registre n’est pas encore configuré : son coordonnateur doit lancer Cocreate › Configurer le registre dans la feuille de calcul.',
  },
  'apps-script.logUnreadable': {
    en: 'The ledger’s event log has a row it cannot read, so nothing was stored; the coordinator should run Cocreate › Verify chain.',
    fr: 'Le journal des événements du registre contient une ligne illisible, donc rien n’a été enregistré; le coordonnateur devrait lancer Cocreate › Vérifier la chaîne.',
  },
  'apps-script.lockBusy': {
    en: 'Another Cocreate task is writing to the ledger right now. Nothing was changed; please try again in a moment.',
    fr: 'Une autre tâche Cocreate écrit dans le registre en ce moment. Rien n’a été modifié; veuillez réessayer dans un instant.',
  },

  'apps-script.setUp.done': {
    en: 'The ledger is set up: {count} changes were made to its tabs.',
    fr: 'Le registre est configuré : {count} modifications ont été apportées à ses onglets.',
  },
  'apps-script.setUp.unchanged': {
    en: 'The ledger was already set up; nothing needed to change.',
    fr: 'Le registre était déjà configuré; rien n’a eu besoin d’être modifié.',
  },

  'apps-script.token.title': { en: 'Issue a member token', fr: 'Émettre un jeton de membre' },
  'apps-script.token.askName': { en: 'Full name of the member:', fr: 'Nom complet du membre :' },
  'apps-script.token.askOrg': { en: 'Organisation of the member (may be left empty):', fr: 'Organisation du membre (peut rester vide) :' },
  'apps-script.token.askSide': {
    en: 'Side of the member: government, csn or other.',
    fr: 'Côté du membre : government (gouvernement), csn (réseau de la société civile) ou other (autre).',
  },
  'apps-script.token.askRoles': {
    en: 'Roles, separated by commas: drafter, attendee, coordinator, gov_signatory, csn_signatory.',
    fr: 'Rôles, séparés par des virgules : drafter (rédaction), attendee (participation), coordinator (coordination), gov_signatory (signature gouvernement), csn_signatory (signature société civile).',
  },
  'apps-script.token.invalid': {
    en: 'No token was issued because the answers were not valid: {details}',
    fr: 'Aucun jeton n’a été émis parce que les réponses ne sont pas valides : {details}',
  },
  'apps-script.token.cancelled': { en: 'No token was issued.', fr: 'Aucun jeton n’a été émis.' },
  'apps-script.token.issued': {
    en: 'Token for {name}. Copy it now and give it to them privately: it will not be shown again, and the ledger keeps only its fingerprint.',
    fr: 'Jeton de {name}. Copiez-le maintenant et remettez-le-lui en privé : il ne sera plus affiché, et le registre n’en garde que l’empreinte.',
  },
  'apps-script.token.copy': { en: 'Select the token', fr: 'Sélectionner le jeton' },

  'apps-script.revoke.title': { en: 'Revoke a member token', fr: 'Révoquer un jeton de membre' },
  'apps-script.revoke.ask': {
    en: 'Member id, or exact name, whose token should stop working:',
    fr: 'Identifiant du membre, ou son nom exact, dont le jeton doit cesser de fonctionner :',
  },
  'apps-script.revoke.notFound': {
    en: 'No active member matches “{query}”; nothing was revoked.',
    fr: 'Aucun membre actif ne correspond à « {query} »; rien n’a été révoqué.',
  },
  'apps-script.revoke.ambiguous': {
    en: 'Several active members are named “{query}”; give the member id instead. Nothing was revoked.',
    fr: 'Plusieurs membres actifs s’appellent « {query} »; indiquez plutôt l’identifiant du membre. Rien n’a été révoqué.',
  },
  'apps-script.revoke.confirm': {
    en: 'Revoke the token of {name} ({org})? Their tools will stop reaching the ledger; events they already wrote stay.',
    fr: 'Révoquer le jeton de {name} ({org})? Ses outils ne pourront plus joindre le registre; les événements déjà écrits restent.',
  },
  'apps-script.revoke.done': { en: 'The token of {name} is revoked.', fr: 'Le jeton de {name} est révoqué.' },
  'apps-script.revoke.cancelled': { en: 'Nothing was revoked.', fr: 'Rien n’a été révoqué.' },

  'apps-script.verify.title': { en: 'Verify chain', fr: 'Vérifier la chaîne' },
  'apps-script.verify.askHead': {
    en: 'To also check that a head hash printed in published meeting notes is still in the log, paste it here. Leave empty to check the chain only.',
    fr: 'Pour vérifier aussi qu’une empreinte de tête imprimée dans des notes de réunion publiées figure toujours au journal, collez-la ici. Laissez vide pour ne vérifier que la chaîne.',
  },
  'apps-script.rebuild.done': {
    en: 'The views were rebuilt from {count} events in the event log.',
    fr: 'Les vues ont été reconstruites à partir des {count} événements du journal.',
  },
  'apps-script.export.title': { en: 'Canada tracker CSV', fr: 'CSV du suivi canadien' },
  'apps-script.export.ready': {
    en: '{count} progress rows are ready. The file is made in your browser; nothing is sent anywhere.',
    fr: '{count} lignes d’avancement sont prêtes. Le fichier est créé dans votre navigateur; rien n’est envoyé ailleurs.',
  },
  'apps-script.export.download': { en: 'Download {file}', fr: 'Télécharger {file}' },
  'apps-script.export.refused': {
    en: 'The tracker file was not made because some progress updates break the tracker rules:',
    fr: 'Le fichier du suivi n’a pas été créé parce que certaines mises à jour d’avancement enfreignent les règles du suivi :',
  },
} satisfies Messages;
