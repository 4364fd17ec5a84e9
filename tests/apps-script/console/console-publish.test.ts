import { describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { addMember } from '../../support/ledger-fixture.ts';
import { consoleFixture } from './console-fixture.ts';
import { correctStatement, NOTES_MEETING_ID, seedDraftedMeeting } from './notes-seed.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

type Refusal = { ok: false; errors: Array<{ path: string; message: { en: string; fr: string } }> };
type Meetings = { meetings: Array<{ id: string; title: string; startsAt: string; chairSide: string; agenda?: string; notesUrl?: string; notes?: { version: string; statements: number; approvals: Record<string, { name: string; isCurrent: boolean }>; publishedUrl?: string } }>; repository: Array<{ kind: string; title: string; url: string }> };
const ofType = <T extends StoredEvent['type']>(events: StoredEvent[], type: T) => events.filter((e) => e.type === type) as Extract<StoredEvent, { type: T }>[];

async function drafted() {
  const f = await consoleFixture();
  const me = f.issueMe(); // Marc Gagnon, the government's co-chair (a coordinator)
  const seeded = seedDraftedMeeting(f);
  const folder = f.world.drive.addFolder('MSF minutes 2027');
  return { f, me, ...seeded, folder };
}

describe('console: editing a scheduled meeting', () => {
  it('corrects the note-taker’s meeting (date, venue, link, agenda, chair) as a coordinator, keeping its attendance', async () => {
    const { f, me } = await drafted();
    const edit = { id: NOTES_MEETING_ID, title: 'Multi-Stakeholder Forum, January (moved)', type: 'msf_regular', startsAt: '2027-01-19T15:00:00.000Z', endsAt: '2027-01-19T17:00:00.000Z', venueType: 'online_only', venueName: '', remoteUrl: 'https://meet.example.org/msf-moved', agenda: 'Terms of reference; work plan', chairSide: 'government' };
    expect(f.call('consoleUpdateMeeting', edit)).toMatchObject({ ok: true });
    const updated = ofType(f.events(me), 'meeting.updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]!.actor.name).toBe('Marc Gagnon');
    expect(updated[0]!.payload.meeting).toMatchObject({ id: NOTES_MEETING_ID, startsAt: '2027-01-19T15:00:00.000Z', venueType: 'online_only', remoteUrl: 'https://meet.example.org/msf-moved', agenda: 'Terms of reference; work plan', chairSide: 'government', timeZone: 'America/Toronto', notesStatus: { en: 'none', fr: 'none' } });
    expect(updated[0]!.payload.meeting).not.toHaveProperty('venueName'); // emptied in the form: gone
    expect(updated[0]!.payload.meeting).not.toHaveProperty('heldAt');
    expect(updated[0]!.payload.meeting.attendees.map((a) => a.name)).toEqual(['Marc Gagnon', 'Jean-Noé Landry', 'Gail Davidson']);
    const meeting = f.call<Meetings>('consoleState').meetings.find((m) => m.id === NOTES_MEETING_ID)!;
    expect(meeting).toMatchObject({ title: 'Multi-Stakeholder Forum, January (moved)', chairSide: 'government', agenda: 'Terms of reference; work plan' });
  });

  it.each([
    ['no title', { title: '' }, 'title'],
    ['no start', { startsAt: '' }, 'startsAt'],
    ['an end before the start', { endsAt: '2027-01-12T14:00:00.000Z' }, 'endsAt'],
    ['a remote link that is not a web address', { remoteUrl: 'javascript:alert(1)' }, 'remoteUrl'],
    ['a chair side that does not exist', { chairSide: 'mayor' }, 'chairSide'],
  ])('refuses an edit with %s, naming the field in English and French, and stores nothing', async (_case, change, path) => {
    const { f, me } = await drafted();
    const base = { id: NOTES_MEETING_ID, title: 'Forum', type: 'msf_regular', startsAt: '2027-01-12T15:00:00.000Z', venueType: 'neutral', chairSide: 'csn' };
    const answer = f.call<Refusal>('consoleUpdateMeeting', { ...base, ...change });
    expect(answer.ok).toBe(false);
    expect(answer.errors[0]!.path).toBe(path);
    expect(answer.errors[0]!.message.fr).not.toBe(answer.errors[0]!.message.en);
    expect(ofType(f.events(me), 'meeting.updated')).toEqual([]);
  });

  it('refuses to edit a meeting the ledger does not hold', async () => {
    const { f, me } = await drafted();
    const answer = f.call<Refusal>('consoleUpdateMeeting', { id: 'no-such-meeting', title: 'X', type: 'msf_regular', startsAt: '2027-01-12T15:00:00.000Z', venueType: 'neutral', chairSide: 'csn' });
    expect(answer).toMatchObject({ ok: false, errors: [{ message: { en: expect.stringContaining('not in the ledger'), fr: expect.stringContaining('ne figure pas') } }] });
    expect(ofType(f.events(me), 'meeting.updated')).toEqual([]);
  });
});

describe('console: notes approved by both co-chairs, then published to a Google Doc', () => {
  it('approves per side, refuses publication until both approved this version, then publishes EN and FR with the chain head and lists it', async () => {
    const { f, me, csnChair, noteTaker, folder } = await drafted();
    let meeting = f.call<Meetings>('consoleState').meetings.find((m) => m.id === NOTES_MEETING_ID)!;
    expect(meeting.notes).toMatchObject({ statements: 3, approvals: {} });

    // Nothing approved: publishing is refused, no Doc is created.
    f.world.drive.pick(folder);
    const early = f.call<Refusal>('consolePublishNotes', { meetingId: NOTES_MEETING_ID, folderId: folder });
    expect(early.errors[0]!.message).toEqual({
      en: 'Both co-chairs must approve this version of the draft before it is published. Still missing: Government and Civil society network.',
      fr: expect.stringContaining('Il manque encore : Gouvernement et'),
    });
    expect(f.world.drive.filesIn(folder)).toEqual([]);

    // The government co-chair (the console's coordinator) approves for the government.
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'government', token: '' })).toMatchObject({ ok: true });
    // …but cannot approve for the CSN, and neither can a CSN attendee.
    expect(f.call<Refusal>('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'csn', token: '' }).errors[0]!.message.en).toBe(
      'Marc Gagnon is a member of the Government side: only a co-chair of the Civil society network side approves for it.',
    );
    const attendee = addMember(f.world, { name: 'Toby Mendel', org: 'Centre for Law and Democracy', side: 'csn', roles: ['attendee'] });
    expect(f.call<Refusal>('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'csn', token: attendee.token })).toMatchObject({ ok: false, errors: [{ path: 'token', message: { en: expect.stringContaining('does not hold the Coordinator role'), fr: expect.stringContaining('n’a pas le rôle') } }] });
    expect(f.call<Refusal>('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'csn', token: 'f'.repeat(64) })).toMatchObject({ ok: false, errors: [{ path: 'token' }] });
    expect(ofType(f.events(me), 'meeting.notes_approved').map((e) => e.actor.side)).toEqual(['government']);
    expect(f.call<Refusal>('consolePublishNotes', { meetingId: NOTES_MEETING_ID, folderId: folder }).errors[0]!.message.en).toMatch(/Still missing: Civil society network\.$/);

    // The CSN co-chair approves with their own token.
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'csn', token: csnChair.token })).toMatchObject({ ok: true });
    const approvals = ofType(f.events(me), 'meeting.notes_approved');
    expect(approvals.map((e) => [e.actor.name, e.actor.side])).toEqual([['Marc Gagnon', 'government'], ['Jean-Noé Landry', 'csn']]);
    meeting = f.call<Meetings>('consoleState').meetings.find((m) => m.id === NOTES_MEETING_ID)!;
    expect(meeting.notes!.approvals).toMatchObject({ government: { name: 'Marc Gagnon', isCurrent: true }, csn: { name: 'Jean-Noé Landry', isCurrent: true } });
    expect(approvals.every((e) => e.payload.draftHash === meeting.notes!.version)).toBe(true);

    // Published: one Google Doc in the picked folder; the ledger records its link, the head then and the version.
    const headBefore = f.call<{ head: { hash: string } }>('consoleState').head.hash;
    const published = f.call<{ ok: true; value: { url: string; headHash: string } }>('consolePublishNotes', { meetingId: NOTES_MEETING_ID, folderId: folder });
    expect(published).toMatchObject({ ok: true, value: { headHash: headBefore } });
    const files = f.world.drive.filesIn(folder);
    expect(files.map((file) => [file.name, file.mimeType])).toEqual([['Meeting notes – Multi-Stakeholder Forum, January / Compte rendu – Multi-Stakeholder Forum, January', 'application/vnd.google-apps.document']]);
    expect(published.value.url).toBe(`https://docs.google.com/document/d/${files[0]!.id}/edit?usp=drivesdk`);
    const [record] = ofType(f.events(me), 'meeting.notes_published');
    expect(record!.payload).toEqual({ meetingId: NOTES_MEETING_ID, language: 'bilingual', url: published.value.url, headHash: headBefore, draftHash: meeting.notes!.version });

    // The Doc as Drive imported it: English then French, the statements in each, the head printed in both.
    const doc = await f.world.drive.openDocument(files[0]!.id);
    const paragraphs = doc.body.getParagraphs().map((p) => [p.getHeading(), p.getText()] as const);
    const text = doc.body.getText();
    expect(paragraphs.filter(([heading]) => heading === 'HEADING1').map(([, t]) => t)).toEqual(['Multi-Stakeholder Forum, January', 'Multi-Stakeholder Forum, January']);
    expect(text).toContain('The forum adopts its terms of reference: eight civil society members and four from government.');
    expect(text).toContain('Le forum adopte son mandat : huit membres de la société civile et quatre du gouvernement.');
    expect(text.indexOf('Decisions')).toBeLessThan(text.indexOf('Décisions'));
    expect(text).toContain(`Ledger chain head when these notes were prepared: ${headBefore}`);
    expect(text).toContain(`Tête de la chaîne du registre au moment de la préparation de ces notes : ${headBefore}`);
    // The Doc's own address is printed in both languages (uploaded again once Drive gave it).
    expect(text).toContain(`Published copy of these notes: ${published.value.url}`);
    expect(text).toContain(`Copie publiée de ce compte rendu : ${published.value.url}`);
    expect(doc.body.getTables().map((t) => t.getCell(1, 0).getText())).toEqual(['Publish the meeting minutes in English and French in the shared folder.', 'Publier le compte rendu en anglais et en français dans le dossier partagé.']);

    // The Repository lists it; publishing the same version again is refused and creates nothing.
    const state = f.call<Meetings>('consoleState');
    expect(state.repository).toEqual([{ kind: 'notes', title: 'Multi-Stakeholder Forum, January', url: published.value.url, at: record!.at }]);
    expect(state.meetings.find((m) => m.id === NOTES_MEETING_ID)!.notes!.publishedUrl).toBe(published.value.url);
    expect(f.call<Refusal>('consolePublishNotes', { meetingId: NOTES_MEETING_ID, folderId: folder }).errors[0]!.message.en).toContain('already published');
    expect(f.world.drive.filesIn(folder)).toHaveLength(1);

    // A correction after publication is a new version: approved again by both, it is published as a
    // second Doc, and the Repository lists both publications.
    expect(correctStatement(f, noteTaker.token, 'The forum adopts its terms of reference, as amended on 19 January.')).toMatchObject({ ok: true });
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'government' })).toMatchObject({ ok: true });
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'csn', token: csnChair.token })).toMatchObject({ ok: true });
    const second = f.call<{ ok: true; value: { url: string } }>('consolePublishNotes', { meetingId: NOTES_MEETING_ID, folderId: folder });
    expect(second.ok).toBe(true);
    expect(f.call<Meetings>('consoleState').repository.map((doc) => doc.url)).toEqual([published.value.url, second.value.url]);
    expect(f.world.drive.filesIn(folder)).toHaveLength(2);
  });

  it('makes both approvals stale when a statement is corrected after them, so publication waits for both again', async () => {
    const { f, me, csnChair, noteTaker, folder } = await drafted();
    f.world.drive.pick(folder);
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'government' })).toMatchObject({ ok: true });
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'csn', token: csnChair.token })).toMatchObject({ ok: true });
    expect(correctStatement(f, noteTaker.token, 'The forum adopts its terms of reference, as amended.')).toMatchObject({ ok: true });
    const meeting = f.call<Meetings>('consoleState').meetings.find((m) => m.id === NOTES_MEETING_ID)!;
    expect(meeting.notes!.approvals).toMatchObject({ government: { isCurrent: false }, csn: { isCurrent: false } });
    expect(f.call<Refusal>('consolePublishNotes', { meetingId: NOTES_MEETING_ID, folderId: folder }).errors[0]!.message.en).toMatch(/Still missing: Government and Civil society network\.$/);
    expect(f.world.drive.filesIn(folder)).toEqual([]);
    expect(ofType(f.events(me), 'meeting.notes_published')).toEqual([]);
  });

  it('refuses a folder the coordinator did not pick (drive.file reaches only picked folders) and a missing folder, storing nothing', async () => {
    const { f, me, csnChair, folder } = await drafted();
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'government' })).toMatchObject({ ok: true });
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'csn', token: csnChair.token })).toMatchObject({ ok: true });
    expect(f.call<Refusal>('consolePublishNotes', { meetingId: NOTES_MEETING_ID, folderId: '' })).toMatchObject({ ok: false, errors: [{ path: 'folder', message: { en: 'Choose the Google Drive folder the notes go in.' } }] });
    const notPicked = f.call<Refusal>('consolePublishNotes', { meetingId: NOTES_MEETING_ID, folderId: folder });
    expect(notPicked).toMatchObject({ ok: false, errors: [{ path: 'folder', message: { en: expect.stringContaining('did not let the console write in that folder'), fr: expect.stringContaining('n’a pas permis') } }] });
    expect(f.world.drive.filesIn(folder)).toEqual([]);
    expect(ofType(f.events(me), 'meeting.notes_published')).toEqual([]);
  });

  it('says how to turn the Drive service on when it is off, creating and storing nothing', async () => {
    const { f, me, csnChair, folder } = await drafted();
    f.world.drive.pick(folder);
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'government' })).toMatchObject({ ok: true });
    expect(f.call('consoleApproveNotes', { meetingId: NOTES_MEETING_ID, side: 'csn', token: csnChair.token })).toMatchObject({ ok: true });
    (f.app.context as { Drive?: unknown }).Drive = undefined; // the manifest's advanced service removed in the editor
    expect(f.call<Refusal>('consolePublishNotes', { meetingId: NOTES_MEETING_ID, folderId: folder }).errors[0]!.message).toEqual({
      en: expect.stringContaining('add the service “Drive API” (v3)'),
      fr: expect.stringContaining('ajoutez le service « Drive API » (v3)'),
    });
    expect(f.world.drive.filesIn(folder)).toEqual([]);
    expect(ofType(f.events(me), 'meeting.notes_published')).toEqual([]);
  });

  it('gives the Picker the user’s token and the project’s ids only once they are set up', async () => {
    const { f } = await drafted();
    expect(f.call<Refusal>('consolePickerConfig').errors[0]!.message.en).toContain('cocreate.picker.appId');
    f.world.globals.PropertiesService.getScriptProperties().setProperties({ 'cocreate.picker.appId': '123456789012', 'cocreate.picker.apiKey': 'AIza-test-key' });
    expect(f.call('consolePickerConfig')).toEqual({ ok: true, value: { token: expect.stringMatching(/^ya29\./), appId: '123456789012', developerKey: 'AIza-test-key' } });
  });

  it('shows the draft to read before approving, in either language, and refuses a meeting without a draft', async () => {
    const { f } = await drafted();
    const preview = f.call<{ ok: true; value: { html: string } }>('consoleNotesPreview', { meetingId: NOTES_MEETING_ID, language: 'fr' });
    expect(preview.value.html).toContain('<main lang="fr">');
    expect(preview.value.html).toContain('Le forum adopte son mandat');
    expect(f.call('consoleScheduleMeeting', { title: 'Forum, February', type: 'msf_regular', startsAt: '2027-02-09T15:00:00.000Z', venueType: 'neutral', chairSide: 'government' })).toMatchObject({ ok: true });
    const other = f.call<Meetings>('consoleState').meetings.find((m) => m.title === 'Forum, February')!;
    expect(f.call<Refusal>('consoleApproveNotes', { meetingId: other.id, side: 'government' }).errors[0]!.message.en).toContain('No notes draft was sent');
  });
});
