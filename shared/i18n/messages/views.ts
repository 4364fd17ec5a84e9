import type { Messages } from '../message.ts';

/** Messages of the ledger views area. Keys start with "views.". */
export const viewsMessages = {
  'views.cell.notList': {
    en: 'This cell should hold a list written as ["a", "b"].',
    fr: 'Cette cellule doit contenir une liste écrite ainsi : ["a", "b"].',
  },
  'views.tab.badHeader': {
    en: 'The first row of the “{tab}” tab is not the expected header; use “Rebuild views” to rewrite it.',
    fr: 'La première ligne de l’onglet « {tab} » n’est pas l’en-tête attendu; utilisez « Reconstruire les vues » pour la réécrire.',
  },

  'views.tab.log': { en: 'Event log', fr: 'Journal des événements' },
  'views.tab.members': { en: 'Members', fr: 'Membres' },
  'views.tab.dashboard': { en: 'Dashboard', fr: 'Tableau de bord' },
  'views.tab.commitments': { en: 'Commitments', fr: 'Engagements' },
  'views.tab.milestones': { en: 'Milestones', fr: 'Jalons' },
  'views.tab.indicators': { en: 'Indicators', fr: 'Indicateurs' },
  'views.tab.updates': { en: 'Progress updates', fr: 'Mises à jour des progrès' },
  'views.tab.decisions': { en: 'Decisions', fr: 'Décisions' },
  'views.tab.actions': { en: 'Actions', fr: 'Mesures de suivi' },
  'views.tab.signoffs': { en: 'Sign-offs', fr: 'Approbations' },
  'views.tab.meetings': { en: 'Meetings', fr: 'Réunions' },
  'views.tab.proposals': { en: 'Proposals and reasoned responses', fr: 'Propositions et réponses motivées' },
  'views.tab.stakeholders': { en: 'Stakeholders', fr: 'Parties prenantes' },
  'views.tab.outreach': { en: 'Outreach', fr: 'Activités de sensibilisation' },

  'views.dashboard.today': { en: 'Date of these figures', fr: 'Date de ces données' },
  'views.dashboard.headSeq': { en: 'Events in the ledger (last sequence number)', fr: 'Événements au registre (dernier numéro de séquence)' },
  'views.dashboard.headHash': {
    en: 'Chain head hash: compare it with the one printed in published notes',
    fr: 'Empreinte de tête de chaîne : comparez-la à celle imprimée dans les comptes rendus publiés',
  },
  'views.dashboard.eventCount': { en: 'Distinct events folded into these views', fr: 'Événements distincts intégrés à ces vues' },
  'views.dashboard.commitments': { en: 'Commitments', fr: 'Engagements' },
  'views.dashboard.included': { en: 'Commitments the government decided to include', fr: 'Engagements que le gouvernement a décidé d’inclure' },
  'views.dashboard.milestones': { en: 'Milestones', fr: 'Jalons' },
  'views.dashboard.indicators': { en: 'Indicators', fr: 'Indicateurs' },
  'views.dashboard.meetings': { en: 'Meetings on record', fr: 'Réunions consignées' },
  'views.dashboard.meetingsHeld': { en: 'Meetings held', fr: 'Réunions tenues' },
  'views.dashboard.meetingsUpcoming': { en: 'Meetings scheduled from today', fr: 'Réunions prévues à partir d’aujourd’hui' },
  'views.dashboard.lastHeldAt': { en: 'Last meeting held', fr: 'Dernière réunion tenue' },
  'views.dashboard.suggestedNextChair': {
    en: 'Side that should chair the next forum meeting (alternation, R18)',
    fr: 'Partie qui devrait présider la prochaine réunion du Forum (alternance, R18)',
  },
  'views.dashboard.proposals': { en: 'Proposals received', fr: 'Propositions reçues' },
  'views.dashboard.owingResponse': {
    en: 'Proposals not fully adopted, owed a reasoned response',
    fr: 'Propositions non entièrement retenues, qui appellent une réponse motivée',
  },
  'views.dashboard.responded': {
    en: 'Of those, answered in English and French',
    fr: 'Parmi elles, propositions ayant reçu une réponse en anglais et en français',
  },
  'views.dashboard.responseCoverage': { en: 'Reasoned-response coverage (%)', fr: 'Taux de réponses motivées (%)' },
  'views.dashboard.actionsOpen': { en: 'Open actions', fr: 'Mesures de suivi en cours' },
  'views.dashboard.actionsOverdue': { en: 'Overdue actions', fr: 'Mesures de suivi en retard' },
  'views.dashboard.actionsDone': { en: 'Completed actions', fr: 'Mesures de suivi terminées' },
  'views.dashboard.decisions': { en: 'Decisions', fr: 'Décisions' },
  'views.dashboard.agreements': { en: 'Agreements', fr: 'Points d’accord' },
  'views.dashboard.disagreements': { en: 'Recorded disagreements', fr: 'Désaccords consignés' },
  'views.dashboard.stakeholders': { en: 'Stakeholders in the registry', fr: 'Parties prenantes au répertoire' },
  'views.dashboard.stakeholdersSide': { en: 'Stakeholders on side “{side}”', fr: 'Parties prenantes de la partie « {side} »' },
  'views.dashboard.outreach': { en: 'Outreach activities', fr: 'Activités de sensibilisation' },
  'views.dashboard.participantsReached': { en: 'People reached by outreach', fr: 'Personnes jointes par la sensibilisation' },
  'views.dashboard.targetedActivities': {
    en: 'Targeted outreach activities (beyond self-selected groups)',
    fr: 'Activités de sensibilisation ciblées (au-delà des groupes autosélectionnés)',
  },
  'views.dashboard.updates': { en: 'Tracker progress updates', fr: 'Mises à jour de suivi des progrès' },
  'views.dashboard.latestPeriod': { en: 'Latest reporting period', fr: 'Dernière période de rapport' },
  'views.dashboard.capacityPeople': { en: 'Staff committed by side “{side}” (people)', fr: 'Personnel engagé par la partie « {side} » (personnes)' },
  'views.dashboard.capacityDays': {
    en: 'Time committed by side “{side}” (days per month)',
    fr: 'Temps engagé par la partie « {side} » (jours par mois)',
  },
  'views.dashboard.procedureState': { en: 'Sign-off procedure (draft or agreed)', fr: 'Procédure d’approbation (ébauche ou convenue)' },
  'views.dashboard.verdict': { en: 'Civil society network’s partnership verdict', fr: 'Verdict de partenariat du Réseau de la société civile' },
  'views.dashboard.verdictIssuedAt': { en: 'Verdict issued on', fr: 'Verdict rendu le' },
  'views.dashboard.pendingOpen': {
    en: '{kind} {id}, {track} track: {state}; window closes in {days} day(s)',
    fr: '{kind} {id}, volet {track} : {state}; la période se termine dans {days} jour(s)',
  },
  'views.dashboard.pendingClosed': {
    en: '{kind} {id}, {track} track: {state}; window closed {days} day(s) ago',
    fr: '{kind} {id}, volet {track} : {state}; la période s’est terminée il y a {days} jour(s)',
  },
  'views.dashboard.pendingNoWindow': {
    en: '{kind} {id}, {track} track: {state}; no review window set',
    fr: '{kind} {id}, volet {track} : {state}; aucune période d’examen fixée',
  },
  'views.dashboard.pendingChanged': {
    en: '{kind} {id}, {track} track: the text changed since it was signed ({state}); sign again',
    fr: '{kind} {id}, volet {track} : le texte a changé depuis l’approbation ({state}); il faut approuver de nouveau',
  },
} satisfies Messages;
