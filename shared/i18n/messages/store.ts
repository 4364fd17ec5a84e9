import type { Messages } from '../message.ts';

/**
 * What the extension stores ask for (scripts/build-store-listing.ts writes it into .output/store/):
 * the listing, the single purpose, a justification per permission of the built manifest, and the
 * privacy statement. Keys start with "store.".
 */
export const storeMessages = {
  'store.name': { en: 'Cocreate meeting notes', fr: 'Notes de réunion Cocreate' },
  'store.summary': {
    en: 'Annotate OGP co-creation meetings live (decisions, actions, agreements) and publish bilingual notes.',
    fr: 'Annotez en direct les réunions de cocréation du PGO (décisions, mesures, accords) et publiez des notes bilingues.',
  },
  'store.description': {
    en: 'Cocreate is for the government officials and civil-society members who write an Open Government Partnership action plan together. During a forum meeting or webinar (Google Meet, Zoom, Microsoft Teams, Webex, Jitsi or any page), press one key to record a decision, an action, an agreement, a disagreement, a question or a note, stamped with the meeting time and who spoke. Everything is saved on your computer first; when your forum’s coordinator gives you a ledger address and a member token, your annotations are sent to the forum’s shared ledger (a Google Sheet). At the end, Cocreate drafts notes in English and French, fit to publish.',
    fr: 'Cocreate s’adresse aux fonctionnaires et aux membres de la société civile qui rédigent ensemble un plan d’action pour le Partenariat pour un gouvernement ouvert. Pendant une réunion du forum ou un webinaire (Google Meet, Zoom, Microsoft Teams, Webex, Jitsi ou toute autre page), une seule touche suffit pour consigner une décision, une mesure, un accord, un désaccord, une question ou une note, avec l’heure de la réunion et le nom de la personne qui a parlé. Tout est d’abord enregistré sur votre ordinateur; lorsque la coordination de votre forum vous remet une adresse de registre et un jeton de membre, vos annotations sont envoyées au registre commun du forum (une feuille Google Sheets). À la fin, Cocreate rédige des notes en français et en anglais, prêtes à publier.',
  },
  'store.singlePurpose': {
    en: 'Record annotations during co-creation meetings and turn them into meeting notes, optionally sent to the forum’s own ledger.',
    fr: 'Consigner des annotations pendant les réunions de cocréation et en faire des notes de réunion, envoyées au besoin au registre du forum.',
  },
  'store.permission.storage': {
    en: 'storage: keeps the user’s settings (language, display name, the ledger address) on this computer. Annotations themselves are kept in the extension’s IndexedDB database.',
    fr: 'storage : conserve les réglages de l’utilisateur (langue, nom affiché, adresse du registre) sur cet ordinateur. Les annotations elles-mêmes sont conservées dans la base IndexedDB de l’extension.',
  },
  'store.permission.alarms': {
    en: 'alarms: retries sending saved annotations to the ledger every minute while some are waiting, so none is lost when the network drops.',
    fr: 'alarms : réessaie chaque minute d’envoyer au registre les annotations en attente, pour qu’aucune ne soit perdue quand le réseau tombe.',
  },
  'store.permission.sidePanel': {
    en: 'sidePanel: the annotation panel opens beside the meeting, so the attendee never leaves the meeting tab.',
    fr: 'sidePanel : le panneau d’annotation s’ouvre à côté de la réunion, pour que la personne ne quitte jamais l’onglet de la réunion.',
  },
  'store.permission.ledgerHosts': {
    en: 'Optional host access to script.google.com and script.googleusercontent.com (and this computer, for trials): requested only when the user saves a ledger address, to send annotations to the forum’s own Google Apps Script web app. Nothing is sent anywhere else.',
    fr: 'Accès facultatif à script.google.com et script.googleusercontent.com (et à cet ordinateur, pour les essais) : demandé seulement quand l’utilisateur enregistre une adresse de registre, pour envoyer les annotations à l’application Web Google Apps Script du forum. Rien n’est envoyé ailleurs.',
  },
  'store.permission.meetingPages': {
    en: 'Content scripts on the meeting platforms ({hosts}): detect that a meeting is on and its title, show a small annotate button, and read live captions only when the user turns captions on. Nothing is read from other pages.',
    fr: 'Scripts de contenu sur les plateformes de réunion ({hosts}) : détectent qu’une réunion est en cours et son titre, affichent un petit bouton d’annotation, et lisent les sous-titres en direct seulement quand l’utilisateur les active. Rien n’est lu sur les autres pages.',
  },
  'store.permission.docsPages': {
    en: 'Content script on Google Docs documents (docs.google.com/document): shows what the forum’s ledger knows about the open document (its commitments and sign-offs). The document’s text is not read.',
    fr: 'Script de contenu sur les documents Google Docs (docs.google.com/document) : affiche ce que le registre du forum sait du document ouvert (ses engagements et ses approbations). Le texte du document n’est pas lu.',
  },
  'store.privacy.title': { en: 'Cocreate privacy statement', fr: 'Déclaration de confidentialité de Cocreate' },
  'store.privacy.stored': {
    en: 'What Cocreate keeps on your computer: the meetings you record, your annotations (text, kind, time, speaker, linked commitment), your display name, side and language, the ledger address and your member token.',
    fr: 'Ce que Cocreate conserve sur votre ordinateur : les réunions que vous consignez, vos annotations (texte, type, heure, personne qui parle, engagement lié), votre nom affiché, votre partie et votre langue, l’adresse du registre et votre jeton de membre.',
  },
  'store.privacy.sent': {
    en: 'What Cocreate sends, and to whom: only when you set a ledger address, your meetings and annotations are sent to that ledger, a Google Apps Script web app run by your forum’s coordinator, with your member token so the ledger knows who wrote them. Cocreate’s authors receive nothing; there is no analytics, no advertising and no other server.',
    fr: 'Ce que Cocreate envoie, et à qui : seulement si vous indiquez une adresse de registre, vos réunions et annotations sont envoyées à ce registre, une application Web Google Apps Script gérée par la coordination de votre forum, avec votre jeton de membre pour que le registre sache qui les a écrites. Les auteurs de Cocreate ne reçoivent rien; il n’y a ni statistiques d’utilisation, ni publicité, ni autre serveur.',
  },
  'store.privacy.captions': {
    en: 'Captions: read from the meeting page only while you have turned captions on in Cocreate, and kept only as the few lines around an annotation you make.',
    fr: 'Sous-titres : lus sur la page de la réunion seulement pendant que vous les avez activés dans Cocreate, et conservés seulement pour les quelques lignes autour d’une annotation que vous faites.',
  },
  'store.privacy.control': {
    en: 'Your control: removing the extension deletes everything it kept on your computer. What was sent to the ledger is the forum’s record; ask its coordinator.',
    fr: 'Votre contrôle : retirer l’extension efface tout ce qu’elle conservait sur votre ordinateur. Ce qui a été envoyé au registre fait partie du dossier du forum; adressez-vous à sa coordination.',
  },
  'store.firefox.sources': {
    en: 'Source code: the add-on is built from the attached sources with `npm ci && npm run build` on Node.js 20; the Firefox build is .output/firefox-mv3/.',
    fr: 'Code source : le module est construit à partir des sources jointes avec `npm ci && npm run build` sous Node.js 20; la version Firefox se trouve dans .output/firefox-mv3/.',
  },
} satisfies Messages;
