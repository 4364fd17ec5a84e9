import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProgressUpdate } from '../../../../shared/domain/progress-update.ts';
import { trackerStatusLabel, TrackerStatus } from '../../../../shared/domain/tracker-status.ts';
import { decodeCsv } from '../../../../shared/ledger/exports/decode-csv.ts';
import { trackerExport } from '../../../../shared/ledger/exports/tracker-export.ts';
import { TRACKER_COLUMNS, trackerPlanFromRecords } from '../../../../shared/ledger/exports/tracker-rows.ts';
import { TRACKER_COLUMN_LABELS, type WorkbookFile } from '../../../../shared/ledger/exports/tracker-workbook.ts';
import { NAP5, NAP6, NAP6_PLAN, nap6Commitments } from '../../../fixtures/tracker/nap6-records.ts';
import { readRecombinantUpload } from '../../../helpers/read-recombinant-upload.ts';

const plan = trackerPlanFromRecords({ plan: NAP6_PLAN, commitments: nap6Commitments() });
const example = NAP6.example;

/** The tracker schema's own example record, as the ledger holds it. */
const exampleUpdate: ProgressUpdate = {
  reportingPeriod: example.reporting_period!,
  commitmentCode: example.commitments!,
  milestoneCode: example.milestones!,
  indicatorCode: example.indicators!,
  status: example.status as TrackerStatus,
  progress: { en: example.progress_en!, fr: example.progress_fr! },
  evidence: { en: example.evidence_en!, fr: example.evidence_fr! },
  challenges: { en: example.challenges_en!, fr: example.challenges_fr! },
};

/** Texts a person might write at the start of a cell, each a formula trigger in some spreadsheet. */
const hostile: ProgressUpdate = {
  reportingPeriod: '2026-06',
  commitmentCode: 'C01',
  milestoneCode: 'C01.4',
  indicatorCode: 'C01.4.1',
  status: 'LP',
  progress: { en: '+12 systems published; @TBS leads', fr: '+12 systèmes publiés; @SCT dirige' },
  evidence: { en: '-1 backlog; see _x0041_ and "quotes", commas, semicolons;', fr: '\tTabulation en tête & <balise>' },
  challenges: { en: "'quoted start", fr: '- Manque de ressources\n- Roulement' },
};

const zip = (files: WorkbookFile[]) => zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.content)])));
const stored = (text: string) => text.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');

describe('the tracker export against the real nap6 schema (ckanext-canada fb4263f)', () => {
  it('the fixture is the real schema: 11 upload columns in order, NS/LP/SP/C with their EN/FR labels', () => {
    expect(NAP6.uploadColumns.map((c) => c.id)).toEqual([...TRACKER_COLUMNS]);
    expect(NAP5.uploadColumns.map((c) => c.id)).toEqual([...TRACKER_COLUMNS]);
    for (const column of NAP6.uploadColumns) expect(TRACKER_COLUMN_LABELS[column.id as (typeof TRACKER_COLUMNS)[number]]).toEqual(column.label);
    expect(Object.keys(NAP6.status)).toEqual(TrackerStatus.options);
    for (const status of TrackerStatus.options) {
      expect({ en: trackerStatusLabel(status, 'en'), fr: trackerStatusLabel(status, 'fr') }).toEqual(NAP6.status[status]);
    }
    expect(plan.datasetType).toBe(NAP6.sheetName);
    expect(plan.indicators.size).toBe(65);
  });

  it.each(['en', 'fr'] as const)('the upload workbook (%s) reads back, as the tracker reads it, to exactly the texts it will store', (language) => {
    const result = trackerExport([exampleUpdate, hostile], plan, { language, stamp: '2026-07-02' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.uploads.map((u) => [u.organisation, u.fileName, u.rowCount])).toEqual([
      ['rcmp-grc', 'nap6-rcmp-grc-2026-07-02.xlsx', 1],
      ['tbs-sct', 'nap6-tbs-sct-2026-07-02.xlsx', 1],
    ]);
    const read = result.uploads.map((upload) => readRecombinantUpload(zip(upload.files), NAP6.sheetName, TRACKER_COLUMNS));
    expect(read.map((r) => (r.ok ? r.organisation : r.error))).toEqual(['rcmp-grc', 'tbs-sct']);
    const records = read.flatMap((r) => (r.ok ? r.records : []));
    expect(records[0]).toEqual(Object.fromEntries(TRACKER_COLUMNS.map((c) => [c, stored(example[c]!)])));
    expect(records[0]!.progress_en!.startsWith('- Open government learning materials')).toBe(true);
    expect(records[1]).toEqual({
      reporting_period: '2026-06', commitments: 'C01', milestones: 'C01.4', indicators: 'C01.4.1', status: 'LP',
      progress_en: hostile.progress.en, progress_fr: hostile.progress.fr,
      evidence_en: hostile.evidence!.en, evidence_fr: 'Tabulation en tête & <balise>',
      challenges_en: hostile.challenges!.en, challenges_fr: hostile.challenges!.fr,
    });
    // The status is written as the tracker's template writes it, code then the label in the file's language.
    const sheet = result.uploads[0]!.files.find((f) => f.path === 'xl/worksheets/sheet1.xml')!.content;
    expect(sheet).toContain(`SP: ${NAP6.status.SP![language]}`);
    expect(sheet).toContain(NAP6.uploadColumns[5]!.label[language].replace(/&/g, '&amp;'));
    expect(sheet).not.toMatch(/<f[ >]/);
  });

  it('the CSV for reading holds the same rows, each formula trigger guarded', () => {
    const result = trackerExport([exampleUpdate, hostile], plan, { language: 'en', stamp: '2026-07-02' });
    if (!result.ok) throw new Error('refused');
    const rows = decodeCsv(result.csv.content);
    expect(rows[0]).toEqual([...TRACKER_COLUMNS]);
    expect(rows).toHaveLength(3);
    // decodeCsv removes the guard again (the round trip is exact); the file itself carries it.
    expect(rows[1]![5]).toBe(stored(example.progress_en!));
    expect(result.csv.content).toContain("'- Open government");
    expect(result.csv.content).toContain(`'${hostile.progress.en}`);
  });

  it('refuses what the tracker would refuse, naming the Updates row and the reason in English and French', () => {
    const updates: ProgressUpdate[] = [
      exampleUpdate,
      { ...exampleUpdate, reportingPeriod: '2026-03' }, // quarterly, as in 2022-24: not a nap6 period
      { ...exampleUpdate, indicatorCode: 'C01.1.9' }, // not in the plan
      { ...exampleUpdate, reportingPeriod: '2026-06', progress: { en: '=HYPERLINK("http://x")', fr: '=1' } },
      { ...exampleUpdate }, // a second update for 2025-12 / C01.1.1
    ];
    const result = trackerExport(updates, plan, { language: 'en', stamp: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.rule])).toEqual([
      [3, 'R8'],
      [4, 'tracker'],
      [5, 'tracker'],
      [5, 'tracker'],
      [6, 'R8'],
    ]);
    expect(result.errors[0]!.message.en).toBe('Updates tab, row 3: Update for C01.1.1: 2026-03 is not one of the plan’s reporting periods (rule R8).');
    expect(result.errors[0]!.message.fr).toBe('Onglet des mises à jour, ligne 3 : Mise à jour de C01.1.1 : 2026-03 ne fait pas partie des périodes de rapport du plan (règle R8).');
    expect(result.errors[1]!.message.en).toContain('indicator C01.1.9 is not one of the plan’s indicators');
    expect(result.errors[2]!.message.en).toContain('progress_en starts with “=”');
    expect(result.errors[2]!.message.fr).toContain('progress_en commence par « = »');
    expect(result.errors[4]!.message.en).toContain('(row 2)');
  });

  it('refuses every row while the plan’s reporting periods are not recorded', () => {
    const unrecorded = trackerPlanFromRecords({ commitments: nap6Commitments() });
    const result = trackerExport([exampleUpdate], unrecorded, { language: 'fr', stamp: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.message.fr).toContain('consignez d’abord le plan');
  });
});
