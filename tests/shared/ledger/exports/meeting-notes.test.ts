import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeetingNotesInput, NotesAnnotation, NotesCommitment, NotesMeeting } from '../../../../shared/ledger/exports/build-meeting-notes.ts';
import { buildMeetingNotes } from '../../../../shared/ledger/exports/build-meeting-notes.ts';
import { escapeHtml } from '../../../../shared/ledger/exports/escape-html.ts';
import { meetingNotesHtml } from '../../../../shared/ledger/exports/meeting-notes-html.ts';
import { escapeMarkdown, meetingNotesMarkdown } from '../../../../shared/ledger/exports/meeting-notes-markdown.ts';

// Commitment titles from Canada's 2022–2024 National Action Plan on Open Government (open.canada.ca).
const commitments: NotesCommitment[] = [
  { id: 'c-1', code: 'C01', title: { en: 'Access to information', fr: 'Accès à l’information' } },
  { id: 'c-2', code: 'C02', title: { en: 'Open science', fr: 'Science ouverte' } },
];

const meeting: NotesMeeting = {
  id: 'm-1',
  title: 'Forum <b>3</b>',
  type: 'msf_regular',
  // 10:00 to 12:00 in Toronto (EST, UTC−5): a UTC clock would print 15:00.
  startsAt: '2026-12-01T15:00:00.000Z',
  endsAt: '2026-12-01T17:00:00.000Z',
  timeZone: 'America/Toronto',
  venueType: 'neutral',
  venueName: 'Library',
  remoteUrl: 'https://meet.example/abc',
  chairSide: 'csn',
  agenda: '1. Work plan\n2. Commitments C01 and C02',
  attendees: [
    { name: 'Zoé Roy', side: 'csn', org: 'Open North' },
    { name: 'Alex Chen', side: 'government', org: 'TBS' },
    { name: 'Ana Silva', side: 'csn' },
  ],
  attribution: 'by_name',
};

// Every annotation is written by the same government note-taker: the notes must never name her.
const NOTE_TAKER = { name: 'Nadia Writer', side: 'government' as const };
const note = (id: string, kind: NotesAnnotation['kind'], text: string, over: Partial<NotesAnnotation> = {}): NotesAnnotation => ({
  id,
  kind,
  text,
  language: 'en',
  at: '2026-12-01T15:10:00.000Z',
  author: NOTE_TAKER,
  ...over,
});

const annotations: NotesAnnotation[] = [
  note('a2', 'decision', 'Adopt the <script>alert(1)</script> work plan', { offsetMs: 120_000, speaker: { side: 'csn', name: 'Zoé Roy' } }),
  note('a1', 'decision', 'Meet monthly', { offsetMs: 60_000, speaker: { side: 'government', name: 'Alex Chen' }, commitmentId: 'c-1' }),
  note('a3', 'action', 'Send draft', { owner: 'Alex Chen', dueDate: '2026-12-15', actionStatus: 'done', offsetMs: 180_000 }),
  note('a4', 'disagreement', 'The consultation window is too short', { commitmentId: 'c-2', speaker: { side: 'csn' }, offsetMs: 200_000 }),
  note('a6', 'disagreement', 'Six weeks is the legal minimum', { commitmentId: 'c-2', speaker: { side: 'government', name: 'Alex Chen' }, offsetMs: 210_000 }),
  note('a5', 'question', '', { offsetMs: 220_000 }),
  note('a7', 'note', 'Le calendrier sera revu', { language: 'fr', offsetMs: 230_000 }),
  note('a8', 'agreement', 'Publish notes within two weeks', { translation: 'Publier le compte rendu dans les deux semaines', offsetMs: 240_000 }),
];

const input = (over: Partial<MeetingNotesInput> = {}): MeetingNotesInput => ({
  meeting,
  annotations,
  commitments,
  headHash: 'ab'.repeat(32),
  language: 'en',
  now: '2026-12-02T14:00:00.000Z',
  ...over,
});

describe('attribution: the speaker, as the meeting chose, never the note-taker', () => {
  it.each<[NotesMeeting['attribution'], string | undefined, string | undefined]>([
    ['by_name', 'Alex Chen (Government)', 'Zoé Roy (Civil society network)'],
    ['by_side', 'Government', 'Civil society network'],
    ['none', undefined, undefined],
  ])('%s', (attribution, first, second) => {
    const notes = buildMeetingNotes(input({ meeting: { ...meeting, attribution } }));
    const decisions = notes.blocks.find((block) => block.id === 'decision');
    expect(decisions?.type === 'list' && decisions.items.map((item) => item.who)).toEqual([first, second]);
    expect(JSON.stringify(notes)).not.toContain('Nadia Writer');
  });

  it('names a speaker known only by name (a caption) without inventing a side', () => {
    const notes = buildMeetingNotes(input({ annotations: [note('x', 'decision', 'Yes', { speaker: { name: 'Sam Doe' } })] }));
    expect(notes.blocks[0]!.type === 'list' && notes.blocks[0]!.items[0]!.who).toBe('Sam Doe');
  });

  it('sets out disagreements by side, each side’s position under its own heading', () => {
    const notes = buildMeetingNotes(input({ meeting: { ...meeting, attribution: 'by_side' } }));
    const block = notes.blocks.find((entry) => entry.id === 'disagreement');
    expect(block?.type === 'positions' && block.groups.map((group) => [group.heading, group.items.map((item) => item.text)])).toEqual([
      ['Government’s position', ['Six weeks is the legal minimum']],
      ['Civil society network’s position', ['The consultation window is too short']],
    ]);
  });
});

describe('meetingNotesMarkdown', () => {
  const md = meetingNotesMarkdown(input());

  it.each([
    ['the title', '# Forum \\<b\\>3\\</b\\>'],
    ['the date and times in the meeting’s time zone', '- **Date**: Tuesday, December 1, 2026, 10:00 a.m. to 12:00 p.m. (EST)'],
    ['the meeting type', '- **Type of meeting**: Forum meeting'],
    ['the venue', '- **Venue**: Library (neutral venue)'],
    ['the remote link', '- **Remote link**: <https://meet.example/abc>'],
    ['the chair side', '- **Chair**: Civil society network'],
    ['the agenda', '- **Agenda**: 1\\. Work plan 2. Commitments C01 and C02'],
    ['attendance by side, named', '- Civil society network (2): Ana Silva, Zoé Roy (Open North)'],
    ['a decision by its speaker, with its commitment by code and title', '- **Alex Chen (Government)**: Meet monthly — On commitment C01 — Access to information'],
    ['an action with owner, due date and status', '| Send draft | Alex Chen | 2026-12-15 | Done |'],
    ['an annotation without words', '(no text recorded)'],
    ['a French item flagged, never silently mixed', '- Le calendrier sera revu _(In French, awaiting translation)_'],
    ['the translation when there is one', '- Publish notes within two weeks'],
    ['when it was prepared, in the meeting’s zone', 'Prepared on Wednesday, December 2, 2026 at 9:00 a.m. (EST).'],
    ['the chain head', `Ledger chain head when these notes were prepared: ${'ab'.repeat(32)}`],
  ])('shows %s', (_name, expected) => {
    expect(md).toContain(expected);
  });

  it('prints no stopwatch offsets and no commitment ids', () => {
    expect(md).not.toMatch(/\d:\d\d:\d\d/);
    expect(md).not.toContain('c-1');
  });

  it('keeps the order decisions, agreements, disagreements, questions, actions, notes', () => {
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Attendance', 'Decisions', 'Agreements', 'Disagreements', 'Questions', 'Actions', 'Notes']);
    expect(md.indexOf('Meet monthly')).toBeLessThan(md.indexOf('Adopt the'));
  });

  it('names no attendee when statements are attributed by side or not at all', () => {
    for (const attribution of ['by_side', 'none'] as const) {
      const text = meetingNotesMarkdown(input({ meeting: { ...meeting, attribution } }));
      expect(text).not.toContain('Zoé Roy');
      expect(text).not.toContain('Alex Chen (');
    }
  });

  it('says when the notes are not yet in the ledger', () => {
    const draft = meetingNotesMarkdown(input({ headHash: undefined }));
    expect(draft).toContain('_Meeting notes — draft for review_');
    expect(draft).toContain('Draft: the ledger’s chain head is printed here once the notes are published.');
    expect(meetingNotesMarkdown(input())).toContain('_Meeting notes_\n');
  });

  it.each([
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['two\nlines', 'two lines'],
    ['a | b', 'a \\| b'],
  ])('escapes %j in Markdown', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('bilingual assembly', () => {
  const fr = meetingNotesMarkdown(input({ language: 'fr' }));

  it('writes French headings, French dates and French times (fr-CA)', () => {
    for (const heading of ['## Présences', '## Décisions', '## Points d’accord', '## Points de désaccord', '## Mesures de suivi']) {
      expect(fr).toContain(heading);
    }
    expect(fr).toContain('- **Date** : mardi 1 décembre 2026, de 10 h 00 à 12 h 00 (HNE)');
    expect(fr).toContain('- **Présidence** : Réseau de la société civile');
    expect(fr).toContain('| Send draft _(En anglais, traduction à venir)_ | Alex Chen | 2026-12-15 | Terminée |');
  });

  it('prints an item in its French original or translation, and flags an English one awaiting translation', () => {
    expect(fr).toContain('- Le calendrier sera revu\n');
    expect(fr).toContain('- Publier le compte rendu dans les deux semaines');
    expect(fr).toContain('Meet monthly _(En anglais, traduction à venir)_ — Sur l’engagement C01 — Accès à l’information');
    expect(fr).toContain('Les éléments marqués « traduction à venir »');
  });

  it('marks each item with its language in HTML, so a French item in the English notes is read in French', () => {
    const html = meetingNotesHtml(input());
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<span lang="fr">Le calendrier sera revu</span><span class="flag">In French, awaiting translation</span>');
    expect(meetingNotesHtml(input({ language: 'fr' }))).toContain('<span lang="en">Meet monthly</span>');
  });

  it('says nothing of translation when every item is in the document’s language', () => {
    const notes = buildMeetingNotes(input({ annotations: [note('a', 'decision', 'Yes')] }));
    expect(notes.translationNote).toBeUndefined();
    expect(notes.blocks[0]!.type === 'list' && notes.blocks[0]!.items[0]).toEqual({ text: 'Yes', lang: 'en' });
  });

  it('flags an item whose language was not recorded rather than guess it', () => {
    const notes = buildMeetingNotes(input({ annotations: [note('a', 'decision', 'Oui', { language: undefined })] }));
    expect(notes.blocks[0]!.type === 'list' && notes.blocks[0]!.items[0]!.flag).toBe('Language not recorded, awaiting review');
  });
});

describe('time zones', () => {
  it.each<[string | undefined, string, string]>([
    ['America/Vancouver', 'en', 'Tuesday, December 1, 2026, 7:00 a.m. to 9:00 a.m. (PST)'],
    ['America/Halifax', 'fr', 'mardi 1 décembre 2026, de 11 h 00 à 13 h 00 (HNA)'],
    ['America/St_Johns', 'en', 'Tuesday, December 1, 2026, 11:30 a.m. to 1:30 p.m. (NST)'],
    [undefined, 'en', 'Tuesday, December 1, 2026, 3:00 p.m. to 5:00 p.m. (UTC)'],
  ])('prints %s times in %s', (timeZone, language, expected) => {
    const { timeZone: _zone, ...rest } = meeting;
    const notes = buildMeetingNotes(input({ meeting: timeZone ? { ...rest, timeZone } : rest, language: language as 'en' | 'fr' }));
    expect(notes.details[0]!.value).toBe(expected);
  });

  it('prints the day the meeting was held where it was held, not the UTC day', () => {
    // 21:00 in Vancouver on Dec 1 is already Dec 2 in UTC.
    const notes = buildMeetingNotes(input({ meeting: { ...meeting, startsAt: '2026-12-02T05:00:00.000Z', endsAt: undefined, timeZone: 'America/Vancouver' } }));
    expect(notes.details[0]!.value).toBe('Tuesday, December 1, 2026, from 9:00 p.m. (PST)');
  });
});

describe('meetingNotesHtml', () => {
  const html = meetingNotesHtml(input());

  it('escapes everything people typed', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Adopt the &lt;script&gt;alert(1)&lt;/script&gt; work plan');
    expect(html).toContain('<h1>Forum &lt;b&gt;3&lt;/b&gt;</h1>');
  });

  it('is a styled, printable page', () => {
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).toContain('<meta name="viewport"');
  });

  it('declares its language and links only http(s) URLs', () => {
    expect(meetingNotesHtml(input({ language: 'fr' }))).toContain('<html lang="fr">');
    expect(html).toContain('<a href="https://meet.example/abc">');
    const hostile = meetingNotesHtml(input({ meeting: { ...meeting, remoteUrl: 'javascript:alert(1)' } }));
    expect(hostile).not.toContain('<a href="javascript');
  });

  it('puts actions in a table with owner, due date and status', () => {
    expect(html).toContain('<tr><td>Send draft</td><td>Alex Chen</td><td>2026-12-15</td><td class="status-done">Done</td></tr>');
  });
});

describe('notes with hostile text', () => {
  const text = fc.oneof(fc.string(), fc.constantFrom('<img src=x onerror=alert(1)>', '</li><script>', '# heading\n- item\n\n| a |', '&amp;', '"quoted"', "it's"));

  it('keep every typed text inside its own line and escaped, in Markdown and HTML', () => {
    const plain = annotations
      .filter((annotation) => annotation.kind !== 'disagreement')
      .map(({ translation: _translation, ...annotation }) => ({ ...annotation, language: 'en' as const }));
    const lineCount = (over: Partial<MeetingNotesInput>) => meetingNotesMarkdown(input({ annotations: plain, ...over })).split('\n').length;
    const baseline = lineCount({});
    fc.assert(
      fc.property(text, text, text, (said, title, owner) => {
        const hostile: Partial<MeetingNotesInput> = {
          meeting: { ...meeting, title: title || 'x', venueName: said, attendees: [{ name: owner || 'x', side: 'csn' }] },
          annotations: plain.map((annotation) => ({ ...annotation, text: said, owner, speaker: { name: owner || 'x' } })),
        };
        // One attendance line fewer (one side attends instead of two); no text adds or breaks a line.
        expect(lineCount(hostile)).toBe(baseline - 1);
        const html = meetingNotesHtml(input(hostile));
        expect(html).not.toMatch(/<(img|script)/i);
        if (said.trim() !== '') expect(html).toContain(escapeHtml(said.trim()));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
