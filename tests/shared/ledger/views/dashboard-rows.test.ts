import { describe, expect, it } from 'vitest';
import type { PayloadOf } from '../../../../shared/ledger/event-catalogue.ts';
import { dashboardRows, foldEvents } from '../../../../shared/ledger/views/index.ts';
import { ACTORS, commitment, hash, meeting, stored } from './make-events.ts';

describe('dashboardRows', () => {
  const events = [
    stored('commitment.upserted', { commitment: commitment('C01'), versionHash: hash(1) }, { seq: 1 }),
    stored(
      'signoff.recorded',
      {
        id: 'so-1',
        subject: { kind: 'commitment', id: 'c-C01' },
        versionHash: hash(1),
        track: 'csn',
        state: 'comment_window_open',
        windowCloses: '2026-12-02T00:00:00.000Z',
      } as PayloadOf<'signoff.recorded'>,
      { seq: 2, actor: ACTORS.csn },
    ),
    stored('meeting.scheduled', { meeting: meeting('m1', { chairSide: 'government' }) }, { seq: 3 }),
  ];
  const rows = dashboardRows(foldEvents(events, { today: '2026-11-27' }).dashboard);
  const find = (section: string, figure: string) => rows.find((row) => row.section === section && row.figure === figure);

  it.each([
    ['ledger', 'head_seq', '3'],
    ['commitments', 'total', '1'],
    ['meetings', 'suggested_next_chair', 'csn'],
    ['proposals', 'response_coverage_percent', '100'],
  ])('shows %s %s = %s', (section, figure, value) => {
    expect(find(section, figure)?.value).toBe(value);
  });

  it('describes a pending sign-off in each language with translated names', () => {
    expect(find('pending_signoff', 'commitment/c-C01/csn')).toEqual({
      section: 'pending_signoff',
      figure: 'commitment/c-C01/csn',
      value: '2026-12-02T00:00:00.000Z',
      labelEn: expect.stringMatching(/^Commitment c-C01 — Civil society network position: .+; the review window closes in 5 day\(s\)$/),
      labelFr: expect.stringMatching(/^Engagement c-C01 — Position du Réseau de la société civile : .+; la période d’examen se termine dans 5 jour\(s\)$/),
    });
  });

  it('lists rule findings with their severity and both messages', () => {
    const findings = rows.filter((row) => row.section === 'finding');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(['error', 'warn', 'info']).toContain(finding.value);
      expect(finding.figure).toMatch(/^R\d+/);
      expect(finding.labelEn).not.toBe('');
      expect(finding.labelFr).not.toBe('');
    }
  });
});
