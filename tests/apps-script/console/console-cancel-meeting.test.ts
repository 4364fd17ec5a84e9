import { describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { encodeViewTab } from '../../../shared/ledger/views/encode-view-tab.ts';
import { foldEvents } from '../../../shared/ledger/views/fold-events.ts';
import { VIEW_TAB_SPECS } from '../../../shared/ledger/views/view-tab-specs.ts';
import { addMember } from '../../support/ledger-fixture.ts';
import { consoleFixture } from './console-fixture.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

type Refusal = { ok: false; errors: Array<{ path: string; message: { en: string; fr: string } }> };
type Meetings = { meetings: Array<{ id: string; title: string; cancelled?: { by: string; reason: { en: string; fr: string } } }> };
const FORUM = { title: 'Multi-Stakeholder Forum, March', type: 'msf_regular', startsAt: '2027-03-09T15:00:00.000Z', endsAt: '2027-03-09T17:00:00.000Z', venueType: 'neutral', venueName: 'Ottawa Public Library, Main Branch', chairSide: 'csn' };
const REASON = { reasonEn: 'Postponed: the draft plan is not ready for review.', reasonFr: 'Reportée : l’ébauche du plan n’est pas prête pour l’examen.' };
const cancellations = (events: StoredEvent[]) => events.filter((e) => e.type === 'meeting.cancelled');

async function scheduled() {
  const f = await consoleFixture();
  const me = f.issueMe();
  expect(f.call('consoleScheduleMeeting', FORUM)).toMatchObject({ ok: true });
  expect(f.call('consoleScheduleMeeting', { ...FORUM, title: 'Multi-Stakeholder Forum, April', startsAt: '2027-04-13T15:00:00.000Z', endsAt: '2027-04-13T17:00:00.000Z' })).toMatchObject({ ok: true });
  const meetings = f.call<Meetings>('consoleState').meetings;
  const march = meetings.find((m) => m.title === FORUM.title)!;
  return { f, me, march };
}

describe('console: cancelling a scheduled meeting', () => {
  it('records meeting.cancelled with the reason in both languages; the Meetings tab, the console and the ICS show it cancelled', async () => {
    const ICAL = (await import('ical.js')).default;
    const { f, me, march } = await scheduled();
    const icsBefore = f.call<{ value: { ics: string } }>('consoleMeetingsIcs').value.ics;
    expect(f.call('consoleCancelMeeting', { meetingId: march.id, ...REASON })).toMatchObject({ ok: true });
    const [event] = cancellations(f.events(me));
    expect(event).toMatchObject({ actor: { name: 'Marc Gagnon' }, source: 'sheet', payload: { meetingId: march.id, reason: { en: REASON.reasonEn, fr: REASON.reasonFr } } });
    expect(f.call<Meetings>('consoleState').meetings.find((m) => m.id === march.id)!.cancelled).toEqual({ at: expect.any(String), by: 'Marc Gagnon', reason: { en: REASON.reasonEn, fr: REASON.reasonFr } });

    // The sheet's Meetings tab, as a rebuild from the log writes it.
    const title = VIEW_TAB_SPECS.meetings.title;
    const rows = (f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, `'${title}'!A1:AZ`) as { values: string[][] }).values;
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows.find((r) => r.includes(march.id))![i] ?? '']));
    expect(row).toMatchObject({ cancelled_at: event!.at, cancellation_reason_en: REASON.reasonEn, cancellation_reason_fr: REASON.reasonFr });
    const pad = (rs: string[][]) => rs.map((r) => { let end = r.length; while (end > 0 && r[end - 1] === '') end -= 1; return r.slice(0, end); });
    expect(pad(rows)).toEqual(pad(encodeViewTab('meetings', foldEvents(f.events(me), { today: new Date().toISOString().slice(0, 10) }))));

    // The calendar, read by a real parser: the same UID, now CANCELLED with a higher SEQUENCE; April unchanged.
    const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => ({ summary: v.getFirstPropertyValue('summary'), uid: v.getFirstPropertyValue('uid'), status: v.getFirstPropertyValue('status'), sequence: Number(v.getFirstPropertyValue('sequence')) }));
    const before = vevents(icsBefore);
    const after = vevents(f.call<{ value: { ics: string } }>('consoleMeetingsIcs').value.ics);
    expect(before.map((v) => [v.summary, v.status, v.sequence])).toEqual([[FORUM.title, 'CONFIRMED', 0], ['Multi-Stakeholder Forum, April', 'CONFIRMED', 0]]);
    expect(after.map((v) => [v.summary, v.status, v.sequence])).toEqual([[FORUM.title, 'CANCELLED', 1], ['Multi-Stakeholder Forum, April', 'CONFIRMED', 0]]);
    expect(after[0]!.uid).toBe(before[0]!.uid);
  });

  it('refuses without a reason in each language, a second time, and for a held or unknown meeting, in English and French, storing nothing', async () => {
    const { f, me, march } = await scheduled();
    const answer = f.call<Refusal>('consoleCancelMeeting', { meetingId: march.id, reasonEn: '  ', reasonFr: '' });
    expect(answer.errors).toEqual([
      { path: 'reasonEn', message: { en: 'Say in English why the meeting is cancelled.', fr: 'Indiquez en anglais pourquoi la réunion est annulée.' } },
      { path: 'reasonFr', message: { en: 'Say in French why the meeting is cancelled.', fr: 'Indiquez en français pourquoi la réunion est annulée.' } },
    ]);
    expect(f.call<Refusal>('consoleCancelMeeting', { meetingId: 'no-such-meeting', ...REASON }).errors[0]!.message.fr).toContain('ne figure pas');
    expect(cancellations(f.events(me))).toEqual([]);
    expect(f.call('consoleCancelMeeting', { meetingId: march.id, ...REASON })).toMatchObject({ ok: true });
    expect(f.call<Refusal>('consoleCancelMeeting', { meetingId: march.id, ...REASON }).errors[0]!.message).toEqual({ en: 'This meeting is already cancelled.', fr: 'Cette réunion est déjà annulée.' });
    expect(cancellations(f.events(me))).toHaveLength(1);
    // A meeting already held is history: it cannot be cancelled.
    const april = f.call<Meetings>('consoleState').meetings.find((m) => m.title.endsWith('April'))!;
    const held = f.post({ v: 1, op: 'append', token: me, events: [{ v: 1, id: crypto.randomUUID(), type: 'meeting.held', at: '2027-04-13T17:00:00.000Z', source: 'sheet', payload: { meetingId: april.id, startedAt: '2027-04-13T15:00:00.000Z' } }] });
    expect(held).toMatchObject({ results: [{ status: 'accepted' }] });
    expect(f.call<Refusal>('consoleCancelMeeting', { meetingId: april.id, ...REASON }).errors[0]!.message).toEqual({ en: 'This meeting has already been held: it cannot be cancelled.', fr: 'Cette réunion a déjà eu lieu : elle ne peut pas être annulée.' });
    expect(cancellations(f.events(me))).toHaveLength(1);
  });

  it('is refused by the ledger to a member who is not a coordinator, whatever tool sends it', async () => {
    const { f, me, march } = await scheduled();
    const attendee = addMember(f.world, { name: 'Alice Tremblay', org: 'Open North', side: 'csn', roles: ['attendee', 'csn_signatory'] });
    const answer = f.post({ v: 1, op: 'append', token: attendee.token, events: [{ v: 1, id: crypto.randomUUID(), type: 'meeting.cancelled', at: '2027-03-01T10:00:00.000Z', source: 'extension', payload: { meetingId: march.id, reason: { en: 'No.', fr: 'Non.' } } }] });
    expect(answer).toMatchObject({ ok: true, results: [{ status: 'rejected', error: { code: 'forbidden' } }] });
    expect(cancellations(f.events(me))).toEqual([]);
  });
});
