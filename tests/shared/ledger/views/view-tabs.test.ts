import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PayloadOf } from '../../../../shared/ledger/event-catalogue.ts';
import { decodeViewTab, encodeViewTab, foldEvents, tabsTouchedBy, VIEW_TAB_SPECS, VIEW_TABS } from '../../../../shared/ledger/views/index.ts';
import { EVENT_TYPES } from '../../../../shared/ledger/event-type.ts';
import { ACTORS, commitment, generateEvents, hash, meeting, proposal, stored } from './make-events.ts';

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\tTab', '\rCR', "'quoted", '""', 'a,b', '["a"]', 'TRUE', '0042', ''),
);
const nonEmpty = hostile.filter((text) => text.trim() !== '');

describe('encodeViewTab / decodeViewTab', () => {
  const realistic = foldEvents(generateEvents(2000, 3), { today: '2026-11-27' });

  it.each(VIEW_TABS.map((tab) => [tab]))('%s round-trips the rows of realistic views', (tab) => {
    const views = realistic;
    const encoded = encodeViewTab(tab, views);
    expect(encoded[0]![0]).toBe('v');
    expect(decodeViewTab(tab, encoded)).toEqual({ ok: true, value: VIEW_TAB_SPECS[tab].rows(views) });
  });

  it('round-trips hostile strings in every tab and never writes a formula', () => {
    fc.assert(
      fc.property(hostile, nonEmpty, hostile, (text, name, other) => {
        const events = [
          stored('commitment.upserted', {
            commitment: commitment('C01', {
              title: { en: text, fr: other },
              leadInstitutions: [name, other],
              policyOfficials: [{ name }],
              milestones: [{ ...commitment('C01').milestones[0]!, text: { en: text, fr: other }, deadline: { en: other, fr: text } }],
            }),
            versionHash: hash(1),
          }),
          stored('annotation.created', { meetingId: 'm1', kind: 'action', text, owner: name }, { entityId: 'a1', actor: { ...ACTORS.csn, name } }),
          stored('annotation.created', { meetingId: 'm1', kind: 'decision', text: other }, { entityId: 'a2' }),
          stored('meeting.scheduled', { meeting: meeting('m1', { title: name, venueName: name, agenda: text }) }),
          stored('proposal.submitted', { proposal: proposal('p1', { text: name, submittedBy: name, theme: name, linkedCommitments: [text] }) }),
          stored('proposal.disposed', { proposalId: 'p1', disposition: 'not_adopted', response: { text: { en: text || 'x', fr: other } } }),
          stored('stakeholder.upserted', { stakeholder: { id: 's1', kind: 'person', name, side: 'csn', organisation: name, policyAreas: [text, other] } }),
          stored('signoff.recorded', { id: 'so1', subject: { kind: 'commitment', id: 'c-C01' }, versionHash: hash(1), track: 'csn', state: 'circulated', comment: text } as PayloadOf<'signoff.recorded'>),
          stored('update.reported', {
            update: { reportingPeriod: '2026-06', commitmentCode: 'C01', milestoneCode: 'C01.1', indicatorCode: 'C01.1.1', status: 'LP', progress: { en: text, fr: other }, challenges: { en: other, fr: text } },
          }),
        ];
        const views = foldEvents(events, { today: '2026-11-27' });
        for (const tab of VIEW_TABS) {
          const encoded = encodeViewTab(tab, views);
          for (const cell of encoded.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect(decodeViewTab(tab, encoded)).toEqual({ ok: true, value: VIEW_TAB_SPECS[tab].rows(views) });
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('refuses a tab whose header is not its own, and names the bad cell', () => {
    const views = foldEvents([stored('proposal.submitted', { proposal: proposal('p1') })], { today: '2026-11-27' });
    const rows = encodeViewTab('proposals', views);
    const badHeader = decodeViewTab('proposals', [['v', 'wrong'], ...rows.slice(1)]);
    expect(badHeader.ok).toBe(false);
    if (!badHeader.ok) expect(badHeader.errors[0]!.message.fr).toContain('l’onglet « Proposals »');
    const badCell = decodeViewTab('proposals', [rows[0]!, rows[1]!.map((cell, i) => (i === 8 ? 'maybe' : cell))]);
    expect(badCell.ok).toBe(false);
    if (!badCell.ok) expect(badCell.errors.map((error) => error.path)).toEqual(['rows[1].disposition']);
  });
});

describe('tabsTouchedBy', () => {
  it.each<[string, Parameters<typeof tabsTouchedBy>[0], string[]]>([
    ['nothing', [], []],
    ['an annotation', ['annotation.created'], ['dashboard', 'decisions', 'actions', 'meetings']],
    ['a commitment and a sign-off', ['signoff.recorded', 'commitment.upserted'], ['dashboard', 'commitments', 'milestones', 'indicators', 'signoffs', 'irm']],
    ['a tracker update', ['update.reported', 'update.reported'], ['dashboard', 'indicators', 'updates', 'irm']],
    ['an IRM finding', ['irm.assessed'], ['dashboard', 'irm']],
    ['the plan', ['plan.recorded'], ['dashboard']],
    ['the verdict', ['verdict.issued'], ['dashboard']],
  ])('%s', (_name, types, tabs) => {
    expect(tabsTouchedBy(types)).toEqual(tabs);
  });

  it('names every tab whose content an event type can change', () => {
    // An event of one type changes only the tabs it is said to touch.
    const base = generateEvents(300, 11);
    const before = foldEvents(base, { today: '2026-11-27' });
    for (const type of EVENT_TYPES) {
      const extra = generateEvents(3000, 99).filter((event) => event.type === type).slice(0, 5).map((event, i) => ({ ...event, id: `ffffffff-0000-4000-8000-${String(i).padStart(12, '0')}`, seq: 10_000 + i }));
      if (extra.length === 0) continue;
      const after = foldEvents([...base, ...extra], { today: '2026-11-27' });
      const changed = VIEW_TABS.filter((tab) => JSON.stringify(encodeViewTab(tab, before)) !== JSON.stringify(encodeViewTab(tab, after)));
      const touched = tabsTouchedBy([type]);
      expect({ type, untouched: changed.filter((tab) => !touched.includes(tab)) }).toEqual({ type, untouched: [] });
    }
  }, 60_000);
});
