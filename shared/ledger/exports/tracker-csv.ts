import { encodeCsv } from './encode-csv.ts';
import { TRACKER_COLUMNS, trackerRows, type TrackerPlan, type TrackerRowError } from './tracker-rows.ts';

export { TRACKER_COLUMNS, type TrackerRowError } from './tracker-rows.ts';

export type TrackerCsvResult = { ok: true; csv: string; rowCount: number } | { ok: false; errors: TrackerRowError[] };

/**
 * Canada's tracker rows as a CSV for people to read (open it in a spreadsheet, share it, archive
 * it): the same rows as the upload workbook, checked against the same plan, but every cell passes
 * the CSV formula guard, so a text the tracker stores as `- …` shows here as `'- …`. The upload is the
 * workbook (trackerWorkbook), whose cells are text whatever they start with.
 */
export function trackerCsv(updates: Parameters<typeof trackerRows>[0], plan: TrackerPlan): TrackerCsvResult {
  const result = trackerRows(updates, plan);
  if (!result.ok) return result;
  const rows = result.rows.map(({ row }) => TRACKER_COLUMNS.map((column) => row[column]));
  return { ok: true, csv: encodeCsv([[...TRACKER_COLUMNS], ...rows]), rowCount: rows.length };
}
