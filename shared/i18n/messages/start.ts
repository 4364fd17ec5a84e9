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
  'start.extension': {
    en: 'Browser extension: in Chromium or Chrome, open chrome://extensions, turn on Developer mode, click "Load unpacked" and choose {dir}. Then click the puzzle-piece icon in the toolbar, pin Cocreate, click it and choose "Open the side panel".',
    fr: 'Extension de navigateur : dans Chromium ou Chrome, ouvrez chrome://extensions, activez le mode développeur, cliquez sur « Charger l’extension non empaquetée » et choisissez {dir}. Cliquez ensuite sur l’icône en forme de pièce de casse-tête dans la barre d’outils, épinglez Cocreate, cliquez dessus et choisissez « Ouvrir le panneau latéral ».',
  },
  'start.ledger': {
    en: 'Local ledger: {url} (a stand-in for the Google Apps Script web app, for trials only; its data stays in .ledger-local/).',
    fr: 'Registre local : {url} (un substitut de l’application Web Google Apps Script, pour les essais seulement; ses données restent dans .ledger-local/).',
  },
  'start.token': {
    en: 'Member token: {token} (a demo member with every role). In the extension, open Options and paste the ledger address and this token.',
    fr: 'Jeton de membre : {token} (un membre de démonstration qui a tous les rôles). Dans l’extension, ouvrez les Options et collez l’adresse du registre et ce jeton.',
  },
  'start.appsScript': {
    en: 'Apps Script: .output/apps-script/ is ready for `npm run push:ledger`, or paste .output/apps-script/ledger-paste.js into the spreadsheet (docs/coordinator-guide.md).',
    fr: 'Apps Script : .output/apps-script/ est prêt pour `npm run push:ledger`, ou collez .output/apps-script/ledger-paste.js dans la feuille de calcul (docs/coordinator-guide.md).',
  },
  'start.stop': { en: 'Press Ctrl+C to stop.', fr: 'Appuyez sur Ctrl+C pour arrêter.' },
} satisfies Messages;
