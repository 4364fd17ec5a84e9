import type { Messages } from '../message.ts';

/** Messages of the Google Docs add-on and its document parser. Keys start with "docs.". */
export const docsMessages = {
  // What the parser could not read (shared/docs/parse-document.ts).
  'docs.read.unknownLabel': {
    en: '{code}: the row “{label}” is not a field of the commitment template, so it was left out. Rename it to a template label or move the text elsewhere.',
    fr: '{code} : la ligne « {label} » n’est pas un champ du modèle d’engagement; elle a donc été laissée de côté. Donnez-lui un libellé du modèle ou déplacez le texte.',
  },
  'docs.read.otherLanguageLabel': {
    en: '{code}: the label “{label}” is in the other language; its text was read as {lang}, like the rest of the table.',
    fr: '{code} : le libellé « {label} » est dans l’autre langue; son texte a été lu en {lang}, comme le reste du tableau.',
  },
  'docs.read.duplicateField': {
    en: '{code}: “{label}” appears twice; only the first one was read. Merge the two rows.',
    fr: '{code} : « {label} » figure deux fois; seule la première a été lue. Fusionnez les deux lignes.',
  },
  'docs.read.milestoneRowNotRead': {
    en: '{code}: the milestones table has a row that spans the columns (“{text}”); it was not read as a milestone.',
    fr: '{code} : le tableau des jalons a une ligne qui s’étend sur toutes les colonnes (« {text} »); elle n’a pas été lue comme un jalon.',
  },
  'docs.read.badMilestoneCode': {
    en: '{code}: the milestone code “{milestone}” is not of the form C01.1; it was read as {expected}.',
    fr: '{code} : le code de jalon « {milestone} » n’est pas de la forme C01.1; il a été lu comme {expected}.',
  },
  'docs.read.noTables': {
    en: '{code}: no field table or milestones table follows this heading, so nothing but the title was read.',
    fr: '{code} : aucun tableau de champs ni tableau de jalons ne suit ce titre; seul le titre a donc été lu.',
  },
  'docs.read.handTypedHeading': {
    en: '{code}: this heading is typed as body text. It was read, but give it a heading style so it shows in the outline.',
    fr: '{code} : ce titre est saisi comme texte normal. Il a été lu, mais appliquez-lui un style de titre pour qu’il figure dans le plan.',
  },
  'docs.read.numberedHeading': {
    en: '“{text}” was read as commitment {code}. Write the code at the start of the heading (“{code} — title”) so it can always be found again.',
    fr: '« {text} » a été lu comme l’engagement {code}. Écrivez le code au début du titre (« {code} — titre ») pour qu’il puisse toujours être retrouvé.',
  },
  'docs.read.duplicateCode': {
    en: 'Two commitments use the code {code}. Give each commitment its own code.',
    fr: 'Deux engagements portent le code {code}. Donnez à chaque engagement son propre code.',
  },
  'docs.read.unknownTable': {
    en: '{code}: a table under this commitment is neither a field table nor a milestones table; it was not read.',
    fr: '{code} : un tableau sous cet engagement n’est ni un tableau de champs ni un tableau de jalons; il n’a pas été lu.',
  },
  'docs.read.unknownValue': {
    en: '{code}: “{value}” is not an OGP value (transparency, civic participation, public accountability, technology and innovation, inclusion); it was left out.',
    fr: '{code} : « {value} » n’est pas une valeur du PGO (transparence, participation civique, responsabilité publique, technologie et innovation, inclusion); elle a été laissée de côté.',
  },
  'docs.read.undatable': {
    en: '{code}: “{value}” is not a date (write 2026-03-31, or March 2026); it was left out.',
    fr: '{code} : « {value} » n’est pas une date (écrivez 2026-03-31 ou mars 2026); elle a été laissée de côté.',
  },
} satisfies Messages;
