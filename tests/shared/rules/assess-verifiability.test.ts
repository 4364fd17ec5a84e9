import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/language.ts';
import { assessVerifiability } from '../../../shared/rules/assess-verifiability.ts';

type Row = [Language, string, string, string];

// [language, "What will we do?", "How will we know we succeeded?", verdict]
const rows: Row[] = [
  ['en', 'Explore options for open contracting.', '', 'softVerbsOnly'],
  ['en', 'Continue to support and promote open data.', '', 'softVerbsOnly'],
  ['en', 'Engage civil society on open government.', 'Civil society is engaged.', 'softVerbsOnly'],
  ['en', 'Support the open data portal.', '', 'softVerbsOnly'],
  ['en', 'Continue to support open data until 2026.', '', 'softVerbsOnly'],
  ['en', 'Support open data.', 'A dataset inventory is published.', 'verifiable'],
  ['en', 'Engage 50 community organisations.', '', 'verifiable'],
  ['en', 'Publish a guide to open contracting.', '', 'verifiable'],
  ['en', 'Open contracting work.', '', 'noDeliverable'],
  ['en', 'Better outcomes for Canadians.', 'Things improve.', 'noDeliverable'],
  ['en', 'Hold two public workshops on open contracting.', '', 'verifiable'],
  ['en', 'Make procurement more open.', 'By March 2027.', 'verifiable'],
  ['en', '', '', 'empty'],
  ['fr', 'Explorer des options de contrats ouverts.', '', 'softVerbsOnly'],
  ['fr', 'Poursuivre le soutien aux données ouvertes.', '', 'softVerbsOnly'],
  ['fr', 'Promouvoir et appuyer la participation citoyenne.', '', 'softVerbsOnly'],
  ['fr', 'Soutenir le portail de données ouvertes.', '', 'softVerbsOnly'],
  ['fr', 'Mobiliser la société civile.', 'Un rapport « Ce que nous avons entendu » est publié.', 'verifiable'],
  ['fr', 'Publier un guide sur les contrats ouverts.', '', 'verifiable'],
  ['fr', 'Élaborer une stratégie de données d’ici mars 2027.', '', 'verifiable'],
  ['fr', 'Des résultats meilleurs pour la population.', 'Les choses vont mieux.', 'noDeliverable'],
  ['fr', 'Tenir deux ateliers publics.', '', 'verifiable'],
  // Idioms that look like deliverables but are not.
  ['en', 'We plan to look into options with partners.', '', 'noDeliverable'],
  ['fr', 'Collaborer dans le cadre du partenariat, sur le plan régional.', '', 'noDeliverable'],
  ['en', 'Adopt a new action plan on open science.', '', 'verifiable'],
  ['fr', 'Adopter un nouveau cadre de gestion des données.', '', 'verifiable'],
];

describe('assessVerifiability (R3 heuristic)', () => {
  it.each(rows)('%s “%s” / “%s” → %s', (language, action, output, kind) => {
    expect(assessVerifiability(action, output, language).kind).toBe(kind);
  });

  it('quotes the soft verbs it found, in lower case', () => {
    expect(assessVerifiability('Explore and PROMOTE open data.', '', 'en')).toEqual({
      kind: 'softVerbsOnly',
      softVerbs: ['explore', 'promote'],
    });
  });
});
