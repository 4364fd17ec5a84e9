import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PayloadOf, StoredEvent } from '../../../../shared/ledger/event-catalogue.ts';
import { foldEvents } from '../../../../shared/ledger/views/index.ts';
import { ACTORS, commitment, generateEvents, hash, meeting, proposal, stored, uuid } from './make-events.ts';

const today = '2026-11-27';
const fold = (events: readonly StoredEvent[]) => foldEvents(events, { today });
const at = (day: number, hour = 10) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

const note = (over: Partial<PayloadOf<'annotation.created'>> = {}): PayloadOf<'annotation.created'> => ({
  meetingId: 'mt-1',
  kind: 'decision',
  text: 'Adopt the work plan',
  ...over,
});

describe('foldEvents is a function of the set of events', () => {
  it('gives identical views for any order and any duplicates', () => {
    const events = generateEvents(400, 7);
    const expected = fold(events);
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), fc.array(fc.nat(events.length - 1), { maxLength: 60 }), (shuffled, duplicates) => {
        const withDuplicates = [...shuffled, ...duplicates.map((i) => structuredClone(events[i]!))];
        expect(fold(withDuplicates)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('still does when many events share the same `at` (ties broken by id)', () => {
    const events = generateEvents(400, 13).map((event) => ({ ...event, at: `${event.at.slice(0, 8)}01T00:00:00.000Z` }) as StoredEvent);
    const expected = fold(events);
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        expect(fold([...shuffled, ...shuffled.slice(0, 50)])).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('resolves two different events under one id the same way in any order (smallest hash kept)', () => {
    const a = stored('outreach.logged', { activity: activity('o1', 5) }, { id: uuid(5000) });
    const b = { ...stored('outreach.logged', { activity: activity('o1', 9) }, { id: uuid(5000) }), hash: `${'0'.repeat(63)}1` };
    for (const events of [[a, b], [b, a], [a, b, a]]) {
      expect(fold(events).outreach.map((o) => o.participantsReached)).toEqual([9]);
      expect(fold(events).dashboard.eventCount).toBe(1);
    }
  });

  it('never lets seq or arrival order decide a last-writer-wins edit', () => {
    const early = stored('commitment.upserted', { commitment: commitment('C01', { title: { en: 'Old', fr: 'Ancien' } }), versionHash: hash(1) }, { at: at(2), seq: 9 });
    const late = stored('commitment.upserted', { commitment: commitment('C01', { title: { en: 'New', fr: 'Nouveau' } }), versionHash: hash(2) }, { at: at(3), seq: 1 });
    for (const events of [[early, late], [late, early]]) {
      expect(fold(events).commitments.map((view) => view.commitment.title.en)).toEqual(['New']);
    }
  });

  it('breaks a tie on `at` by event id', () => {
    const a = stored('stakeholder.upserted', { stakeholder: { id: 's1', kind: 'organisation', name: 'Alpha', side: 'csn', policyAreas: [] } }, { at: at(2), id: uuid(900) });
    const b = stored('stakeholder.upserted', { stakeholder: { id: 's1', kind: 'organisation', name: 'Beta', side: 'csn', policyAreas: [] } }, { at: at(2), id: uuid(100) });
    expect(fold([a, b]).stakeholders.map((s) => s.name)).toEqual(['Alpha']);
    expect(fold([b, a]).stakeholders.map((s) => s.name)).toEqual(['Alpha']);
  });

  it('reads `at` as a time, not as text, whatever its precision', () => {
    const a = stored('outreach.logged', { activity: activity('o1', 5) }, { at: '2026-11-02T10:00:00Z', id: uuid(999) });
    const b = stored('outreach.logged', { activity: activity('o1', 9) }, { at: '2026-11-02T10:00:00.500Z', id: uuid(1) });
    expect(fold([a, b]).outreach[0]!.participantsReached).toBe(9);
  });
});

describe('annotations', () => {
  const created = stored('annotation.created', note(), { entityId: 'an-1', at: at(1), actor: ACTORS.csn });
  const editByAuthor = stored('annotation.updated', note({ text: 'Adopt the revised work plan' }), { entityId: 'an-1', at: at(2), actor: ACTORS.csn });
  const editByOther = stored('annotation.updated', note({ text: 'Hijacked' }), { entityId: 'an-1', at: at(3), actor: ACTORS.gov });
  const deleteByAuthor = stored('annotation.deleted', { meetingId: 'mt-1' }, { entityId: 'an-1', at: at(1, 9), actor: ACTORS.csn });
  const deleteByOther = stored('annotation.deleted', { meetingId: 'mt-1' }, { entityId: 'an-1', at: at(4), actor: ACTORS.gov });

  it.each<[string, StoredEvent[], string[]]>([
    ['a new annotation', [created], ['Adopt the work plan']],
    ['an edit by its author', [created, editByAuthor], ['Adopt the revised work plan']],
    ['an edit that arrived before its creation', [editByAuthor, created], ['Adopt the revised work plan']],
    ['an edit by someone else (ignored)', [created, editByOther], ['Adopt the work plan']],
    ['a deletion by its author, even one stamped earlier (tombstone)', [created, editByAuthor, deleteByAuthor], []],
    ['a deletion by someone else (ignored)', [created, deleteByOther], ['Adopt the work plan']],
    ['an edit whose creation never arrived (waits)', [editByAuthor], []],
  ])('%s', (_name, events, texts) => {
    expect(fold(events).annotations.map((annotation) => annotation.text)).toEqual(texts);
    expect(fold(events).decisions.map((decision) => decision.text)).toEqual(texts);
  });

  it('sorts decisions, agreements and disagreements from meetings and documents into Decisions, actions into Actions', () => {
    const events = [
      stored('annotation.created', note({ kind: 'agreement', text: 'Meet monthly' }), { entityId: 'an-2', at: at(1) }),
      stored('annotation.created', note({ kind: 'action', text: 'Send draft', owner: 'Alex', dueDate: '2026-11-20' }), { entityId: 'an-3', at: at(1) }),
      stored('annotation.created', note({ kind: 'action', text: 'Book room', dueDate: '2026-11-20', actionStatus: 'done' }), { entityId: 'an-4', at: at(1) }),
      stored('annotation.created', note({ kind: 'action', text: 'Translate', dueDate: '2026-12-20' }), { entityId: 'an-5', at: at(1) }),
      stored('annotation.created', note({ kind: 'question', text: 'Budget?' }), { entityId: 'an-6', at: at(1) }),
      stored('tag.created', { tag: { id: 't1', docId: 'doc-9', kind: 'disagreement', quotedText: 'Scope of C02', anchor: { type: 'quote' } } }, { at: at(2) }),
      stored('tag.created', { tag: { id: 't2', docId: 'doc-9', kind: 'decision', quotedText: 'Removed later', anchor: { type: 'quote' } } }, { at: at(3) }),
      stored('tag.removed', {}, { entityId: 't2', at: at(1) }),
    ];
    const views = fold(events);
    expect(views.decisions.map((d) => [d.kind, d.source.kind, d.text])).toEqual([
      ['agreement', 'meeting', 'Meet monthly'],
      ['disagreement', 'document', 'Scope of C02'],
    ]);
    expect(views.actions.map((a) => [a.text, a.status, a.isOverdue])).toEqual([
      ['Send draft', 'open', true],
      ['Book room', 'done', false],
      ['Translate', 'open', false],
    ]);
    expect(views.dashboard.actions).toEqual({ open: 2, overdue: 1, done: 1 });
  });
});

describe('sign-offs', () => {
  const signOff = (n: number, track: 'government' | 'csn', state: string, version: number, day: number, over: Record<string, unknown> = {}) =>
    stored(
      'signoff.recorded',
      { id: `so-${n}`, subject: { kind: 'commitment', id: 'c-C01' }, versionHash: hash(version), track, state, ...over } as PayloadOf<'signoff.recorded'>,
      { at: at(day), actor: track === 'government' ? ACTORS.gov : ACTORS.csn },
    );
  const v1 = stored('commitment.upserted', { commitment: commitment('C01'), versionHash: hash(1) }, { at: at(1) });
  const v2 = stored('commitment.upserted', { commitment: commitment('C01', { description: { en: 'Edited', fr: 'Modifié' } }), versionHash: hash(2) }, { at: at(5) });

  it('shows each track’s latest state on the signed version, and who recorded it', () => {
    const views = fold([v1, signOff(1, 'government', 'in_review', 1, 2), signOff(2, 'government', 'approved', 1, 3), signOff(3, 'csn', 'circulated', 1, 3)]);
    expect(views.signOffs.map((s) => [s.track, s.latest.state, s.isChangedSinceSigned, s.isConcluded, s.recordCount])).toEqual([
      ['csn', 'circulated', false, false, 1],
      ['government', 'approved', false, true, 2],
    ]);
    expect(views.records.signOffs.map((s) => s.recordedBy)).toEqual([
      { memberId: 'm-gov', side: 'government' },
      { memberId: 'm-gov', side: 'government' },
      { memberId: 'm-csn', side: 'csn' },
    ]);
    expect(views.dashboard.pendingSignOffs.map((p) => [p.track, p.state])).toEqual([['csn', 'circulated']]);
  });

  it('says “changed since signed” once a newer version of the commitment arrives', () => {
    const views = fold([v1, v2, signOff(2, 'government', 'approved', 1, 3)]);
    expect(views.signOffs[0]).toMatchObject({ isChangedSinceSigned: true, isConcluded: false, currentVersionHash: hash(2) });
    expect(views.dashboard.pendingSignOffs).toMatchObject([{ track: 'government', isChangedSinceSigned: true }]);
  });

  it('counts the days left in a review window', () => {
    const views = fold([v1, signOff(1, 'csn', 'comment_window_open', 1, 2, { windowOpens: '2026-11-20T00:00:00.000Z', windowCloses: '2026-12-04T00:00:00.000Z' })]);
    expect(views.dashboard.pendingSignOffs[0]).toMatchObject({ windowCloses: '2026-12-04T00:00:00.000Z', daysLeft: 7 });
  });
});

describe('meetings', () => {
  it('shows a meeting’s notes as draft, in review once a draft is sent, then published with the link', () => {
    // The CSN note-taker records the meeting, so they own it and may send its draft (record authority).
    const scheduled = stored('meeting.scheduled', { meeting: meeting('m1') }, { at: at(1), actor: ACTORS.csn });
    const drafted = (n: number, languages: Array<'en' | 'fr'>) =>
      stored('meeting.notes_drafted', { meetingId: 'm1', attribution: 'side', languages, annotationIds: ['an-1', `an-${n}`] }, { at: at(n), actor: ACTORS.csn });
    expect(fold([scheduled]).meetings[0]).toMatchObject({ notesState: 'draft', meeting: { notesStatus: { en: 'none', fr: 'none' } } });
    expect(fold([scheduled]).meetings[0]!.notesDraft).toBeUndefined();

    const inReview = fold([scheduled, drafted(3, ['en', 'fr']), drafted(2, ['en'])]).meetings[0]!;
    expect(inReview).toMatchObject({ notesState: 'in_review', meeting: { notesStatus: { en: 'drafted', fr: 'drafted' } } });
    // The latest draft is the one to review: the console reads its annotations and languages.
    expect(inReview.notesDraft).toMatchObject({ at: at(3), attribution: 'side', languages: ['en', 'fr'], annotationIds: ['an-1', 'an-3'], author: { side: 'csn' } });

    // A draft from a member who neither owns the meeting nor is a coordinator is left out.
    const foreign = stored('meeting.notes_drafted', { meetingId: 'm1', attribution: 'side', languages: ['en'], annotationIds: ['an-9'] }, { at: at(3), actor: ACTORS.gov });
    expect(fold([scheduled, foreign]).meetings[0]).toMatchObject({ notesState: 'draft', meeting: { notesStatus: { en: 'none', fr: 'none' } } });

    const published = stored('meeting.notes_published', { meetingId: 'm1', language: 'bilingual', url: 'https://notes.example/m1', headHash: hash(7) }, { at: at(4) });
    expect(fold([scheduled, drafted(3, ['en']), published]).meetings[0]).toMatchObject({
      notesState: 'published',
      meeting: { notesStatus: { en: 'published', fr: 'published' }, notesUrl: 'https://notes.example/m1' },
    });
  });

  it('keeps who spoke apart from who wrote the annotation', () => {
    const views = fold([
      stored('meeting.scheduled', { meeting: meeting('m1') }, { at: at(1) }),
      stored('annotation.created', note({ meetingId: 'm1', speaker: { side: 'government', name: 'Alex Chen' }, language: 'fr', translation: 'Yes' }), { entityId: 'an-1', at: at(2), actor: ACTORS.csn }),
    ]);
    expect(views.annotations[0]).toMatchObject({ speaker: { side: 'government', name: 'Alex Chen' }, language: 'fr', translation: 'Yes', author: { side: 'csn' } });
  });

  it('applies held and notes_published to the snapshot and suggests the next chair (R18)', () => {
    const events = [
      stored('meeting.scheduled', { meeting: meeting('m1', { startsAt: '2026-09-01T15:00:00.000Z', chairSide: 'government' }) }, { at: at(1) }),
      stored('meeting.scheduled', { meeting: meeting('m2', { startsAt: '2026-10-01T15:00:00.000Z', chairSide: 'government' }) }, { at: at(1) }),
      stored('meeting.scheduled', { meeting: meeting('m3', { startsAt: '2026-12-01T15:00:00.000Z', chairSide: 'co_chaired' }) }, { at: at(1) }),
      stored('meeting.held', { meetingId: 'm1', startedAt: '2026-09-01T15:05:00.000Z', attendees: [{ name: 'A', side: 'csn' }, { name: 'B', side: 'government' }, { name: 'C', side: 'csn' }] }, { at: at(2) }),
      stored('meeting.notes_published', { meetingId: 'm1', language: 'en', headHash: hash(7) }, { at: at(3) }),
      stored('meeting.notes_published', { meetingId: 'm1', language: 'fr', url: 'https://notes.example/m1', headHash: hash(7) }, { at: at(4) }),
      stored('annotation.created', note({ meetingId: 'm1' }), { entityId: 'an-1', at: at(2) }),
    ];
    const views = fold(events);
    const [m1, m2, m3] = views.meetings;
    expect(m1!.meeting).toMatchObject({ heldAt: '2026-09-01T15:05:00.000Z', notesStatus: { en: 'published', fr: 'published' }, notesPublishedAt: at(4), notesUrl: 'https://notes.example/m1' });
    expect(m1!.attendanceBySide).toEqual({ government: 1, csn: 2, other: 0 });
    expect(m1!.annotationCount).toBe(1);
    expect(m2!.expectedChairSide).toBe('csn');
    expect(m3!.expectedChairSide).toBe('csn');
    expect(views.dashboard.meetings).toMatchObject({ total: 3, held: 1, upcoming: 1, suggestedNextChair: 'csn' });
    expect(views.dashboard.findings.some((finding) => finding.rule === 'R18')).toBe(true);
  });
});

describe('proposals', () => {
  it.each<[string, StoredEvent[], { disposition: string; needsResponse: boolean; hasResponse: boolean }]>([
    ['pending', [stored('proposal.submitted', { proposal: proposal('p1') }, { at: at(1) })], { disposition: 'pending', needsResponse: false, hasResponse: false }],
    [
      'not adopted with a bilingual response',
      [
        stored('proposal.disposed', { proposalId: 'p1', disposition: 'not_adopted', response: { text: { en: 'Out of budget', fr: 'Hors budget' } } }, { at: at(2) }),
        stored('proposal.submitted', { proposal: proposal('p1', { text: 'Corrected wording' }) }, { at: at(3) }),
      ],
      { disposition: 'not_adopted', needsResponse: true, hasResponse: true },
    ],
    [
      'merged with an English-only response',
      [
        stored('proposal.submitted', { proposal: proposal('p1') }, { at: at(1) }),
        stored('proposal.disposed', { proposalId: 'p1', disposition: 'merged', response: { text: { en: 'Merged into C02', fr: '' } } }, { at: at(2) }),
      ],
      { disposition: 'merged', needsResponse: true, hasResponse: false },
    ],
  ])('%s', (_name, events, expected) => {
    const views = fold(events);
    expect(views.proposals).toHaveLength(1);
    expect({ disposition: views.proposals[0]!.proposal.disposition, needsResponse: views.proposals[0]!.needsResponse, hasResponse: views.proposals[0]!.hasResponse }).toEqual(expected);
  });

  it('reports reasoned-response coverage on the dashboard', () => {
    const events: StoredEvent[] = [1, 2, 3, 4].map((n) => stored('proposal.submitted', { proposal: proposal(`p${n}`) }, { at: at(1) }));
    events.push(
      stored('proposal.disposed', { proposalId: 'p1', disposition: 'not_adopted', response: { text: { en: 'No', fr: 'Non' } } }, { at: at(2) }),
      stored('proposal.disposed', { proposalId: 'p2', disposition: 'out_of_scope', response: { text: { en: 'Scope', fr: '' } } }, { at: at(2) }),
      stored('proposal.disposed', { proposalId: 'p3', disposition: 'adopted' }, { at: at(2) }),
    );
    expect(fold(events).dashboard.proposals).toEqual({ total: 4, owingResponse: 2, responded: 1, responseCoverage: 0.5 });
  });
});

describe('commitments, indicators and updates', () => {
  it('lists milestones and indicators in code order with each indicator’s latest status', () => {
    const c = commitment('C01', {
      milestones: [
        { ...commitment('C01').milestones[0]!, code: 'C01.10', indicators: [] },
        commitment('C01').milestones[0]!,
      ],
    });
    const update = (period: string, status: 'NS' | 'SP') =>
      stored('update.reported', { update: { reportingPeriod: period, commitmentCode: 'C01', milestoneCode: 'C01.1', indicatorCode: 'C01.1.1', status, progress: { en: 'x', fr: 'x' } } }, { at: at(2) });
    const views = fold([stored('commitment.upserted', { commitment: c, versionHash: hash(1) }, { at: at(1) }), update('2026-12', 'SP'), update('2026-06', 'NS')]);
    expect(views.milestones.map((m) => m.milestone.code)).toEqual(['C01.1', 'C01.10']);
    expect(views.indicators.map((i) => [i.indicator.code, i.latestUpdate?.status])).toEqual([['C01.1.1', 'SP']]);
    expect(views.updates.map((u) => u.reportingPeriod)).toEqual(['2026-06', '2026-12']);
    expect(views.dashboard.commitments).toEqual({ total: 1, included: 0, milestones: 2, indicators: 1 });
  });

  it('keeps one update per reporting period and indicator, the latest', () => {
    const report = (text: string, day: number) =>
      stored('update.reported', { update: { reportingPeriod: '2026-06', commitmentCode: 'C01', milestoneCode: 'C01.1', indicatorCode: 'C01.1.1', status: 'SP', progress: { en: text, fr: text } } }, { at: at(day) });
    expect(fold([report('second', 3), report('first', 2)]).updates.map((u) => u.progress.en)).toEqual(['second']);
  });
});

describe('dashboard', () => {
  it('shows the head of the chain and counts each event once', () => {
    const a = stored('outreach.logged', { activity: activity('o1', 10) }, { seq: 1 });
    const b = stored('outreach.logged', { activity: activity('o2', 5, 'targeted_outreach') }, { seq: 2 });
    const views = fold([b, a, b]);
    expect(views.dashboard.head).toEqual({ seq: 2, hash: b.hash });
    expect(views.dashboard.eventCount).toBe(2);
    expect(views.dashboard.outreach).toEqual({ activities: 2, participantsReached: 15, targetedActivities: 1 });
  });

  it('is empty but valid for an empty ledger', () => {
    const views = fold([]);
    expect(views.dashboard.head).toEqual({ seq: 0, hash: '0'.repeat(64) });
    expect(views.dashboard.proposals.responseCoverage).toBe(1);
  });
});

function activity(id: string, reached: number, channel: 'self_selected' | 'targeted_outreach' = 'self_selected'): PayloadOf<'outreach.logged'>['activity'] {
  return {
    id,
    phase: 'idea_generation',
    targetGroup: 'Youth',
    method: 'online_session',
    recruitmentChannel: channel,
    date: '2026-10-01',
    language: 'bilingual',
    accessibilityMeasures: '',
    participantsReached: reached,
    newOrgsCount: 0,
  };
}
