import { describe, expect, it } from 'vitest';
import { authoriseEvent } from '../../../../shared/ledger/authorise-event.ts';
import type { StoredEvent } from '../../../../shared/ledger/event-catalogue.ts';
import { draftVersionHash, notesFromDraft } from '../../../../shared/ledger/exports/notes-from-draft.ts';
import { publishedNotesHtml } from '../../../../shared/ledger/exports/published-notes-html.ts';
import { foldEvents } from '../../../../shared/ledger/views/index.ts';
import { sha256 } from '../events/digest.ts';
import { SAMPLE_EVENTS } from '../events/sample-events.ts';
import { ACTORS, hash, meeting, stored, uuid } from './make-events.ts';

// The Members tab names the coordinator, as the console's fold is told.
const fold = (events: readonly StoredEvent[]) => foldEvents(events, { today: '2026-12-02', coordinators: new Set([ACTORS.coord.memberId]) });
const at = (hour: number) => `2026-12-01T${String(hour).padStart(2, '0')}:00:00.000Z`;
const csnChair = { memberId: 'm-csn-chair', name: 'Zoé Roy', org: 'Open North', side: 'csn' } as const;
const otherCoordinator = { memberId: 'm-other', name: 'Pat Kim', org: 'IRM', side: 'other' } as const;

// The CSN note-taker runs the meeting record, so they may send its draft (record authority).
const scheduled = stored('meeting.scheduled', { meeting: meeting('m1', { title: 'Forum, December' }) }, { at: at(9), actor: ACTORS.csn });
const said = (id: string, text: string, hour = 15) =>
  stored('annotation.created', { meetingId: 'm1', kind: 'decision', text, language: 'en', translation: `FR ${text}` }, { at: at(hour), entityId: id, actor: ACTORS.csn });
const drafted = stored('meeting.notes_drafted', { meetingId: 'm1', attribution: 'side', languages: ['en', 'fr'], annotationIds: ['an-1'] }, { at: at(17), actor: ACTORS.csn, id: uuid(7001) });
const approval = (actor: (typeof ACTORS)[keyof typeof ACTORS] | typeof csnChair | typeof otherCoordinator, draftHash: string, hour: number) =>
  stored('meeting.notes_approved', { meetingId: 'm1', draftEventId: drafted.id, draftHash }, { at: at(hour), actor });

describe('notes approval by both co-chairs', () => {
  it('keeps each side’s latest approval, the side taken from the approver, and none for a member of neither side', () => {
    const views = fold([scheduled, said('an-1', 'Adopt the work plan'), drafted, approval(ACTORS.coord, hash(1), 18), approval(ACTORS.coord, hash(2), 19), approval(csnChair, hash(2), 18), approval(otherCoordinator, hash(2), 20)]);
    expect(views.meetings[0]!.notesApprovals).toEqual([
      { side: 'government', draftEventId: drafted.id, draftHash: hash(2), at: at(19), author: { memberId: ACTORS.coord.memberId, name: ACTORS.coord.name, side: 'government' } },
      { side: 'csn', draftEventId: drafted.id, draftHash: hash(2), at: at(18), author: { memberId: csnChair.memberId, name: csnChair.name, side: 'csn' } },
    ]);
  });

  it('is written by coordinators only: an attendee or a signatory who is not a coordinator is refused', () => {
    const event = SAMPLE_EVENTS['meeting.notes_approved'];
    const member = (roles: Parameters<typeof authoriseEvent>[0]['roles'], side: 'government' | 'csn') => ({ id: 'x', name: 'X', org: '', side, roles });
    expect(authoriseEvent(member(['coordinator'], 'csn'), event).ok).toBe(true);
    expect(authoriseEvent(member(['attendee'], 'government'), event).ok).toBe(false);
    expect(authoriseEvent(member(['csn_signatory'], 'csn'), event)).toMatchObject({ ok: false, message: { en: expect.stringContaining('coordinator'), fr: expect.any(String) } });
  });

  it('names a draft version that changes when a statement in the draft is corrected, and only then', () => {
    const base = [scheduled, said('an-1', 'Adopt the work plan'), said('an-2', 'Not in the draft'), drafted];
    const version = (events: StoredEvent[]) => {
      const views = fold(events);
      return draftVersionHash(notesFromDraft(views.meetings[0]!, views.annotations, views.commitments)!, sha256);
    };
    const first = version(base);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    // Another annotation of the meeting, an approval or the publication itself change nothing the co-chairs read.
    const published = stored('meeting.notes_published', { meetingId: 'm1', language: 'bilingual', url: 'https://docs.google.com/document/d/abc/edit', headHash: hash(9), draftHash: first }, { at: at(21), actor: ACTORS.coord });
    expect(version([...base, stored('annotation.updated', { meetingId: 'm1', kind: 'decision', text: 'Changed elsewhere', language: 'en' }, { at: at(19), entityId: 'an-2', actor: ACTORS.csn }), approval(ACTORS.coord, first, 20), published])).toBe(first);
    // The note-taker corrects a statement the draft names: the approved version is stale.
    expect(version([...base, stored('annotation.updated', { meetingId: 'm1', kind: 'decision', text: 'Adopt the revised work plan', language: 'en' }, { at: at(19), entityId: 'an-1', actor: ACTORS.csn })])).not.toBe(first);
    // Moving the meeting changes what the notes print too.
    const moved = stored('meeting.updated', { meeting: meeting('m1', { title: 'Forum, December', startsAt: '2026-12-02T15:00:00.000Z' }) }, { at: at(19), actor: ACTORS.coord });
    expect(version([...base, moved])).not.toBe(first);
  });

  it('publishes the draft’s statements in English then French, each under its lang, with the chain head printed in both', () => {
    const views = fold([scheduled, said('an-1', 'Adopt the <b>work</b> plan'), drafted]);
    const notes = notesFromDraft(views.meetings[0]!, views.annotations)!;
    const html = publishedNotesHtml({ ...notes.input, headHash: hash(42), now: at(22) });
    expect(html.indexOf('<main lang="en">')).toBeGreaterThan(0);
    expect(html.indexOf('<main lang="fr">')).toBeGreaterThan(html.indexOf('<main lang="en">'));
    expect(html).toContain('Adopt the &lt;b&gt;work&lt;/b&gt; plan');
    expect(html).toContain('FR Adopt the &lt;b&gt;work&lt;/b&gt; plan');
    expect(html.split(hash(42)).length - 1).toBe(2);
    expect(html).toContain('<title>Meeting notes – Forum, December / Compte rendu – Forum, December</title>');
  });
});
