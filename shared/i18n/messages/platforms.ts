import type { Messages } from '../message.ts';

/** Messages of the meeting pages (on-page control, shortcuts, caption reading). Keys start with "platforms.". */
export const platformsMessages = {
  'platforms.name.google-meet': { en: 'Google Meet', fr: 'Google Meet' },
  'platforms.name.zoom': { en: 'Zoom', fr: 'Zoom' },
  'platforms.name.teams': { en: 'Microsoft Teams', fr: 'Microsoft Teams' },
  'platforms.name.webex': { en: 'Webex', fr: 'Webex' },
  'platforms.name.jitsi': { en: 'Jitsi Meet', fr: 'Jitsi Meet' },

  // The control shown on the meeting page
  'platforms.control.label': { en: 'Cocreate: annotate this meeting', fr: 'Cocreate : annoter cette réunion' },
  'platforms.control.kindHint': {
    en: 'Saves “{kind}” at this moment of the meeting; add the words later in the side panel.',
    fr: 'Enregistre une annotation « {kind} » à ce moment de la réunion; ajoutez le texte plus tard dans le panneau latéral.',
  },
  'platforms.control.readCaptions': { en: 'Read captions', fr: 'Lire les sous-titres' },
  'platforms.control.captionsOn': { en: 'Captions are being read', fr: 'Sous-titres en cours de lecture' },
  'platforms.control.captionsUnavailable': {
    en: 'Captions unavailable on this page: turn them on in the meeting, annotations are saved without them meanwhile.',
    fr: 'Sous-titres indisponibles sur cette page : activez-les dans la réunion; d’ici là, les annotations sont enregistrées sans eux.',
  },
  'platforms.control.hide': { en: 'Hide on {platform}', fr: 'Masquer sur {platform}' },
  'platforms.control.saved': { en: '{kind} saved at {time}.', fr: 'Annotation « {kind} » enregistrée à {time}.' },
  'platforms.control.savedWithSpeaker': {
    en: '{kind} saved at {time} (speaker: {speaker}).',
    fr: 'Annotation « {kind} » enregistrée à {time} (intervenant : {speaker}).',
  },
  'platforms.control.noMeeting': {
    en: 'Not saved: start the meeting in the Cocreate side panel first.',
    fr: 'Non enregistré : commencez d’abord la réunion dans le panneau latéral de Cocreate.',
  },
  'platforms.control.refused': {
    en: 'Not saved: the browser refused to store it. Try again from the side panel.',
    fr: 'Non enregistré : le navigateur a refusé de le conserver. Réessayez depuis le panneau latéral.',
  },

  // Side panel
  'platforms.panel.captionsOff': {
    en: 'Captions are not read: turn on “Read captions” on the meeting page or in the options to keep the last words spoken with each annotation.',
    fr: 'Les sous-titres ne sont pas lus : activez « Lire les sous-titres » sur la page de la réunion ou dans les options pour garder les derniers mots prononcés avec chaque annotation.',
  },

  // Options page
  'platforms.options.heading': { en: 'On meeting pages', fr: 'Sur les pages de réunion' },
  'platforms.options.readCaptions': {
    en: 'Read the platform’s captions (off by default)',
    fr: 'Lire les sous-titres de la plateforme (désactivé par défaut)',
  },
  'platforms.options.readCaptionsHint': {
    en: 'Only while captions are shown in the meeting: the last lines, with who spoke, are kept with each annotation. Nothing else on the page is read.',
    fr: 'Seulement lorsque les sous-titres sont affichés dans la réunion : les dernières lignes, avec le nom de l’intervenant, sont gardées avec chaque annotation. Rien d’autre n’est lu sur la page.',
  },
  'platforms.options.showControl': { en: 'Show the Cocreate control on', fr: 'Afficher le contrôle Cocreate sur' },
  'platforms.options.shortcutsHeading': { en: 'Keyboard shortcuts', fr: 'Raccourcis clavier' },
  'platforms.options.shortcutsIntro': {
    en: 'They work from the meeting tab, even when the side panel is closed.',
    fr: 'Ils fonctionnent depuis l’onglet de la réunion, même lorsque le panneau latéral est fermé.',
  },
  'platforms.options.shortcutUnset': { en: 'Not set', fr: 'Non défini' },
  'platforms.options.changeChrome': {
    en: 'To change them, open chrome://extensions/shortcuts (or the button below) and type the new keys beside each action.',
    fr: 'Pour les modifier, ouvrez chrome://extensions/shortcuts (ou le bouton ci-dessous) et tapez les nouvelles touches à côté de chaque action.',
  },
  'platforms.options.changeFirefox': {
    en: 'To change them, open about:addons, then the gear menu, then “Manage Extension Shortcuts” (or the button below).',
    fr: 'Pour les modifier, ouvrez about:addons, puis le menu en forme d’engrenage, puis « Gérer les raccourcis d’extensions » (ou le bouton ci-dessous).',
  },
  'platforms.options.openShortcuts': { en: 'Change shortcuts', fr: 'Modifier les raccourcis' },
  'platforms.options.saved': { en: 'Saved.', fr: 'Enregistré.' },

  // Commands, as the browser's shortcut page lists them
  'platforms.command.open': { en: 'Open the Cocreate side panel', fr: 'Ouvrir le panneau latéral de Cocreate' },
  'platforms.command.annotate': { en: 'Annotate this moment: {kind}', fr: 'Enregistrer une annotation « {kind} » à ce moment' },
} satisfies Messages;
