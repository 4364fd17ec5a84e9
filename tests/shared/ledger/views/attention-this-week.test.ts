import { describe, expect, it } from 'vitest';
import { attentionLabel } from '../../../../shared/ledger/views/attention-label.ts';
import { foldEvents } from '../../../../shared/ledger/views/index.ts';
import { ACTORS, meeting, proposal, stored, uuid } from './make-events.ts';

const TODAY = '2026-12-01';
const hash = (n: number) => n.toString(16).padStart(64, 'a');

function attention(events: Parameters<typeof foldEvents>[0]) {
  return foldEvents(events, { today: TODAY }).dashboard.attention;
}

describe('what needs attention this week', () => {
  it('is empty for an empty ledger', () => {
    expect(attention([])).toEqual([]);
  });

  it('names sign-off windows closing within seven days on tracks not concluded, from sign-offs and the work plan', () => {
    const events = [
      stored('signoff.recorded', { id: 's1', subject: { kind: 'commitment', id: 'c-1' }, versionHash: hash(1), track: 'csn', state: 'comment_window_open', windowOpens: '2026-11-20T00:00:00.000Z', windowCloses: '2026-12-04T00:00:00.000Z' }),
      // Closes in 10 days: not this week.
      stored('signoff.recorded', { id: 's2', subject: { kind: 'commitment', id: 'c-2' }, versionHash: hash(2), track: 'government', state: 'in_review', windowOpens: '2026-11-20T00:00:00.000Z', windowCloses: '2026-12-11T00:00:00.000Z' }),
      // Concluded: nothing to do.
      stored('signoff.recorded', { id: 's3', subject: { kind: 'commitment', id: 'c-3' }, versionHash: hash(3), track: 'government', state: 'approved', windowOpens: '2026-11-20T00:00:00.000Z', windowCloses: '2026-12-03T00:00:00.000Z' }),
      stored('workplan.updated', {
        workplan: {
          id: 'wp',
          phases: [{ phase: 'public_review', starts: '2026-11-15', ends: '2026-12-15', owner: 'joint', signOffWindows: [{ subjectKind: 'action_plan', track: 'government', opens: '2026-11-25', closes: '2026-12-08' }, { subjectKind: 'action_plan', track: 'csn', opens: '2026-11-01', closes: '2026-11-30' }] }],
          capacity: { government: { people: 1, daysPerMonth: 1 }, csn: { people: 1, daysPerMonth: 1 } },
        },
      }),
    ];
    const items = attention(events);
    expect(items).toEqual([
      { kind: 'window_closing', subjectKind: 'commitment', subjectId: 'c-1', track: 'csn', closes: '2026-12-04', source: 'signoff' },
      { kind: 'window_closing', subjectKind: 'action_plan', subjectId: 'public_review', track: 'government', closes: '2026-12-08', source: 'workplan' },
    ]);
    expect(attentionLabel(items[1]!, 'fr')).toBe('Examen public des ébauches d’engagements : la période « Approbation du gouvernement » pour plan d’action se termine le 2026-12-08');
  });

  it('names open actions due this week or overdue, proposals owing a response, and meetings held without published notes', () => {
    const events = [
      stored('annotation.created', { meetingId: 'm1', kind: 'action', text: 'Send the draft to departments', dueDate: '2026-12-03' }, { entityId: 'a1' }),
      stored('annotation.created', { meetingId: 'm1', kind: 'action', text: 'Book the room', dueDate: '2026-11-20' }, { entityId: 'a2' }),
      stored('annotation.created', { meetingId: 'm1', kind: 'action', text: 'Later', dueDate: '2027-01-20' }, { entityId: 'a3' }),
      stored('proposal.submitted', { proposal: proposal('p1') }, { actor: ACTORS.csn }),
      stored('proposal.disposed', { proposalId: 'p1', disposition: 'not_adopted', response: { text: { en: 'Out of reach this cycle.', fr: '' } } }),
      stored('meeting.scheduled', { meeting: meeting('m1', { startsAt: '2026-11-24T15:00:00.000Z', title: 'Forum meeting' }) }),
      stored('meeting.scheduled', { meeting: meeting('m2', { startsAt: '2026-11-10T15:00:00.000Z', title: 'Published one', notesPublishedAt: '2026-11-12T10:00:00.000Z' }) }),
      stored('meeting.scheduled', { meeting: meeting('m3', { startsAt: '2026-12-10T15:00:00.000Z', title: 'Next one' }) }),
    ];
    const items = attention(events);
    expect(items.map((item) => item.kind)).toEqual(['action_due', 'notes_missing', 'action_due', 'response_missing']);
    expect(items.map((item) => attentionLabel(item, 'en'))).toEqual([
      'Action overdue since 2026-11-20: Book the room',
      'Notes not published for the meeting of 2026-11-24: Forum meeting',
      'Action due on 2026-12-03: Send the draft to departments',
      expect.stringMatching(/^Reasoned response missing \(Not adopted\): /),
    ]);
  });

  it('appears in the Dashboard tab’s rows in both languages', async () => {
    const { dashboardRows } = await import('../../../../shared/ledger/views/index.ts');
    const views = foldEvents([stored('meeting.scheduled', { meeting: meeting('m1', { startsAt: '2026-11-24T15:00:00.000Z', title: 'Forum meeting' }) }, { id: uuid(900) })], { today: TODAY });
    expect(dashboardRows(views.dashboard).filter((row) => row.section.startsWith('attention_'))).toEqual([
      { section: 'attention_notes_missing', figure: 'm1', value: '2026-11-24', labelEn: 'Notes not published for the meeting of 2026-11-24: Forum meeting', labelFr: 'Compte rendu non publié pour la réunion du 2026-11-24 : Forum meeting' },
    ]);
  });
});
