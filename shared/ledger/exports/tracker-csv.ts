import type { BilingualText } from '../../domain/bilingual-text.ts';
import type { ProgressUpdate } from '../../domain/progress-update.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { bilingualMessage } from '../../i18n/translate.ts';
import { encodeCsv } from './encode-csv.ts';
import { isBlank } from '../../rules/is-blank.ts';

/** Canada's tracker update columns, exactly and in order (ogp-domain §2.4, §3.5). */
export const TRACKER_COLUMNS = [
  'reporting_period',
  'commitments',
  'milestones',
  'indicators',
  'status',
  'progress_en',
  'progress_fr',
  'evidence_en',
  'evidence_fr',
  'challenges_en',
  'challenges_fr',
] as const;

/** Why one update cannot go into the tracker file; `index` is its place in the input. */
export type TrackerRowError = {
  index: number;
  reportingPeriod: string;
  indicatorCode: string;
  rule: 'R5' | 'R7' | 'R8';
  message: BilingualText;
};

export type TrackerCsvResult = { ok: true; csv: string; rowCount: number } | { ok: false; errors: TrackerRowError[] };


/** Both filled, both empty, or one missing (which the tracker refuses). */
function pairState(pair: BilingualText | undefined): 'both' | 'neither' | 'one' {
  const en = isBlank(pair?.en);
  const fr = isBlank(pair?.fr);
  if (en && fr) return 'neither';
  return en || fr ? 'one' : 'both';
}

function findErrors(update: ProgressUpdate, allowedPeriods: ReadonlySet<string> | undefined): Array<[TrackerRowError['rule'], MessageKey]> {
  const errors: Array<[TrackerRowError['rule'], MessageKey]> = [];
  if (!update.milestoneCode.startsWith(`${update.commitmentCode}.`) || !update.indicatorCode.startsWith(`${update.milestoneCode}.`)) {
    errors.push(['R5', 'exports.tracker.error.hierarchy']);
  }
  if (pairState(update.progress) === 'one') errors.push(['R7', 'exports.tracker.error.progressPair']);
  if (pairState(update.evidence) === 'one') errors.push(['R7', 'exports.tracker.error.evidencePair']);
  const challenges = pairState(update.challenges);
  if ((update.status === 'NS' || update.status === 'LP') && challenges !== 'both') {
    errors.push(['R7', 'exports.tracker.error.challengesRequired']);
  } else if (challenges === 'one') {
    errors.push(['R7', 'exports.tracker.error.challengesPair']);
  }
  if (allowedPeriods && !allowedPeriods.has(update.reportingPeriod)) errors.push(['R8', 'exports.tracker.error.period']);
  return errors;
}

/**
 * Canada's tracker CSV from progress updates. Empty progress in both languages is written as Canada
 * asks, "NIL" / "NUL". Any update that breaks R5, R7 or R8 (including two updates for one
 * reporting period and indicator) refuses the whole file with bilingual reasons: a department uploads
 * a file the tracker accepts, or none. `reportingPeriods` is the plan's allowed list, when known.
 */
export function trackerCsv(
  updates: readonly ProgressUpdate[],
  options: { reportingPeriods?: readonly string[] } = {},
): TrackerCsvResult {
  const allowed = options.reportingPeriods ? new Set(options.reportingPeriods) : undefined;
  const errors: TrackerRowError[] = [];
  const seen = new Map<string, number>();
  updates.forEach((update, index) => {
    const params = { period: update.reportingPeriod, indicator: update.indicatorCode, milestone: update.milestoneCode, commitment: update.commitmentCode };
    for (const [rule, key] of findErrors(update, allowed)) {
      errors.push({ index, reportingPeriod: update.reportingPeriod, indicatorCode: update.indicatorCode, rule, message: bilingualMessage(key, params) });
    }
    const key = `${update.reportingPeriod}\u0000${update.indicatorCode}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      errors.push({
        index,
        reportingPeriod: update.reportingPeriod,
        indicatorCode: update.indicatorCode,
        rule: 'R8',
        message: bilingualMessage('exports.tracker.error.duplicate', { ...params, first: first + 1 }),
      });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  const sorted = [...updates].sort((a, b) =>
    a.reportingPeriod !== b.reportingPeriod
      ? a.reportingPeriod < b.reportingPeriod ? -1 : 1
      : a.indicatorCode < b.indicatorCode ? -1 : a.indicatorCode > b.indicatorCode ? 1 : 0,
  );
  const rows = sorted.map((update) => {
    const noProgress = pairState(update.progress) === 'neither';
    const evidence = pairState(update.evidence) === 'both' ? update.evidence! : { en: '', fr: '' };
    const challenges = pairState(update.challenges) === 'both' ? update.challenges! : { en: '', fr: '' };
    return [
      update.reportingPeriod,
      update.commitmentCode,
      update.milestoneCode,
      update.indicatorCode,
      update.status,
      noProgress ? 'NIL' : update.progress.en,
      noProgress ? 'NUL' : update.progress.fr,
      evidence.en,
      evidence.fr,
      challenges.en,
      challenges.fr,
    ];
  });
  return { ok: true, csv: encodeCsv([[...TRACKER_COLUMNS], ...rows]), rowCount: rows.length };
}
