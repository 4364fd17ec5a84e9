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
  'publicrecord.tracker.row': { en: 'Updates tab, row {row}:', fr: 'Onglet des mises à jour, ligne {row} :' },
  'publicrecord.tracker.error.unknownCommitment': {
    en: 'commitment {commitment} is not one of the plan’s commitments in the ledger; the tracker lists only the plan’s codes.',
    fr: 'l’engagement {commitment} ne fait pas partie des engagements du plan consignés dans le registre; le suivi n’accepte que les codes du plan.',
  },
  'publicrecord.tracker.error.unknownMilestone': {
    en: 'milestone {milestone} is not one of the plan’s milestones in the ledger; the tracker lists only the plan’s codes.',
    fr: 'le jalon {milestone} ne fait pas partie des jalons du plan consignés dans le registre; le suivi n’accepte que les codes du plan.',
  },
  'publicrecord.tracker.error.unknownIndicator': {
    en: 'indicator {indicator} is not one of the plan’s indicators in the ledger; the tracker lists only the plan’s codes.',
    fr: 'l’indicateur {indicator} ne fait pas partie des indicateurs du plan consignés dans le registre; le suivi n’accepte que les codes du plan.',
  },
  'publicrecord.tracker.error.otherMilestone': {
    en: 'indicator {indicator} belongs to milestone {listed} in the plan, not to {milestone} (rule R5).',
    fr: 'l’indicateur {indicator} relève du jalon {listed} dans le plan, et non de {milestone} (règle R5).',
  },
  'publicrecord.tracker.error.noLeadDept': {
    en: 'indicator {indicator} has no lead department in the plan; each department uploads its own tracker file.',
    fr: 'l’indicateur {indicator} n’a pas de ministère responsable dans le plan; chaque ministère téléverse son propre fichier de suivi.',
  },
  'publicrecord.tracker.error.noPeriods': {
    en: 'the plan’s reporting periods are not recorded in the ledger, so {period} cannot be checked; record the plan first (rule R8).',
    fr: 'les périodes de rapport du plan ne sont pas consignées dans le registre, alors {period} ne peut pas être vérifiée; consignez d’abord le plan (règle R8).',
  },
  'publicrecord.tracker.error.formula': {
    en: '{column} starts with “=”, which the tracker refuses as a formula; reword the start of the text.',
    fr: '{column} commence par « = », ce que le suivi refuse comme une formule; reformulez le début du texte.',
  },
  'publicrecord.tracker.workbookTitle': {
    en: 'Open Government Tracker ({datasetType}) — {organisation}',
    fr: 'Suivi du gouvernement ouvert ({datasetType}) — {organisation}',
  },
  'publicrecord.tracker.dialog.title': { en: 'Files for Canada’s tracker', fr: 'Fichiers pour le suivi du Canada' },
  'publicrecord.tracker.dialog.ready': {
    en: '{count} progress rows are ready. The files are made in your browser; nothing is sent anywhere.',
    fr: '{count} lignes d’avancement sont prêtes. Les fichiers sont créés dans votre navigateur; rien n’est envoyé ailleurs.',
  },
  'publicrecord.tracker.dialog.upload': {
    en: 'Upload file for {organisation}: {file} ({count} rows)',
    fr: 'Fichier à téléverser pour {organisation} : {file} ({count} lignes)',
  },
  'publicrecord.tracker.dialog.reading': { en: 'All rows, for reading only: {file}', fr: 'Toutes les lignes, pour lecture seulement : {file}' },
  'publicrecord.tracker.dialog.which': {
    en: 'Each department uploads its own .xlsx file to the tracker: its texts are exactly what the tracker will store. The .csv is for reading and sharing; texts that start with = + - or @ carry a leading apostrophe there, so never upload it.',
    fr: 'Chaque ministère téléverse son propre fichier .xlsx dans le suivi : ses textes sont exactement ceux que le suivi conservera. Le fichier .csv sert à la lecture et au partage; les textes qui commencent par = + - ou @ y sont précédés d’une apostrophe, alors ne le téléversez jamais.',
  },
  'publicrecord.tracker.dialog.noPlan': {
    en: 'The plan is not recorded in the ledger yet, so its reporting periods and codes are unknown. Record the plan, then export again.',
    fr: 'Le plan n’est pas encore consigné dans le registre; ses périodes de rapport et ses codes sont donc inconnus. Consignez le plan, puis exportez de nouveau.',
  },
  'publicrecord.tracker.dialog.noUpdates': {
    en: 'There are no progress updates in the ledger yet, so there is nothing to upload.',
    fr: 'Le registre ne contient encore aucune mise à jour d’avancement; il n’y a donc rien à téléverser.',
  },
  'publicrecord.yes': { en: 'Yes', fr: 'Oui' },
  'publicrecord.no': { en: 'No', fr: 'Non' },
} satisfies Messages;
