import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProgressUpdate } from '../../shared/domain/progress-update.ts';
import type { TrackerStatus } from '../../shared/domain/tracker-status.ts';
import { guardCsvCell } from '../../shared/ledger/exports/encode-csv.ts';
import { trackerExport } from '../../shared/ledger/exports/tracker-export.ts';
import { TRACKER_COLUMNS, trackerPlanFromRecords } from '../../shared/ledger/exports/tracker-rows.ts';
import { TRACKER_COLUMN_LABELS } from '../../shared/ledger/exports/tracker-workbook.ts';
import { NAP6, NAP6_PLAN, nap6Commitments } from '../fixtures/tracker/nap6-records.ts';
import { openInLibreOffice } from '../helpers/libreoffice.ts';

// Each file the export makes, opened by LibreOffice Calc headless with formula evaluation on, as a
// person would open it: no cell may become a formula, and the upload workbook shows every text exactly.
const ex = NAP6.example;
const updates: ProgressUpdate[] = [
  {
    reportingPeriod: ex.reporting_period!, commitmentCode: 'C01', milestoneCode: 'C01.1', indicatorCode: 'C01.1.1', status: ex.status as TrackerStatus,
    progress: { en: ex.progress_en!, fr: ex.progress_fr! }, evidence: { en: ex.evidence_en!, fr: ex.evidence_fr! }, challenges: { en: ex.challenges_en!, fr: ex.challenges_fr! },
  },
  {
    reportingPeriod: '2026-06', commitmentCode: 'C01', milestoneCode: 'C01.1', indicatorCode: 'C01.1.2', status: 'LP',
    progress: { en: '+12 systems; -3 pending; @TBS', fr: '+12 systèmes; -3 en attente; @SCT' },
    evidence: { en: '@SUM(A1:A2)', fr: '+HYPERLINK("http://example.com")' },
    challenges: { en: '-1+1', fr: '- Manque de ressources; "guillemets", virgules' },
  },
];
const plan = trackerPlanFromRecords({ plan: NAP6_PLAN, commitments: nap6Commitments(['C01']) });
const trim = (text: string) => text.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');

describe.each(['en', 'fr'] as const)('tracker files opened in LibreOffice (%s)', (language) => {
  const result = trackerExport(updates, plan, { language, stamp: '2026-07-02' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const dir = mkdtempSync(path.join(tmpdir(), 'tracker-'));

  it('the upload workbook: zero formulas, every text exactly as the tracker stores it', () => {
    const upload = result.uploads[0]!;
    const file = path.join(dir, upload.fileName);
    writeFileSync(file, zipSync(Object.fromEntries(upload.files.map((f) => [f.path, strToU8(f.content)]))));
    const opened = openInLibreOffice(file);
    expect(opened.formulas).toEqual([]);
    expect(opened.cells[1]!.slice(2)).toEqual(TRACKER_COLUMNS.map((c) => TRACKER_COLUMN_LABELS[c][language]));
    expect(opened.cells[2]).toEqual(['v3', 'rcmp-grc', ...TRACKER_COLUMNS]);
    const shown = opened.cells.slice(5).map((row) => row.slice(2));
    const expected = updates.map((u) => [
      u.reportingPeriod, u.commitmentCode, u.milestoneCode, u.indicatorCode, `${u.status}: ${NAP6.status[u.status]![language]}`,
      trim(u.progress.en), trim(u.progress.fr), trim(u.evidence!.en), trim(u.evidence!.fr), trim(u.challenges!.en), trim(u.challenges!.fr),
    ]);
    expect(shown).toEqual(expected);
    expect(shown[0]![5]!.startsWith('- Open government')).toBe(true);
  }, 120_000);

  it('the CSV for reading: zero formulas, each text shown whole (guarded texts behind one apostrophe)', () => {
    const file = path.join(dir, result.csv.fileName);
    writeFileSync(file, result.csv.content, 'utf8');
    const opened = openInLibreOffice(file, { separator: ',' });
    expect(opened.formulas).toEqual([]);
    expect(opened.cells[0]).toEqual([...TRACKER_COLUMNS]);
    const texts = updates.flatMap((u) => [u.progress.en, u.progress.fr, u.evidence!.en, u.evidence!.fr, u.challenges!.en, u.challenges!.fr].map(trim));
    const shown = opened.cells.slice(1).flatMap((row) => row.slice(5, 11));
    // Exactly the guarded text: one `'` in front of a risky start, and after a `;`, `,`, tab or line break
    // before one (the example's bullet lines), so a reader that splits at `;` runs nothing either.
    expect(shown).toEqual(texts.map(guardCsvCell));
  }, 120_000);
});
