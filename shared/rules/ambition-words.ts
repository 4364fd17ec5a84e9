import type { Language } from '../i18n/language.ts';

/**
 * Word lists of the ambition hint (R4), read by `findTerms` (accents and case ignored, `*` = any
 * ending). They follow IRM's "Potential for Results" scale: Modest = "positive but standalone"
 * (websites, data releases, training, pilots); Unclear = ongoing practice without added value;
 * Substantial = binding or institutional change.
 */
type WordList = Readonly<Record<Language, readonly string[]>>;

export const MODEST_CATEGORIES = ['website', 'data', 'training', 'pilot'] as const;
export type ModestCategory = (typeof MODEST_CATEGORIES)[number];

export const MODEST_WORDS: Readonly<Record<ModestCategory, WordList>> = {
  website: {
    en: ['website*', 'web site*', 'web page*', 'webpage*', 'portal*', 'online', 'microsite*'],
    fr: ['site web', 'sites web', 'site internet', 'page web', 'pages web', 'portail*', 'en ligne', 'microsite*'],
  },
  data: {
    en: ['data', 'dataset*', 'data set*', 'open data'],
    fr: ['donnees', 'jeu de donnees', 'jeux de donnees'],
  },
  training: {
    en: ['training*', 'train', 'course*', 'workshop*', 'webinar*', 'awareness', 'learning', 'curriculum'],
    fr: ['formation*', 'former', 'formera*', 'cours', 'atelier*', 'webinaire*', 'sensibilisation', 'apprentissage'],
  },
  pilot: {
    en: ['pilot*', 'prototype*', 'proof of concept'],
    fr: ['pilote*', 'prototype*', 'validation de principe', 'projet pilote', 'projets pilotes'],
  },
};

/** Binding or institutional change. "Act" is left out in English: too often the verb. */
export const SUBSTANTIAL_WORDS: WordList = {
  en: [
    'legislation', 'legislative', 'law', 'laws', 'bill', 'statute*', 'statutory', 'regulation*', 'regulatory', 'amend*',
    'binding', 'mandatory', 'directive*', 'obligation*', 'institutionali*', 'government wide', 'across government',
    'whole of government', 'enforce*', 'oversight body', 'independent body',
  ],
  fr: [
    'loi', 'lois', 'legislati*', 'projet de loi', 'reglement*', 'reglementaire*', 'contraignant*', 'obligatoire*',
    'obligation*', 'directive*', 'institutionnalis*', 'pangouvernemental*', 'a l echelle du gouvernement',
    'ensemble du gouvernement', 'organisme independant', 'organe de surveillance',
  ],
};

/** Carrying on with what already exists. */
export const CONTINUATION_WORDS: WordList = {
  en: ['continu*', 'maintain*', 'sustain*', 'ongoing', 'existing', 'keep', 'keeps', 'as usual', 'carry on'],
  fr: ['poursuiv*', 'continu*', 'maintenir', 'mainten*', 'maintien*', 'existant*', 'en cours', 'habituel*'],
};

/** Something added to existing practice; cancels the "continuation" reading. */
export const ADDED_VALUE_WORDS: WordList = {
  en: ['new', 'expand*', 'first', 'improve*', 'extend*', 'broaden*', 'additional'],
  fr: ['nouve*', 'elarg*', 'premier*', 'premiere*', 'amelior*', 'etendr*', 'supplementaire*'],
};
