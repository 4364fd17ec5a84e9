import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Language } from '../i18n/language.ts';
import { normaliseLabel } from './normalise-label.ts';

/**
 * The fields of the commitment template, in the order the template shows them: OGP's commitment
 * template (ogp-domain §2.1 B and C) with Canada's "Issue to be addressed" / "Problem statement"
 * (§2.1 D) and the entity fields of §3.2. The title is the heading (`C01 — title`), not a row.
 * `aliases` are other wordings seen in real plans, so a hand-made table still reads.
 */
export type FieldKind = 'text' | 'list' | 'values' | 'date' | 'contact';

export type TemplateField = {
  key: string;
  kind: FieldKind;
  label: BilingualText;
  aliases: { en: readonly string[]; fr: readonly string[] };
};

export const TEMPLATE_FIELDS = [
  { key: 'theme', kind: 'text', label: { en: 'Theme', fr: 'Thème' }, aliases: { en: [], fr: [] } },
  {
    key: 'leadInstitutions',
    kind: 'list',
    label: { en: 'Lead implementing institution(s)', fr: 'Institution(s) responsable(s) de la mise en œuvre' },
    aliases: { en: ['Lead department(s)', 'Lead implementing agency', 'Lead institution', 'Lead implementing department(s)'], fr: ['Ministère(s) responsable(s)', 'Institution responsable', 'Organisme responsable'] },
  },
  {
    key: 'supportInstitutions',
    kind: 'list',
    label: { en: 'Supporting institution(s)', fr: 'Institution(s) de soutien' },
    aliases: { en: ['Support institution(s)', 'Supporting department(s)'], fr: ['Ministère(s) de soutien', 'Institutions partenaires'] },
  },
  {
    key: 'otherActors',
    kind: 'list',
    label: { en: 'Other actors involved', fr: 'Autres acteurs concernés' },
    aliases: { en: ['Civil society partners', 'Other actors'], fr: ['Partenaires de la société civile', 'Autres intervenants'] },
  },
  {
    key: 'contact',
    kind: 'contact',
    label: { en: 'Contact (name, title, department, email, phone)', fr: 'Personne-ressource (nom, titre, ministère, courriel, téléphone)' },
    aliases: { en: ['Contact', 'Contact person'], fr: ['Personne ressource', 'Contact'] },
  },
  { key: 'startDate', kind: 'date', label: { en: 'Start date', fr: 'Date de début' }, aliases: { en: ['Commitment start date'], fr: ['Début'] } },
  { key: 'endDate', kind: 'date', label: { en: 'End date', fr: 'Date de fin' }, aliases: { en: ['Commitment end date'], fr: ['Fin'] } },
  {
    key: 'issueToBeAddressed',
    kind: 'text',
    label: { en: 'Issue to be addressed', fr: 'Enjeu à régler' },
    aliases: { en: ['What is the public problem that the commitment will address?', 'What problem does the commitment aim to address?', 'Public problem'], fr: ['Enjeu à traiter', 'Problème à régler', 'Quel est le problème public que l’engagement vise à régler?', 'Enjeu'] },
  },
  { key: 'problemStatement', kind: 'text', label: { en: 'Problem statement', fr: 'Énoncé du problème' }, aliases: { en: [], fr: ['Énoncé de problème'] } },
  {
    key: 'causes',
    kind: 'text',
    label: { en: 'What are the causes of the problem?', fr: 'Quelles sont les causes du problème?' },
    aliases: { en: ['Causes'], fr: ['Causes'] },
  },
  {
    key: 'description',
    kind: 'text',
    label: { en: 'What is the commitment?', fr: 'En quoi consiste l’engagement?' },
    aliases: { en: ['Commitment', 'Commitment description', 'Description'], fr: ['Engagement', 'Description de l’engagement', 'Description'] },
  },
  {
    key: 'theoryOfChange',
    kind: 'text',
    label: { en: 'How will the commitment contribute to solving the public problem?', fr: 'Comment l’engagement contribuera-t-il à régler le problème public?' },
    aliases: { en: ['How will the commitment contribute to solve the public problem?', 'Theory of change'], fr: ['Théorie du changement'] },
  },
  {
    key: 'ogpValues',
    kind: 'values',
    label: { en: 'OGP values advanced', fr: 'Valeurs du PGO visées' },
    aliases: { en: ['OGP values', 'Relevance to OGP values'], fr: ['Valeurs du PGO', 'Valeurs PGO'] },
  },
  {
    key: 'valuesRationale',
    kind: 'text',
    label: { en: 'Why is this commitment relevant to OGP values?', fr: 'En quoi cet engagement est-il pertinent au regard des valeurs du PGO?' },
    aliases: { en: ['Relevance to OGP values explained'], fr: ['Pertinence au regard des valeurs du PGO'] },
  },
  { key: 'policyAreas', kind: 'list', label: { en: 'Policy areas', fr: 'Domaines d’action' }, aliases: { en: [], fr: ['Domaines politiques'] } },
  {
    key: 'additionalInfo',
    kind: 'text',
    label: { en: 'Additional information (budget, links to other programs and plans, SDGs)', fr: 'Renseignements supplémentaires (budget, liens avec d’autres programmes et plans, ODD)' },
    aliases: { en: ['Additional information'], fr: ['Renseignements supplémentaires', 'Information supplémentaire'] },
  },
  {
    key: 'gbaPlusNote',
    kind: 'text',
    label: { en: 'GBA Plus and inclusion', fr: 'ACS Plus et inclusion' },
    aliases: { en: ['GBA+', 'Gender-based analysis plus'], fr: ['ACS+', 'Analyse comparative entre les sexes plus'] },
  },
] as const satisfies readonly TemplateField[];

export type FieldKey = (typeof TEMPLATE_FIELDS)[number]['key'];

/** Columns of the milestones table: Canada's three questions (ogp-domain §2.1 D) after the code. */
export const MILESTONE_COLUMNS = [
  { key: 'code', label: { en: 'Code', fr: 'Code' }, aliases: { en: ['No.', 'Number', '#'], fr: ['No', 'Numéro', 'N°'] } },
  {
    key: 'text',
    label: { en: 'What will we do?', fr: 'Que ferons-nous?' },
    aliases: { en: ['Milestone', 'Milestones', 'Milestone activity with a verifiable deliverable'], fr: ['Jalon', 'Jalons'] },
  },
  {
    key: 'expectedOutputs',
    label: { en: 'How will we know we succeeded?', fr: 'Comment saurons-nous que nous avons réussi?' },
    aliases: { en: ['How we will know we succeeded?', 'Expected outputs', 'Indicator of success'], fr: ['Comment saurons-nous que nous avons atteint notre objectif?', 'Résultats attendus', 'Indicateur de réussite'] },
  },
  {
    key: 'deadline',
    label: { en: 'Deadline', fr: 'Échéance' },
    aliases: { en: ['What is our deadline?', 'Expected completion date', 'End date', 'Due date'], fr: ['Quelle est notre échéance?', 'Date d’achèvement prévue', 'Date limite'] },
  },
] as const;

export type MilestoneColumnKey = (typeof MILESTONE_COLUMNS)[number]['key'];

/** Which language a label is in, or `both` for "English / Français". */
export type LabelLanguage = Language | 'both';

type Entry<K> = { key: K; lang: Language; text: string };

function indexOf<K>(items: readonly { key: K; label: BilingualText; aliases: { en: readonly string[]; fr: readonly string[] } }[]): Entry<K>[] {
  return items.flatMap((item) =>
    (['en', 'fr'] as const).flatMap((lang) =>
      [item.label[lang], ...item.aliases[lang]].map((text) => ({ key: item.key, lang, text: normaliseLabel(text) })),
    ),
  );
}

const FIELD_INDEX = indexOf<FieldKey>(TEMPLATE_FIELDS);
const COLUMN_INDEX = indexOf<MilestoneColumnKey>(MILESTONE_COLUMNS);

function classify<K>(index: Entry<K>[], raw: string): { key: K; lang: LabelLanguage } | undefined {
  const one = (text: string) => {
    const wanted = normaliseLabel(text);
    if (wanted === '') return undefined;
    // Exact first; then a label the cell begins with ("Contact (name, title…)" written as "Contact: Jane").
    const exact = index.filter((entry) => entry.text === wanted);
    // "Code", "Description", "Contact" read the same in both languages: neither is the other language.
    if (exact.length > 0) return { ...exact[0]!, lang: exact.some((e) => e.lang !== exact[0]!.lang) ? ('both' as const) : exact[0]!.lang };
    return [...index].sort((a, b) => b.text.length - a.text.length).find((entry) => entry.text.length >= 5 && wanted.startsWith(`${entry.text} `));
  };
  const parts = raw.split(/\s+\/\s+/);
  if (parts.length === 2) {
    const [a, b] = [one(parts[0]!), one(parts[1]!)];
    if (a && b && a.key === b.key) return { key: a.key, lang: 'both' };
  }
  const found = one(raw);
  return found ? { key: found.key, lang: found.lang } : undefined;
}

/** The template field a table's label cell names, in which language. */
export function classifyFieldLabel(raw: string): { key: FieldKey; lang: LabelLanguage } | undefined {
  return classify(FIELD_INDEX, raw);
}

/** The milestones column a header cell names, in which language. */
export function classifyMilestoneHeader(raw: string): { key: MilestoneColumnKey; lang: LabelLanguage } | undefined {
  return classify(COLUMN_INDEX, raw);
}

/** A label as the template writes it: one language, or both joined by " / ". */
export function labelIn(label: BilingualText, language: LabelLanguage): string {
  return language === 'both' ? `${label.en} / ${label.fr}` : label[language];
}
