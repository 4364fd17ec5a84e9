import type { Messages } from '../message.ts';

/** What `npm start` tells the person who ran it (scripts/start.ts). Keys start with "start.". */
export const startMessages = {
  'start.nodeTooOld': {
    en: 'Cocreate needs Node.js {range}; this computer has {version}. Install Node.js 20 (the version in .nvmrc; with nvm: `nvm install`), then run `npm ci && npm start` again.',
    fr: 'Cocreate exige Node.js {range}; cet ordinateur a la version {version}. Installez Node.js 20 (la version indiquée dans .nvmrc; avec nvm : `nvm install`), puis relancez `npm ci && npm start`.',
  },
  'start.building': { en: 'Building the extension and the Apps Script projects (about a minute)…', fr: 'Construction de l’extension et des projets Apps Script (environ une minute)…' },
  'start.built': { en: 'Built in {seconds} s. Build details: {log}', fr: 'Construit en {seconds} s. Détails de la construction : {log}' },
  'start.buildFailed': {
    en: 'The build failed. The last lines of {log} are above; the whole log is in that file.',
    fr: 'La construction a échoué. Les dernières lignes de {log} sont ci-dessus; le journal complet se trouve dans ce fichier.',
  },
  'start.running': { en: 'Cocreate is running.', fr: 'Cocreate est lancé.' },
  'start.ledger': {
    en: 'Local ledger: {url} (a stand-in for the Google Apps Script web app, for trials only; its data stays in {dir}).',
    fr: 'Registre local : {url} (un substitut de l’application Web Google Apps Script, pour les essais seulement; ses données restent dans {dir}).',
  },
  'start.token': {
    en: 'Member token: {token} (a demo member with every role). In the extension, open Options and paste the ledger address and this token.',
    fr: 'Jeton de membre : {token} (un membre de démonstration qui a tous les rôles). Dans l’extension, ouvrez les Options et collez l’adresse du registre et ce jeton.',
  },
  'start.appsScript': {
    en: 'Apps Script: .output/apps-script/ is ready for `npm run push:ledger`, or paste .output/apps-script/ledger-paste.js into the spreadsheet (docs/coordinator-guide.md).',
    fr: 'Apps Script : .output/apps-script/ est prêt pour `npm run push:ledger`, ou collez .output/apps-script/ledger-paste.js dans la feuille de calcul (docs/coordinator-guide.md).',
  },
  'start.noBuild': {
    en: 'Using the last build (--no-build): .output/ as it is.',
    fr: 'Utilisation de la dernière construction (--no-build) : .output/ tel quel.',
  },
  'start.noBuildMissing': {
    en: 'There is no earlier build in .output/ ({missing} is missing). Run `npm start` without --no-build.',
    fr: 'Il n’y a pas de construction antérieure dans .output/ ({missing} est absent). Lancez `npm start` sans --no-build.',
  },
  'start.seeded': {
    en: 'Demo ledger: a forum drafting three commitments of Canada’s 2022–2024 National Action Plan on Open Government, with its sign-off procedure agreed by both sides, a work plan, a past meeting with published notes and the next one on {date}.',
    fr: 'Registre de démonstration : un forum qui rédige trois engagements du Plan d’action national du Canada pour un gouvernement ouvert 2022-2024, avec sa procédure d’approbation acceptée par les deux parties, un plan de travail, une réunion passée dont le compte rendu est publié et la prochaine, le {date}.',
  },
  'start.kept': {
    en: 'The ledger already had data in {dir}: it is kept as it is and not seeded with the demo. To start again from the demo, stop here (Ctrl+C), delete {dir} and run `npm start` again.',
    fr: 'Le registre contenait déjà des données dans {dir} : elles sont conservées telles quelles et la démonstration n’y est pas ajoutée. Pour repartir de la démonstration, arrêtez ici (Ctrl+C), supprimez {dir} et relancez `npm start`.',
  },
  'start.members': {
    en: 'Member tokens (paste one into the extension’s Options to act as that member; for trials only, never share a real one like this):',
    fr: 'Jetons des membres (collez-en un dans les Options de l’extension pour agir au nom de ce membre; pour les essais seulement, ne communiquez jamais un vrai jeton ainsi) :',
  },
  'start.member': { en: '{name} ({org}), {side}, {role}: {token}', fr: '{name} ({org}), {side}, {role} : {token}' },
  'start.browserOpened': {
    en: 'Chromium is open with the extension loaded (a throwaway profile in {profile}), set up for {name} ({side}, {role}), on the demo meeting page.',
    fr: 'Chromium est ouvert avec l’extension chargée (un profil jetable dans {profile}), configurée pour {name} ({side}, {role}), sur la page de la réunion de démonstration.',
  },
  'start.openPanel': {
    en: 'Open the side panel: press Alt+Shift+0, or click the puzzle-piece icon in the toolbar, pin Cocreate, click its icon and choose “Open the side panel”.',
    fr: 'Ouvrez le panneau latéral : appuyez sur Alt+Maj+0, ou cliquez sur l’icône en forme de pièce de casse-tête dans la barre d’outils, épinglez Cocreate, cliquez sur son icône et choisissez « Ouvrir le panneau latéral ».',
  },
  'start.noDisplay': {
    en: 'This machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser was opened. In Chromium or Chrome on this computer:',
    fr: 'Cet ordinateur n’a pas d’affichage (ni DISPLAY ni WAYLAND_DISPLAY n’est défini) : aucun navigateur n’a été ouvert. Dans Chromium ou Chrome, sur cet ordinateur :',
  },
  'start.browserFailed': {
    en: 'Chromium could not be opened ({reason}). Do it by hand instead, in Chromium or Chrome on this computer:',
    fr: 'Chromium n’a pas pu être ouvert ({reason}). Faites-le plutôt à la main, dans Chromium ou Chrome, sur cet ordinateur :',
  },
  'start.step.load': {
    en: '1. Open chrome://extensions, turn on Developer mode, click “Load unpacked” and choose {dir}.',
    fr: '1. Ouvrez chrome://extensions, activez le mode développeur, cliquez sur « Charger l’extension non empaquetée » et choisissez {dir}.',
  },
  'start.step.options': {
    en: '2. In Cocreate’s Options (right-click its icon, then Options), enter the ledger address {url} and the token of {name} ({side}, {role}): {token}. Click Save and allow Cocreate to reach 127.0.0.1.',
    fr: '2. Dans les Options de Cocreate (clic droit sur son icône, puis Options), entrez l’adresse du registre {url} et le jeton de {name} ({side}, {role}) : {token}. Cliquez sur Enregistrer et autorisez Cocreate à joindre 127.0.0.1.',
  },
  'start.step.page': { en: '3. Open the demo meeting page: {page}', fr: '3. Ouvrez la page de la réunion de démonstration : {page}' },
  'start.step.panel': {
    en: '4. Open the side panel: press Alt+Shift+0, or click the puzzle-piece icon in the toolbar, pin Cocreate, click its icon and choose “Open the side panel”. The commitments of the demo appear in its “Commitment (optional)” list once it has synced.',
    fr: '4. Ouvrez le panneau latéral : appuyez sur Alt+Maj+0, ou cliquez sur l’icône en forme de pièce de casse-tête dans la barre d’outils, épinglez Cocreate, cliquez sur son icône et choisissez « Ouvrir le panneau latéral ». Les engagements de la démonstration apparaissent dans sa liste « Engagement (facultatif) » une fois la synchronisation faite.',
  },
  'start.portBusy': {
    en: 'Port {port} is already in use, so the demo meeting page cannot be served. Stop what uses it, or choose another port: DEMO_PORT=8790 npm start',
    fr: 'Le port {port} est déjà utilisé : la page de la réunion de démonstration ne peut pas être servie. Arrêtez ce qui l’utilise ou choisissez un autre port : DEMO_PORT=8790 npm start',
  },
  'start.page.title': { en: 'Cocreate demo meeting', fr: 'Réunion de démonstration Cocreate' },
  'start.page.intro': {
    en: 'This page stands in for the meeting tab (Meet, Zoom, Teams, Webex or any page). The demo ledger’s next meeting:',
    fr: 'Cette page tient lieu de l’onglet de la réunion (Meet, Zoom, Teams, Webex ou toute autre page). La prochaine réunion du registre de démonstration :',
  },
  'start.page.when': { en: 'Starts {when} (Ottawa time).', fr: 'Début : {when} (heure d’Ottawa).' },
  'start.page.try': {
    en: 'Open Cocreate’s side panel (Alt+Shift+0), start the meeting, and annotate: a decision, an action, a question. Each annotation is saved on this computer first and synced to the demo ledger.',
    fr: 'Ouvrez le panneau latéral de Cocreate (Alt+Maj+0), commencez la réunion et annotez : une décision, une mesure de suivi, une question. Chaque annotation est d’abord enregistrée sur cet ordinateur, puis synchronisée avec le registre de démonstration.',
  },
  'start.page.ledger': { en: 'Demo ledger: {url}', fr: 'Registre de démonstration : {url}' },
  'start.stop': { en: 'Press Ctrl+C to stop.', fr: 'Appuyez sur Ctrl+C pour arrêter.' },
} satisfies Messages;
