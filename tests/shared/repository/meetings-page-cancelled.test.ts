import { describe, expect, it } from 'vitest';
import { meetingsPage } from '../../../shared/repository/record-pages.ts';
import type { SiteData } from '../../../shared/repository/site-data.ts';
import { foldEvents } from '../../../shared/ledger/views/fold-events.ts';
import { ACTORS, meeting, stored } from '../ledger/views/make-events.ts';

// The repository's Meetings page shows a cancelled meeting as cancelled, with the coordinators' reason
// in the page's language (escaped: it is what someone typed), instead of a notes status.
describe('the repository’s Meetings page', () => {
  it('says a meeting was cancelled and why, in English and in French, and escapes the reason', () => {
    const events = [
      stored('meeting.scheduled', { meeting: meeting('m1', { title: 'Forum, March' }) }, { at: '2027-02-01T10:00:00.000Z', actor: ACTORS.coord }),
      stored('meeting.scheduled', { meeting: meeting('m2', { title: 'Forum, April', startsAt: '2027-04-13T15:00:00.000Z' }) }, { at: '2027-02-01T10:00:01.000Z', actor: ACTORS.coord }),
      stored('meeting.cancelled', { meetingId: 'm1', reason: { en: 'Postponed <b>until</b> April.', fr: 'Reportée en avril.' } }, { at: '2027-02-20T10:00:00.000Z', actor: ACTORS.coord }),
    ];
    const data = { views: foldEvents(events, { today: '2027-02-21' }), notesHeads: [] } as unknown as SiteData;
    const en = meetingsPage(data, 'en').body;
    const fr = meetingsPage(data, 'fr').body;
    const rowOf = (html: string, title: string) => html.split('<tr>').find((row) => row.includes(title))!;
    expect(rowOf(en, 'Forum, March')).toContain('<strong class="cancelled">Cancelled: Postponed &lt;b&gt;until&lt;/b&gt; April.</strong>');
    expect(rowOf(fr, 'Forum, March')).toContain('Annulée : Reportée en avril.');
    expect(rowOf(en, 'Forum, April')).not.toContain('Cancelled');
  });
});
