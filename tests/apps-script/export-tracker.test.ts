import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { commitmentVersionHash } from '../../shared/domain/commitment-version-hash.ts';
import type { ProgressUpdate } from '../../shared/domain/progress-update.ts';
import { TRACKER_COLUMNS } from '../../shared/ledger/exports/tracker-rows.ts';
import { NAP6, NAP6_PLAN, nap6Commitments } from '../fixtures/tracker/nap6-records.ts';
import { readRecombinantUpload } from '../helpers/read-recombinant-upload.ts';
import { addMember, EVERY_ROLE, ledgerFixture, type LedgerFixture, nodeSha256 } from '../support/ledger-fixture.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const event = (type: string, payload: unknown) => ({ v: 1, id: randomUUID(), type, at: '2026-07-02T14:00:00.000Z', source: 'sheet', payload });
const ex = NAP6.example;
const update: ProgressUpdate = {
  reportingPeriod: ex.reporting_period!, commitmentCode: 'C01', milestoneCode: 'C01.1', indicatorCode: 'C01.1.1', status: 'SP',
  progress: { en: ex.progress_en!, fr: ex.progress_fr! }, evidence: { en: ex.evidence_en!, fr: ex.evidence_fr! }, challenges: { en: ex.challenges_en!, fr: ex.challenges_fr! },
};

function record(f: LedgerFixture, updates: ProgressUpdate[], withPlan = true) {
  const { token } = addMember(f.world, { name: 'Sam Lee', org: 'TBS', side: 'government', roles: EVERY_ROLE });
  const events = [
    ...(withPlan ? [event('plan.recorded', { plan: NAP6_PLAN })] : []),
    ...nap6Commitments(['C01']).map((commitment) => event('commitment.upserted', { commitment, versionHash: commitmentVersionHash(commitment, nodeSha256) })),
    ...updates.map((u) => event('update.reported', { update: u })),
  ];
  const answer = f.post({ v: 1, op: 'append', token, events });
  expect((answer.results as { status: string }[]).map((r) => r.status)).toEqual(events.map(() => 'accepted'));
}

const dialogs = (f: LedgerFixture) => f.world.ui.events.filter((e) => e.kind === 'dialog');

describe('the menu’s tracker export, on the bundle', () => {
  it('offers one upload workbook per lead department, checked against the plan recorded in the ledger, and a CSV for reading', async () => {
    const f = await ledgerFixture();
    record(f, [update, { ...update, milestoneCode: 'C01.4', indicatorCode: 'C01.4.1', reportingPeriod: '2026-06' }]);
    f.app.exportTrackerCsv();
    const html = dialogs(f).at(-1)!.html;
    expect(html).toMatch(/download="nap6-rcmp-grc-\d{4}-\d{2}-\d{2}\.xlsx"/);
    expect(html).toMatch(/download="nap6-tbs-sct-\d{4}-\d{2}-\d{2}\.xlsx"/);
    expect(html).toMatch(/download="nap6-\d{4}-\d{2}-\d{2}-read-only\.csv"/);
    expect(html).toContain('Each department uploads its own .xlsx file');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    // The workbook Utilities.zip made reads back, as the tracker reads it, to the example's exact texts.
    const files = JSON.parse(/<script>(\[[\s\S]*?\])\.forEach/.exec(html)![1]!) as { file: string; base64: string }[];
    const rcmp = files.find((file) => file.file.startsWith('nap6-rcmp-grc'))!;
    const read = readRecombinantUpload(new Uint8Array(Buffer.from(rcmp.base64, 'base64')), 'nap6', TRACKER_COLUMNS);
    expect(read.ok && read.records[0]!.progress_en).toBe(ex.progress_en!.trimEnd());
    expect(read.ok && read.organisation).toBe('rcmp-grc');
  });

  it('refuses a quarterly period the 2025-2029 tracker does not have, naming the row, in French', async () => {
    const f = await ledgerFixture({ session: { locale: 'fr_CA' } });
    record(f, [update, { ...update, reportingPeriod: '2026-03' }]);
    f.app.exportTrackerCsv();
    const html = dialogs(f).at(-1)!.html;
    expect(html).toContain('Onglet des mises à jour, ligne 3 : Mise à jour de C01.1.1 : 2026-03 ne fait pas partie des périodes de rapport du plan (règle R8).');
    expect(html).not.toContain('.xlsx');
  });
});
