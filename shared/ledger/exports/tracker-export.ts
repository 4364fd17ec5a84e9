import type { ProgressUpdate } from '../../domain/progress-update.ts';
import type { Language } from '../../i18n/language.ts';
import { encodeCsv } from './encode-csv.ts';
import { TRACKER_COLUMNS, trackerRows, type TrackerPlan, type TrackerRow, type TrackerRowError } from './tracker-rows.ts';
import { trackerWorkbook, type WorkbookFile } from './tracker-workbook.ts';

/** One department's upload workbook, as the files of its XLSX package. */
export type TrackerUpload = { organisation: string; fileName: string; rowCount: number; files: WorkbookFile[] };

export type TrackerExport =
  | { ok: true; uploads: TrackerUpload[]; csv: { fileName: string; content: string }; rowCount: number }
  | { ok: false; errors: TrackerRowError[] };

/**
 * Everything the menu's export gives the coordinator: one upload workbook per lead department (the
 * tracker's uploader takes a department's own sheet only; an indicator with several lead departments
 * goes to the first the plan names) and one CSV of all rows for reading. `stamp` (a date) names the
 * files. Refused whole, with every reason, when the tracker would refuse any row.
 */
export function trackerExport(updates: readonly ProgressUpdate[], plan: TrackerPlan, options: { language: Language; stamp: string }): TrackerExport {
  const result = trackerRows(updates, plan);
  if (!result.ok) return result;
  const byOrganisation = new Map<string, TrackerRow[]>();
  for (const { row, leadDept } of result.rows) {
    const organisation = leadDept[0]!;
    const list = byOrganisation.get(organisation);
    if (list) list.push(row);
    else byOrganisation.set(organisation, [row]);
  }
  const uploads = [...byOrganisation.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([organisation, rows]) => ({
      organisation,
      fileName: `${plan.datasetType}-${organisation}-${options.stamp}.xlsx`,
      rowCount: rows.length,
      files: trackerWorkbook(rows, { datasetType: plan.datasetType, organisation, language: options.language }),
    }));
  const csvRows = result.rows.map(({ row }) => TRACKER_COLUMNS.map((column) => row[column]));
  return {
    ok: true,
    uploads,
    csv: { fileName: `${plan.datasetType}-${options.stamp}-read-only.csv`, content: encodeCsv([[...TRACKER_COLUMNS], ...csvRows]) },
    rowCount: result.rows.length,
  };
}
