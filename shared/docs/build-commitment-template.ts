import { labelIn, type LabelLanguage, MILESTONE_COLUMNS, TEMPLATE_FIELDS } from './template-fields.ts';

/** What the add-on inserts at the cursor: a heading, the field table and the milestones table. */
export type CommitmentTemplate = { heading: string; fields: string[][]; milestones: string[][] };

const HEADING_TITLE = { en: 'Title of the commitment', fr: 'Titre de l’engagement' };

/**
 * The commitment template in English, French or both side by side (DESIGN §6). Both: the field
 * table has an English and a French column under a bilingual label, and the milestones table an
 * English and a French column per question, so each language is read from its own cell.
 */
export function buildCommitmentTemplate(code: string, language: LabelLanguage): CommitmentTemplate {
  const heading = `${code} — ${labelIn(HEADING_TITLE, language)}`;
  if (language === 'both') {
    const [codeColumn, ...questions] = MILESTONE_COLUMNS;
    return {
      heading,
      fields: [['', 'English', 'Français'], ...TEMPLATE_FIELDS.map((field) => [labelIn(field.label, 'both'), '', ''])],
      milestones: [
        [codeColumn.label.en, ...questions.flatMap((q) => [q.label.en, q.label.fr])],
        [`${code}.1`, ...questions.flatMap(() => ['', ''])],
      ],
    };
  }
  return {
    heading,
    fields: TEMPLATE_FIELDS.map((field) => [field.label[language], '']),
    milestones: [MILESTONE_COLUMNS.map((column) => column.label[language]), [`${code}.1`, '', '', '']],
  };
}
