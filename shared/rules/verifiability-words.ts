import type { Language } from '../i18n/language.ts';

/**
 * Word lists of the verifiability heuristic (R3), in the form `findTerms` reads: accents and case
 * do not matter, a final `*` matches any ending. IRM calls a commitment verifiable when its
 * milestones are specific enough to review: something produced, or a date, or a number.
 */
type WordList = Readonly<Record<Language, readonly string[]>>;

/** Verbs that promise effort, not a result (ogp-domain.md §5 R3 names the first five). */
export const SOFT_VERBS: WordList = {
  en: [
    'explor*', 'continu*', 'support*', 'promot*', 'engag*',
    'encourag*', 'foster*', 'consider*', 'strengthen*', 'facilitat*', 'pursu*', 'work toward*', 'raise awareness',
  ],
  fr: [
    'explor*', 'continu*', 'poursuiv*', 'soutenir', 'souten*', 'soutien*', 'appuy*', 'appuie*', 'promouv*', 'promeu*',
    'engag*', 'encourag*', 'favoris*', 'mobilis*', 'renforc*', 'envisag*', 'facilit*', 'sensibilis*',
  ],
};

/** Verbs that commit to producing something; a milestone using one is not "soft verbs only". */
export const STRONG_VERBS: WordList = {
  en: [
    'publish*', 'release*', 'launch*', 'adopt*', 'enact*', 'deliver*', 'create*', 'develop*', 'build*', 'hold', 'holds',
    'host*', 'establish*', 'produce*', 'implement*', 'complete*', 'submit*', 'design*', 'draft*', 'conduct*', 'train',
    'amend*', 'introduce*', 'set up', 'update*', 'prepare*', 'revise*', 'convene*', 'organize*', 'organise*', 'table',
  ],
  fr: [
    'publier', 'publiera*', 'publie', 'publions', 'diffus*', 'lancer', 'lancera*', 'lance', 'lancons', 'adopt*', 'depos*',
    'livr*', 'creer', 'creera*', 'elabor*', 'concevoir', 'concevra*', 'tenir', 'tiendr*', 'organis*', 'etablir', 'etablira*',
    'produir*', 'mettre en œuvre', 'mettre en oeuvre', 'mettra en œuvre', 'mettra en oeuvre', 'mettre en place',
    'mettra en place', 'achever', 'achevera*', 'presenter', 'presentera*', 'rediger', 'redigera*', 'mettre a jour',
    'mettra a jour', 'modifier', 'modifiera*', 'instaur*', 'former', 'formera*',
  ],
};

/**
 * Things a reviewer can check exist once the milestone is done. "Plan" and "cadre" only in phrases:
 * alone they are too often "we plan to", « sur le plan de », « dans le cadre de ».
 */
export const DELIVERABLE_NOUNS: WordList = {
  en: [
    'report*', 'publication*', 'dataset*', 'data set*', 'open data', 'portal*', 'website*', 'web page*', 'webpage*',
    'guide', 'guides', 'guidance', 'guideline*', 'policy', 'policies', 'directive*', 'legislation', 'law', 'laws', 'bill',
    'bills', 'regulation*', 'amendment*', 'standard*', 'framework*', 'strategy', 'strategies', 'action plan*', 'roadmap*',
    'tool', 'tools', 'toolkit*', 'platform*', 'register', 'registers', 'registry', 'registries', 'database*', 'inventory',
    'inventories', 'training*', 'course', 'courses', 'workshop*', 'webinar*', 'assessment*', 'evaluation*', 'review',
    'reviews', 'audit*', 'study', 'studies', 'survey*', 'template*', 'api', 'apis', 'dashboard*', 'map', 'maps', 'index',
    'indicator*', 'metric*', 'recommendation*', 'summary', 'summaries', 'what we heard', 'terms of reference', 'charter*',
    'agreement*', 'memorandum*', 'protocol*', 'pilot*', 'prototype*', 'consultation*', 'meeting*', 'tracker*',
    'catalogue*', 'catalog*', 'checklist*', 'a plan', 'new plan*', 'work plan*', 'implementation plan*',
    'strategic plan*', 'mechanism*', 'network', 'networks', 'committee*', 'portfolio*',
  ],
  fr: [
    'rapport*', 'publication*', 'jeu de donnees', 'jeux de donnees', 'donnees ouvertes', 'portail*', 'site web',
    'sites web', 'site internet', 'page web', 'pages web', 'guide', 'guides', 'lignes directrices', 'politique*',
    'directive*', 'loi', 'lois', 'projet de loi', 'reglement*', 'modification*', 'norme*', 'un cadre', 'nouveau cadre',
    'cadre de reference', 'cadre strategique', 'cadre reglementaire', 'cadre de mesure*', 'cadre de gestion',
    'cadre d evaluation', 'strategie*', 'un plan', 'nouveau plan', 'plan d action', 'plans d action', 'plan de travail',
    'plan strategique', 'plan de mise en*', 'feuille de route', 'outil*', 'trousse*', 'plateforme*', 'registre*', 'base de donnees', 'bases de donnees',
    'inventaire*', 'formation*', 'cours', 'atelier*', 'webinaire*', 'evaluation*', 'examen*', 'audit*', 'verification*',
    'etude*', 'sondage*', 'enquete*', 'modele*', 'tableau de bord', 'tableaux de bord', 'carte*', 'indice*', 'indicateur*',
    'recommandation*', 'resume*', 'sommaire*', 'ce que nous avons entendu', 'mandat', 'charte*', 'entente*', 'protocole*',
    'pilote*', 'prototype*', 'consultation*', 'reunion*', 'liste*', 'catalogue*', 'api', 'mecanisme*', 'reseau*',
    'comite*',
  ],
};

/**
 * Words that name a time. "May" and "fall" are left out in English (also a verb), "été" in French
 * (also "been"); with a year next to them the year is enough.
 */
export const DATE_WORDS: WordList = {
  en: [
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'spring', 'summer', 'autumn', 'winter', 'quarter*', 'q1', 'q2', 'q3', 'q4', 'fiscal year', 'annual*', 'monthly',
    'weekly', 'biannual*', 'semi annual*', 'deadline*', 'by the end of',
  ],
  fr: [
    'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre',
    'decembre', 'printemps', 'automne', 'hiver', 'trimestr*', 't1', 't2', 't3', 't4', 'exercice financier', 'annuel*',
    'mensuel*', 'hebdomadaire*', 'semestriel*', 'echeance*', 'd ici la fin',
  ],
};

/** Small counts written out ("two workshops", « deux ateliers »); digits are recognised directly. */
export const NUMBER_WORDS: WordList = {
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'dozen', 'twice'],
  fr: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'douze', 'douzaine'],
};
