import { describe, expect, it, vi } from 'vitest';
import { NAP6_PLAN } from '../fixtures/tracker/nap6-records.ts';
import * as example from '../shared/domain/examples.ts';
import { addMember, EVERY_ROLE, ledgerFixture } from '../support/ledger-fixture.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

type Answer = { ok: boolean; seq?: number; errors?: { path: string; message: { en: string; fr: string } }[] };

describe('recording the plan and the IRM’s findings (server functions for the console)', () => {
  it('a coordinator records them; the IRM tab shows the finding beside the commitment', async () => {
    const f = await ledgerFixture();
    const { token } = addMember(f.world, { name: 'Sam Lee', org: 'tbs-sct', side: 'government', roles: EVERY_ROLE });
    expect(f.app.recordActionPlan(token, NAP6_PLAN)).toEqual({ ok: true, seq: 1 });
    expect(f.app.recordIrmAssessment(token, example.irmAssessment)).toEqual({ ok: true, seq: 2 });
    const irm = f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, "'IRM'").values as string[][];
    expect(irm[0]!.slice(0, 9)).toEqual(['v', 'commitment_code', 'commitment_id', 'title_en', 'title_fr', 'verifiable', 'relevant', 'values', 'potential_for_results']);
    expect(irm[1]!.slice(5, 9)).toEqual(['verifiable', 'TRUE', '["civic_participation"]', 'modest']);
  });

  it('refuses a member without the coordinator role, and a finding from the wrong report, storing nothing', async () => {
    const f = await ledgerFixture({ session: { locale: 'fr_CA' } });
    const attendee = addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['attendee'] });
    const coordinator = addMember(f.world, { name: 'Sam Lee', org: 'tbs-sct', side: 'government', roles: ['coordinator'] });
    const forbidden = f.app.recordIrmAssessment(attendee.token, example.irmAssessment) as Answer;
    expect(forbidden.ok).toBe(false);
    const wrong = f.app.recordIrmAssessment(coordinator.token, { ...example.irmAssessment, completion: 'complete' }) as Answer;
    expect(wrong).toEqual({
      ok: false,
      errors: [{ path: 'assessment.report', message: { en: expect.stringContaining('Results Report'), fr: expect.stringContaining('rapport sur les résultats') } }],
    });
    const log = f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, "'Log'").values ?? [];
    expect(log.length).toBeLessThanOrEqual(1);
  });
});
