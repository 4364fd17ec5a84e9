import type { Messages } from '../message.ts';

/** Messages of the ledger exports area. Keys start with "exports.". */
export const exportsMessages = {
  'exports.ics.remoteLink': { en: 'Remote link: {url}', fr: 'Lien pour participer à distance : {url}' },

  'exports.notes.labelValue': { en: '{label}: {value}', fr: '{label} : {value}' },
  'exports.notes.date': { en: 'Date', fr: 'Date' },
  'exports.notes.venue': { en: 'Venue', fr: 'Lieu' },
  'exports.notes.remoteLink': { en: 'Remote link', fr: 'Lien pour participer à distance' },
  'exports.notes.chair': { en: 'Chair', fr: 'Présidence' },
  'exports.notes.coChaired': { en: 'Co-chaired by both sides', fr: 'Coprésidée par les deux parties' },
  'exports.notes.venueType.neutral': { en: 'neutral venue', fr: 'lieu neutre' },
  'exports.notes.venueType.government_premises': { en: 'government premises', fr: 'locaux du gouvernement' },
  'exports.notes.venueType.cso_premises': { en: 'civil society premises', fr: 'locaux de la société civile' },
  'exports.notes.venueType.online_only': { en: 'online only', fr: 'en ligne seulement' },
  'exports.notes.attendance': { en: 'Attendance', fr: 'Présences' },
  'exports.notes.attendanceCount': { en: '{side}: {count} present', fr: '{side} : {count} personne(s) présente(s)' },
  'exports.notes.attendanceNames': { en: '{side} ({count}): {names}', fr: '{side} ({count}) : {names}' },
  'exports.notes.noAttendance': { en: 'Attendance was not recorded.', fr: 'Les présences n’ont pas été consignées.' },
  'exports.notes.attribution.by_name': {
    en: 'Statements are attributed by name and side.',
    fr: 'Les interventions sont attribuées par nom et par partie.',
  },
  'exports.notes.attribution.by_side': {
    en: 'Statements are attributed by side only.',
    fr: 'Les interventions sont attribuées par partie seulement.',
  },
  'exports.notes.attribution.none': { en: 'Statements are not attributed.', fr: 'Les interventions ne sont pas attribuées.' },
  'exports.notes.section.decision': { en: 'Decisions', fr: 'Décisions' },
  'exports.notes.section.agreement': { en: 'Agreements', fr: 'Points d’accord' },
  'exports.notes.section.disagreement': { en: 'Disagreements', fr: 'Points de désaccord' },
  'exports.notes.section.question': { en: 'Questions', fr: 'Questions' },
  'exports.notes.section.action': { en: 'Actions', fr: 'Mesures de suivi' },
  'exports.notes.section.note': { en: 'Notes', fr: 'Notes' },
  'exports.notes.column.action': { en: 'Action', fr: 'Mesure de suivi' },
  'exports.notes.column.owner': { en: 'Owner', fr: 'Responsable' },
  'exports.notes.column.due': { en: 'Due date', fr: 'Échéance' },
  'exports.notes.column.status': { en: 'Status', fr: 'État' },
  'exports.notes.actionStatus.open': { en: 'Open', fr: 'À faire' },
  'exports.notes.actionStatus.done': { en: 'Done', fr: 'Terminée' },
  'exports.notes.unassigned': { en: 'Not assigned', fr: 'Non attribuée' },
  'exports.notes.noDueDate': { en: 'No date', fr: 'Sans date' },
  'exports.notes.noText': { en: '(no text recorded)', fr: '(aucun texte consigné)' },
  'exports.notes.said': { en: '{who}: {text}', fr: '{who} : {text}' },
  'exports.notes.commitment': { en: 'commitment {id}', fr: 'engagement {id}' },
  'exports.notes.none': { en: 'None recorded.', fr: 'Aucun élément consigné.' },
  'exports.notes.prepared': { en: 'Prepared on {date}.', fr: 'Préparé le {date}.' },
  'exports.notes.headHash': {
    en: 'Ledger chain head when these notes were prepared: {hash}',
    fr: 'Tête de la chaîne du registre au moment de la préparation de ces notes : {hash}',
  },
  'exports.notes.noHeadHash': {
    en: 'Draft: the ledger’s chain head is printed here once the notes are published.',
    fr: 'Ébauche : la tête de la chaîne du registre figurera ici une fois les notes publiées.',
  },

  'exports.tracker.error.hierarchy': {
    en: 'Indicator {indicator} must belong to milestone {milestone}, which must belong to commitment {commitment} (rule R5).',
    fr: 'L’indicateur {indicator} doit relever du jalon {milestone}, qui doit relever de l’engagement {commitment} (règle R5).',
  },
  'exports.tracker.error.progressPair': {
    en: 'Update {period} for {indicator}: progress must be given in both English and French, or left empty in both for NIL/NUL (rule R7).',
    fr: 'Mise à jour {period} de {indicator} : les progrès doivent être indiqués en anglais et en français, ou laissés vides dans les deux langues pour NIL/NUL (règle R7).',
  },
  'exports.tracker.error.evidencePair': {
    en: 'Update {period} for {indicator}: evidence must be given in both English and French, or in neither (rule R7).',
    fr: 'Mise à jour {period} de {indicator} : les preuves doivent être fournies en anglais et en français, ou pas du tout (règle R7).',
  },
  'exports.tracker.error.challengesRequired': {
    en: 'Update {period} for {indicator}: challenges are required in both English and French when the status is Not started or Limited progress (rule R7).',
    fr: 'Mise à jour {period} de {indicator} : les difficultés doivent être décrites en anglais et en français lorsque l’état est Non commencé ou Progrès limité (règle R7).',
  },
  'exports.tracker.error.challengesPair': {
    en: 'Update {period} for {indicator}: challenges must be given in both English and French, or in neither (rule R7).',
    fr: 'Mise à jour {period} de {indicator} : les difficultés doivent être décrites en anglais et en français, ou pas du tout (règle R7).',
  },
  'exports.tracker.error.period': {
    en: 'Update for {indicator}: {period} is not one of the plan’s reporting periods (rule R8).',
    fr: 'Mise à jour de {indicator} : {period} ne fait pas partie des périodes de rapport du plan (règle R8).',
  },
  'exports.tracker.error.duplicate': {
    en: 'Indicator {indicator} already has an update for {period} (row {first}); the tracker accepts one per period (rule R8).',
    fr: 'L’indicateur {indicator} a déjà une mise à jour pour {period} (ligne {first}); le suivi n’en accepte qu’une par période (règle R8).',
  },
} satisfies Messages;
