import type { BilingualText } from '../../domain/bilingual-text.ts';
import type { ProgressUpdate } from '../../domain/progress-update.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { bilingualMessage, type MessageParams } from '../../i18n/translate.ts';
import type { PlanRecords } from '../../rules/plan-records.ts';
import { isBlank } from '../../rules/is-blank.ts';

/**
 * Canada's tracker upload columns, exactly and in order: the fields of `ckanext/canada/tables/nap5.yaml`
 * and `nap6.yaml` that ckanext-recombinant expects in an upload (neither `import_template_include: false`
 * nor `published_resource_computed_field`), ogp-domain §2.4.
 */
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

export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];
export type TrackerRow = Record<TrackerColumn, string>;

/** An indicator as the plan lists it: where it belongs and which department reports it. */
export type TrackerIndicator = { milestoneCode: string; commitmentCode: string; leadDept: readonly string[] };

/** What the tracker checks an update against: the plan's codes and the tracker's reporting periods. */
export type TrackerPlan = {
  /** The tracker's dataset type and upload sheet name: `nap6` for Canada's 6th plan (2025-2029). */
  datasetType: string;
  reportingPeriods: readonly string[];
  commitments: ReadonlySet<string>;
  milestones: ReadonlySet<string>;
  indicators: ReadonlyMap<string, TrackerIndicator>;
};

/** Why one update cannot go to the tracker; `row` is its row in the ledger's Updates tab. */
export type TrackerRowError = {
  index: number;
  row: number;
  reportingPeriod: string;
  indicatorCode: string;
  rule: 'R5' | 'R7' | 'R8' | 'tracker';
  message: BilingualText;
};

export type TrackerRowsResult = { ok: true; rows: { row: TrackerRow; leadDept: readonly string[] }[] } | { ok: false; errors: TrackerRowError[] };

/** Row 1 of the Updates tab is its header. */
const FIRST_ROW = 2;

/**
 * The plan's codes as the ledger holds them (its commitments' milestones and indicators) and the
 * reporting periods recorded with the plan (`plan.recorded`). Canada numbers its trackers after the
 * plan's place in the series: the 5th plan is `nap5`, the 6th `nap6`.
 */
export function trackerPlanFromRecords(records: Pick<PlanRecords, 'plan' | 'commitments'>): TrackerPlan {
  const plan = records.plan;
  const commitments = new Set<string>();
  const milestones = new Set<string>();
  const indicators = new Map<string, TrackerIndicator>();
  for (const commitment of records.commitments) {
    if (plan && commitment.planId !== undefined && commitment.planId !== plan.id) continue;
    commitments.add(commitment.code);
    for (const milestone of commitment.milestones) {
      milestones.add(milestone.code);
      for (const indicator of milestone.indicators) {
        indicators.set(indicator.code, { milestoneCode: milestone.code, commitmentCode: commitment.code, leadDept: indicator.leadDept });
      }
    }
  }
  return { datasetType: plan ? `nap${plan.sequenceNo}` : '', reportingPeriods: plan?.reportingPeriods ?? [], commitments, milestones, indicators };
}

/** The tracker's own trim (`trim_lead_trailing` in ckanext-canada triggers.py): tab, LF, VT, FF, CR, space. */
export function trackerTrim(text: string): string {
  return text.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');
}

/** Both filled, both empty, or one missing (which the tracker refuses). */
function pairState(pair: BilingualText | undefined): 'both' | 'neither' | 'one' {
  const en = isBlank(pair?.en);
  const fr = isBlank(pair?.fr);
  if (en && fr) return 'neither';
  return en || fr ? 'one' : 'both';
}

type Problem = [TrackerRowError['rule'], MessageKey, MessageParams?];

function findProblems(update: ProgressUpdate, plan: TrackerPlan): Problem[] {
  const problems: Problem[] = [];
  if (!update.milestoneCode.startsWith(`${update.commitmentCode}.`) || !update.indicatorCode.startsWith(`${update.milestoneCode}.`)) {
    problems.push(['R5', 'exports.tracker.error.hierarchy']);
  }
  const listed = plan.indicators.get(update.indicatorCode);
  if (!plan.commitments.has(update.commitmentCode)) problems.push(['tracker', 'publicrecord.tracker.error.unknownCommitment']);
  else if (!plan.milestones.has(update.milestoneCode)) problems.push(['tracker', 'publicrecord.tracker.error.unknownMilestone']);
  else if (listed === undefined) problems.push(['tracker', 'publicrecord.tracker.error.unknownIndicator']);
  else if (listed.milestoneCode !== update.milestoneCode) problems.push(['R5', 'publicrecord.tracker.error.otherMilestone', { listed: listed.milestoneCode }]);
  if (listed !== undefined && listed.leadDept.length === 0) problems.push(['tracker', 'publicrecord.tracker.error.noLeadDept']);
  if (pairState(update.progress) === 'one') problems.push(['R7', 'exports.tracker.error.progressPair']);
  if (pairState(update.evidence) === 'one') problems.push(['R7', 'exports.tracker.error.evidencePair']);
  const challenges = pairState(update.challenges);
  if ((update.status === 'NS' || update.status === 'LP') && challenges !== 'both') problems.push(['R7', 'exports.tracker.error.challengesRequired']);
  else if (challenges === 'one') problems.push(['R7', 'exports.tracker.error.challengesPair']);
  if (plan.reportingPeriods.length === 0) problems.push(['R8', 'publicrecord.tracker.error.noPeriods']);
  else if (!plan.reportingPeriods.includes(update.reportingPeriod)) problems.push(['R8', 'exports.tracker.error.period']);
  // ckanext-recombinant refuses any cell that starts with `=` ("Formulas are not supported"). The
  // file carries texts already trimmed as the tracker stores them, so the trimmed text is what counts.
  const texts: Array<[string, string | undefined]> = [
    ['progress_en', update.progress.en], ['progress_fr', update.progress.fr],
    ['evidence_en', update.evidence?.en], ['evidence_fr', update.evidence?.fr],
    ['challenges_en', update.challenges?.en], ['challenges_fr', update.challenges?.fr],
  ];
  for (const [column, text] of texts) {
    if (text !== undefined && trackerTrim(text).startsWith('=')) problems.push(['tracker', 'publicrecord.tracker.error.formula', { column }]);
  }
  return problems;
}

/**
 * The tracker rows for a plan's progress updates, each text as the tracker will store it (trimmed as
 * its trigger trims, "NIL"/"NUL" when no progress was made, nothing prepended), or every reason the
 * tracker would refuse one: an update outside the plan's codes or reporting periods, a broken pair
 * (R7), a second update for one period and indicator (R8), a text the uploader reads as a formula.
 * One refusal refuses the file: a department uploads a file the tracker takes whole, or none.
 * `updates` are in the Updates tab's order, so each reason names the row the coordinator sees.
 */
export function trackerRows(updates: readonly ProgressUpdate[], plan: TrackerPlan): TrackerRowsResult {
  const errors: TrackerRowError[] = [];
  const seen = new Map<string, number>();
  updates.forEach((update, index) => {
    const row = index + FIRST_ROW;
    const base = { period: update.reportingPeriod, indicator: update.indicatorCode, milestone: update.milestoneCode, commitment: update.commitmentCode, row };
    const refuse = (rule: TrackerRowError['rule'], key: MessageKey, params: MessageParams = {}) =>
      errors.push({ index, row, reportingPeriod: update.reportingPeriod, indicatorCode: update.indicatorCode, rule, message: prefixRow(row, key, { ...base, ...params }) });
    for (const [rule, key, params] of findProblems(update, plan)) refuse(rule, key, params);
    const key = `${update.reportingPeriod}\u0000${update.indicatorCode}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else refuse('R8', 'exports.tracker.error.duplicate', { first: first + FIRST_ROW });
  });
  if (errors.length > 0) return { ok: false, errors };
  const sorted = [...updates].sort((a, b) =>
    a.reportingPeriod !== b.reportingPeriod
      ? a.reportingPeriod < b.reportingPeriod ? -1 : 1
      : a.indicatorCode < b.indicatorCode ? -1 : a.indicatorCode > b.indicatorCode ? 1 : 0,
  );
  return {
    ok: true,
    rows: sorted.map((update) => {
      const noProgress = pairState(update.progress) === 'neither';
      const evidence = pairState(update.evidence) === 'both' ? update.evidence! : { en: '', fr: '' };
      const challenges = pairState(update.challenges) === 'both' ? update.challenges! : { en: '', fr: '' };
      const row: TrackerRow = {
        reporting_period: update.reportingPeriod,
        commitments: update.commitmentCode,
        milestones: update.milestoneCode,
        indicators: update.indicatorCode,
        status: update.status,
        progress_en: noProgress ? 'NIL' : trackerTrim(update.progress.en),
        progress_fr: noProgress ? 'NUL' : trackerTrim(update.progress.fr),
        evidence_en: trackerTrim(evidence.en),
        evidence_fr: trackerTrim(evidence.fr),
        challenges_en: trackerTrim(challenges.en),
        challenges_fr: trackerTrim(challenges.fr),
      };
      return { row, leadDept: plan.indicators.get(update.indicatorCode)?.leadDept ?? [] };
    }),
  };
}

function prefixRow(row: number, key: MessageKey, params: MessageParams): BilingualText {
  const reason = bilingualMessage(key, params);
  const where = bilingualMessage('publicrecord.tracker.row', { row });
  return { en: `${where.en} ${reason.en}`, fr: `${where.fr} ${reason.fr}` };
}
