/**
 * A forum meeting recorded by a CSN note-taker from the extension, as the tests and screenshots of the
 * notes' approval and publication need it. Its statements paraphrase public Government of Canada pages
 * on the Multi-Stakeholder Forum: https://open.canada.ca/en/multi-stakeholder-forum-open-government
 * (twelve members, eight from civil society and four from government; terms of reference; a civil
 * society co-chair) and the CSN's proposal https://open.canada.ca/en/idea/establish-multi-stakeholder-forum
 * (government and civil society as equal partners in agreeing the National Action Plan).
 */
import { randomUUID } from 'node:crypto';
import { addMember } from '../../support/ledger-fixture.ts';
import type { ConsoleFixture } from './console-fixture.ts';

export const NOTES_MEETING_ID = 'msf-2027-01';

const envelope = (type: string, at: string, payload: Record<string, unknown>, entityId?: string) => ({
  v: 1,
  id: randomUUID(),
  type,
  at,
  source: 'extension',
  ...(entityId ? { entityId } : {}),
  payload,
});

export const STATEMENTS = [
  { id: 'ann-terms', kind: 'decision', text: 'The forum adopts its terms of reference: eight civil society members and four from government.', translation: 'Le forum adopte son mandat : huit membres de la société civile et quatre du gouvernement.', speaker: { side: 'government' } },
  { id: 'ann-partners', kind: 'agreement', text: 'Government and civil society take part as equal partners in agreeing the National Action Plan.', translation: 'Le gouvernement et la société civile participent à parts égales à l’adoption du Plan d’action national.', speaker: { side: 'csn' } },
  { id: 'ann-minutes', kind: 'action', text: 'Publish the meeting minutes in English and French in the shared folder.', translation: 'Publier le compte rendu en anglais et en français dans le dossier partagé.', owner: 'Treasury Board Secretariat', dueDate: '2027-01-26' },
] as const;

/**
 * Members (the CSN co-chair, a coordinator of the CSN side; the note-taker, an attendee) and the
 * note-taker's meeting, statements and draft, all posted through the web app as the extension does.
 */
export function seedDraftedMeeting(f: ConsoleFixture) {
  const csnChair = addMember(f.world, { name: 'Jean-Noé Landry', org: 'Open North', side: 'csn', roles: ['coordinator', 'attendee'] });
  const noteTaker = addMember(f.world, { name: 'Gail Davidson', org: 'Lawyers’ Rights Watch Canada', side: 'csn', roles: ['attendee'] });
  const meeting = {
    id: NOTES_MEETING_ID,
    title: 'Multi-Stakeholder Forum, January',
    type: 'msf_regular',
    startsAt: '2027-01-12T15:00:00.000Z',
    endsAt: '2027-01-12T17:00:00.000Z',
    venueType: 'neutral',
    venueName: 'Ottawa Public Library, Main Branch',
    remoteUrl: 'https://meet.example.org/msf',
    chairSide: 'csn',
    attendees: [],
    attribution: 'by_side',
    notesStatus: { en: 'none', fr: 'none' },
    timeZone: 'America/Toronto',
  };
  const events = [
    envelope('meeting.scheduled', '2027-01-05T14:00:00.000Z', { meeting }),
    envelope('meeting.held', '2027-01-12T17:05:00.000Z', { meetingId: meeting.id, startedAt: '2027-01-12T15:02:00.000Z', endedAt: '2027-01-12T17:00:00.000Z', attendees: [{ name: 'Marc Gagnon', side: 'government' }, { name: 'Jean-Noé Landry', side: 'csn' }, { name: 'Gail Davidson', side: 'csn' }] }),
    ...STATEMENTS.map(({ id, ...statement }, i) => envelope('annotation.created', `2027-01-12T15:${String(10 + i * 10)}:00.000Z`, { meetingId: meeting.id, language: 'en', ...statement }, id)),
  ];
  const draft = envelope('meeting.notes_drafted', '2027-01-13T09:00:00.000Z', { meetingId: meeting.id, attribution: 'side', languages: ['en', 'fr'], annotationIds: STATEMENTS.map((s) => s.id) });
  const answer = f.post({ v: 1, op: 'append', token: noteTaker.token, events: [...events, draft] }) as { ok: boolean; results: Array<{ status: string }> };
  if (!answer.ok || answer.results.some((r) => r.status !== 'accepted')) throw new Error(`seed refused: ${JSON.stringify(answer)}`);
  return { csnChair, noteTaker, meeting, draftId: draft.id };
}

/** The note-taker corrects one statement after the draft was sent (`annotation.updated`). */
export function correctStatement(f: ConsoleFixture, token: string, text: string) {
  const { id, ...statement } = STATEMENTS[0];
  const event = envelope('annotation.updated', '2027-01-13T10:00:00.000Z', { meetingId: NOTES_MEETING_ID, language: 'en', ...statement, text }, id);
  return f.post({ v: 1, op: 'append', token, events: [event] });
}
