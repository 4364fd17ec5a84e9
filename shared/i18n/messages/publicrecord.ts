import type { Messages } from '../message.ts';

/**
 * Messages of the public record: the tracker upload, the IRM's findings and the repository site.
 * Keys start with "publicrecord.". The IRM's English category names are copied word for word from
 * its glossary (ogp-domain §2.3); the French ones follow OGP's French pages where known.
 */
export const publicRecordMessages = {

  'publicrecord.irm.error.designInResults': {
    en: 'Verifiability, relevance and potential for results come from the IRM’s Action Plan Review, not from its Results Report.',
    fr: 'La vérifiabilité, la pertinence et le potentiel de résultats proviennent de l’examen du plan d’action du MEI, et non de son rapport sur les résultats.',
  },
  'publicrecord.irm.error.resultsInReview': {
    en: 'Completion and “Did it open government?” come from the IRM’s Results Report, not from its Action Plan Review.',
    fr: 'L’achèvement et « A-t-il ouvert le gouvernement? » proviennent du rapport sur les résultats du MEI, et non de son examen du plan d’action.',
  },
  'publicrecord.irm.error.notReviewable': {
    en: 'A commitment the IRM found not verifiable is not reviewable: it has no potential for results.',
    fr: 'Un engagement que le MEI juge non vérifiable ne peut pas être examiné : il n’a pas de potentiel de résultats.',
  },
  'publicrecord.irm.report.action_plan_review': { en: 'Action Plan Review', fr: 'Examen du plan d’action' },
  'publicrecord.irm.report.results_report': { en: 'Results Report', fr: 'Rapport sur les résultats' },
  'publicrecord.irm.verifiable': { en: 'Verifiable', fr: 'Vérifiable' },
  'publicrecord.irm.verifiable.verifiable': { en: 'Verifiable', fr: 'Vérifiable' },
  'publicrecord.irm.verifiable.not_verifiable': { en: 'Not verifiable', fr: 'Non vérifiable' },
  'publicrecord.irm.relevant': { en: 'Relevant to OGP values', fr: 'Pertinent pour les valeurs du PGO' },
  'publicrecord.irm.potential': { en: 'Potential for results', fr: 'Potentiel de résultats' },
  'publicrecord.irm.potential.unclear': { en: 'Unclear', fr: 'Incertain' },
  'publicrecord.irm.potential.modest': { en: 'Modest', fr: 'Modeste' },
  'publicrecord.irm.potential.substantial': { en: 'Substantial', fr: 'Substantiel' },
  'publicrecord.irm.promising': { en: 'Promising commitment', fr: 'Engagement prometteur' },
  'publicrecord.irm.completion': { en: 'Completion', fr: 'Achèvement' },
  'publicrecord.irm.completion.no_evidence_available': { en: 'No Evidence Available', fr: 'Aucune preuve disponible' },
  'publicrecord.irm.completion.not_started': { en: 'Not Started', fr: 'Non commencé' },
  'publicrecord.irm.completion.limited': { en: 'Limited', fr: 'Limité' },
  'publicrecord.irm.completion.substantial': { en: 'Substantial', fr: 'Substantiel' },
  'publicrecord.irm.completion.complete': { en: 'Complete', fr: 'Complet' },
  'publicrecord.irm.dioG': { en: 'Did it open government?', fr: 'A-t-il ouvert le gouvernement?' },
  'publicrecord.irm.dioG.worsened': { en: 'Worsened', fr: 'Détérioré' },
  'publicrecord.irm.dioG.did_not_change': { en: 'Did not change', fr: 'N’a pas changé' },
  'publicrecord.irm.dioG.marginal': { en: 'Marginal', fr: 'Marginal' },
  'publicrecord.irm.dioG.major': { en: 'Major', fr: 'Majeur' },
  'publicrecord.irm.dioG.outstanding': { en: 'Outstanding', fr: 'Exceptionnel' },
  'publicrecord.yes': { en: 'Yes', fr: 'Oui' },
  'publicrecord.no': { en: 'No', fr: 'Non' },
} satisfies Messages;
