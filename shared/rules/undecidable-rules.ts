import type { BilingualText } from '../domain/bilingual-text.ts';
import type { RuleCode } from './finding.ts';

/**
 * Rules, or parts of rules, that the records cannot decide, and why. Shown to users so that a clean
 * report is not read as "all of §5 is met".
 */
export const UNDECIDABLE_RULES: readonly { rule: RuleCode; reason: BilingualText }[] = [
  {
    rule: 'R12',
    reason: {
      en: 'Whether the public repository is updated at least twice a year: the ledger records meeting notes, responses and tracker rows, but not the repository itself or the other documents posted to it. Only “every meeting has its notes published” is checked.',
      fr: 'La mise à jour du répertoire public au moins deux fois par année : le registre consigne les notes de réunion, les réponses et les lignes du suivi, mais pas le répertoire lui-même ni les autres documents qui y sont versés. Seule la règle « chaque réunion a ses notes publiées » est vérifiée.',
    },
  },
  {
    rule: 'R11',
    reason: {
      en: 'Whether each implementation meeting actually presented results and collected comments: only the meeting type (implementation tracking) and its date are recorded. The count per year is checked.',
      fr: 'Si chaque réunion de mise en œuvre a réellement présenté des résultats et recueilli des commentaires : seuls le type de réunion (suivi de la mise en œuvre) et sa date sont consignés. Le nombre de réunions par année est vérifié.',
    },
  },
  {
    rule: 'R14',
    reason: {
      en: 'The IRM’s judgement of the participation level (IAP2 “Involve”) itself: only its proxy is checked, input collected and a published reasoned response for every proposal not adopted.',
      fr: 'Le jugement du MEI sur le niveau de participation (« Impliquer » de l’AIP2) lui-même : seul son indicateur indirect est vérifié, soit des contributions recueillies et une réponse motivée publiée pour chaque proposition non retenue.',
    },
  },
  {
    rule: 'R3',
    reason: {
      en: 'Verifiability itself is the IRM’s judgement. The check is a word-list heuristic in English and French (soft verbs, deliverables, dates, numbers) that points at text worth rereading.',
      fr: 'La vérifiabilité elle-même relève du jugement du MEI. La vérification repose sur des listes de mots en anglais et en français (verbes vagues, livrables, dates, nombres) et signale un texte à relire.',
    },
  },
  {
    rule: 'R4',
    reason: {
      en: 'The potential for results is the IRM’s judgement. The hint comes from word lists (websites, data, training, pilots; continuing work; binding change) and is only a hint.',
      fr: 'Le potentiel de résultats relève du jugement du MEI. L’indice vient de listes de mots (sites Web, données, formation, projets pilotes; travail qui se poursuit; changement contraignant) et n’est qu’un indice.',
    },
  },
  {
    rule: 'R17',
    reason: {
      en: 'That both sides agreed the procedure is read from its recorded state (agreed, with a date), not from a sign-off by each side. Windows are checked against the sum of each side’s minimum review days.',
      fr: 'L’acceptation de la procédure par les deux parties est lue dans son état consigné (acceptée, avec une date), et non dans une approbation de chaque partie. Les périodes sont comparées à la somme des jours d’examen minimaux de chaque partie.',
    },
  },
  {
    rule: 'R20',
    reason: {
      en: 'Who recorded a decision is known only when the record carries it (filled by the ledger from the event’s author); older records without it are not judged. The ledger also refuses such events by role when they arrive.',
      fr: 'L’auteur d’une décision n’est connu que si l’enregistrement l’indique (le registre le reprend de l’auteur de l’événement); les enregistrements plus anciens qui ne l’indiquent pas ne sont pas jugés. Le registre refuse aussi ces événements selon le rôle, dès leur arrivée.',
    },
  },
  {
    rule: 'R6',
    reason: {
      en: 'Equal quality of the English and French versions: only that both exist is checked, not that one is a faithful translation of the other.',
      fr: 'La qualité égale des versions anglaise et française : seule la présence des deux est vérifiée, pas la fidélité de l’une à l’autre.',
    },
  },
];
