import { describe, expect, it } from 'vitest';
import { meetingNotesMarkdown } from '../../../../shared/ledger/exports/meeting-notes-markdown.ts';
import { meetingsToIcs } from '../../../../shared/ledger/exports/meetings-to-ics.ts';
import { trackerCsv } from '../../../../shared/ledger/exports/tracker-csv.ts';
import { foldEvents } from '../../../../shared/ledger/views/index.ts';
import { ACTORS, meeting, stored } from '../views/make-events.ts';
import { trackerPlanFromRecords } from '../../../../shared/ledger/exports/tracker-rows.ts';
import { NAP6_PLAN, nap6Commitments } from '../../../fixtures/tracker/nap6-records.ts';

// The exports take plain records; the ledger's views hand them over without conversion.
describe('exports fed from the ledger views', () => {
  const events = [
    stored('plan.recorded', { plan: NAP6_PLAN }),
    stored('commitment.upserted', { commitment: nap6Commitments(['C01'])[0]!, versionHash: 'ab'.repeat(32) }),
    stored('meeting.scheduled', { meeting: meeting('m1', { title: 'Forum 4', attribution: 'by_name', venueName: 'Library' }) }, { at: '2026-11-20T10:00:00.000Z' }),
    // Written by the CSN member, said by a government official: the notes name the speaker.
    stored(
      'annotation.created',
      { meetingId: 'm1', kind: 'decision', text: 'Keep March deadline', offsetMs: 65_000, speaker: { side: 'government', name: 'Alex Chen' }, language: 'en' },
      { entityId: 'a1', actor: ACTORS.csn },
    ),
    stored('annotation.created', { meetingId: 'm1', kind: 'action', text: 'Circulate text', owner: 'TBS', dueDate: '2026-12-04' }, { entityId: 'a2', actor: ACTORS.gov }),
    stored('update.reported', {
      update: { reportingPeriod: '2026-06', commitmentCode: 'C01', milestoneCode: 'C01.1', indicatorCode: 'C01.1.1', status: 'C', progress: { en: '', fr: '' } },
    }),
  ];
  const views = foldEvents(events, { today: '2026-11-27' });

  it('writes notes from a meeting view and its annotations, with the head hash', () => {
    const md = meetingNotesMarkdown({
      meeting: views.meetings[0]!.meeting,
      annotations: views.annotations.filter((annotation) => annotation.meetingId === 'm1'),
      headHash: views.dashboard.head.hash,
      language: 'en',
      now: '2026-11-27T12:00:00.000Z',
    });
    expect(md).toContain('- **Alex Chen (Government)**: Keep March deadline');
    expect(md).not.toContain('Zoé Roy');
    expect(md).toContain('| Circulate text _(Language not recorded, awaiting review)_ | TBS | 2026-12-04 | Open |');
    expect(md).toContain(views.dashboard.head.hash);
  });

  it('writes the calendar and the tracker file from the views', () => {
    expect(meetingsToIcs(views.meetings.map((view) => view.meeting), { dtstamp: '2026-11-27T12:00:00Z', language: 'fr' })).toContain('LOCATION:Library');
    const csv = trackerCsv(views.updates, trackerPlanFromRecords(views.records));
    expect(csv.ok && csv.csv.split('\r\n')[1]).toBe('2026-06,C01,C01.1,C01.1.1,C,NIL,NUL,,,,');
  });
});
