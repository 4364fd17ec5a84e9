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
      en: 'Verifiability and ambition (R3, R4) are word-list heuristics in English and French, not the IRM’s assessment: they point at text worth rereading.',
      fr: 'La vérifiabilité et l’ambition (R3, R4) reposent sur des listes de mots en anglais et en français, pas sur l’évaluation du MEI : elles signalent un texte à relire.',
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
