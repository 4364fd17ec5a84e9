import { describe, expect, it } from 'vitest';
import { attentionThisWeek } from '../../../../shared/ledger/views/attention-this-week.ts';
import { foldEvents } from '../../../../shared/ledger/views/fold-events.ts';
import { ACTORS, meeting, stored } from './make-events.ts';

const reason = { en: 'Postponed: the draft plan is not ready.', fr: 'Reportée : l’ébauche du plan n’est pas prête.' };
const scheduled = (id: string, startsAt: string) => stored('meeting.scheduled', { meeting: meeting(id, { title: `Forum ${id}`, startsAt, endsAt: undefined }) }, { at: '2026-11-01T10:00:00.000Z', actor: ACTORS.csn });

describe('a cancelled meeting in the views', () => {
  it('shows when, by whom and why, and owes no notes once its date has passed (the meeting beside it still does)', () => {
    const events = [
      scheduled('m1', '2026-11-20T15:00:00.000Z'),
      scheduled('m2', '2026-11-21T15:00:00.000Z'),
      stored('meeting.cancelled', { meetingId: 'm1', reason }, { at: '2026-11-10T10:00:00.000Z', actor: ACTORS.coord }),
    ];
    const views = foldEvents(events, { today: '2026-12-02' });
    const byId = (id: string) => views.meetings.find((m) => m.meeting.id === id)!;
    expect(byId('m1').cancelled).toEqual({ at: '2026-11-10T10:00:00.000Z', author: { memberId: ACTORS.coord.memberId, name: ACTORS.coord.name, side: ACTORS.coord.side }, reason });
    expect(byId('m2').cancelled).toBeUndefined();
    const missing = attentionThisWeek(views, '2026-12-02').filter((item) => item.kind === 'notes_missing').map((item) => (item as { meetingId: string }).meetingId);
    expect(missing).toEqual(['m2']);
  });
});
