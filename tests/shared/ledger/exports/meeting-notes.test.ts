import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../shared/ledger/exports/escape-html.ts';
import type { MeetingNotesInput, NotesAnnotation, NotesMeeting } from '../../../../shared/ledger/exports/build-meeting-notes.ts';
import { escapeMarkdown, meetingNotesMarkdown } from '../../../../shared/ledger/exports/meeting-notes-markdown.ts';
import { meetingNotesHtml } from '../../../../shared/ledger/exports/meeting-notes-html.ts';

const meeting: NotesMeeting = {
  id: 'm-1',
  title: 'Forum <b>3</b>',
  startsAt: '2026-12-01T15:00:00.000Z',
  endsAt: '2026-12-01T17:00:00.000Z',
  venueType: 'neutral',
  venueName: 'Library',
  remoteUrl: 'https://meet.example/abc',
  chairSide: 'csn',
  attendees: [
    { name: 'Zoé Roy', side: 'csn', org: 'Open North' },
    { name: 'Alex Chen', side: 'government', org: 'TBS' },
    { name: 'Ana Silva', side: 'csn' },
  ],
  attribution: 'by_name',
};

const note = (id: string, kind: NotesAnnotation['kind'], text: string, over: Partial<NotesAnnotation> = {}): NotesAnnotation => ({
  id,
  kind,
  text,
  at: '2026-12-01T15:10:00.000Z',
  author: { name: 'Zoé Roy', side: 'csn' },
  ...over,
});

const annotations: NotesAnnotation[] = [
  note('a2', 'decision', 'Adopt the <script>alert(1)</script> work plan', { offsetMs: 120_000 }),
  note('a1', 'decision', 'Meet monthly', { offsetMs: 60_000, author: { name: 'Alex Chen', side: 'government' } }),
  note('a3', 'action', 'Send draft', { owner: 'Alex Chen', dueDate: '2026-12-15' }),
  note('a4', 'disagreement', 'Scope of C02', { commitmentId: 'C02' }),
  note('a5', 'question', ''),
];

const input = (over: Partial<MeetingNotesInput> = {}): MeetingNotesInput => ({
  meeting,
  annotations,
  headHash: 'ab'.repeat(32),
  language: 'en',
  now: '2026-12-02T09:00:00.000Z',
  ...over,
});

describe('meetingNotesMarkdown', () => {
  const md = meetingNotesMarkdown(input());

  it.each([
    ['the title', '# Forum \\<b\\>3\\</b\\>'],
    ['the date', '- **Date**: 2026-12-01 15:00 UTC – 2026-12-01 17:00 UTC'],
    ['the venue', '- **Venue**: Library (neutral venue)'],
    ['the remote link', '- **Remote link**: <https://meet.example/abc>'],
    ['the chair side', '- **Chair**: Civil society network'],
    ['attendance by side, named', '- Civil society network (2): Ana Silva, Zoé Roy (Open North)'],
    ['decisions in meeting order, attributed by name', '- \\[0:01:00\\] Alex Chen (Government): Meet monthly'],
    ['an action with owner and due date', '| Send draft | Alex Chen | 2026-12-15 | Open |'],
    ['the commitment a statement is about', '- Zoé Roy (Civil society network): Scope of C02 (commitment C02)'],
    ['an annotation without words', '(no text recorded)'],
    ['empty sections', '## Notes\n\nNone recorded.'],
    ['the chain head', `Ledger chain head when these notes were prepared: ${'ab'.repeat(32)}`],
  ])('shows %s', (_name, expected) => {
    expect(md).toContain(expected);
  });

  it('keeps the order decisions, agreements, disagreements, questions, actions, notes', () => {
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Attendance', 'Decisions', 'Agreements', 'Disagreements', 'Questions', 'Actions', 'Notes']);
    expect(md.indexOf('Meet monthly')).toBeLessThan(md.indexOf('Adopt the'));
  });

  it.each<[MeetingNotesInput['meeting']['attribution'], string, string]>([
    ['by_side', '- \\[0:01:00\\] Government: Meet monthly', '- Civil society network: 2 present'],
    ['none', '- \\[0:01:00\\] Meet monthly', '- Government: 1 present'],
  ])('attributes %s and then names no attendee', (attribution, statement, attendance) => {
    const text = meetingNotesMarkdown(input({ meeting: { ...meeting, attribution } }));
    expect(text).toContain(statement);
    expect(text).toContain(attendance);
    expect(text).not.toContain('Zoé Roy');
    expect(text).not.toContain('Alex Chen (');
  });

  it('is written in French with French headings', () => {
    const fr = meetingNotesMarkdown(input({ language: 'fr' }));
    for (const heading of ['## Présences', '## Décisions', '## Points d’accord', '## Points de désaccord', '## Mesures de suivi']) {
      expect(fr).toContain(heading);
    }
    expect(fr).toContain('- **Présidence** : Réseau de la société civile');
    expect(fr).toContain('Tête de la chaîne du registre');
  });

  it('says when the notes are not yet in the ledger', () => {
    expect(meetingNotesMarkdown(input({ headHash: undefined }))).toContain('These notes are not yet recorded in the ledger.');
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

describe('meetingNotesHtml', () => {
  const html = meetingNotesHtml(input());

  it('escapes everything people typed', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Adopt the &lt;script&gt;alert(1)&lt;/script&gt; work plan');
    expect(html).toContain('<h1>Forum &lt;b&gt;3&lt;/b&gt;</h1>');
  });

  it('declares its language and links only http(s) URLs', () => {
    expect(meetingNotesHtml(input({ language: 'fr' }))).toContain('<html lang="fr">');
    expect(html).toContain('<a href="https://meet.example/abc">');
    const hostile = meetingNotesHtml(input({ meeting: { ...meeting, remoteUrl: 'javascript:alert(1)' } }));
    expect(hostile).not.toContain('<a href="javascript');
  });

  it('puts actions in a table with owner and due date', () => {
    expect(html).toContain('<tr><td>Send draft</td><td>Alex Chen</td><td>2026-12-15</td><td>Open</td></tr>');
  });
});

describe('notes with hostile text', () => {
  const text = fc.oneof(fc.string(), fc.constantFrom('<img src=x onerror=alert(1)>', '</li><script>', '# heading\n- item\n\n| a |', '&amp;', '"quoted"', "it's"));

  it('keep every typed text inside its own line and escaped, in Markdown and HTML', () => {
    const lineCount = (over: Partial<MeetingNotesInput>) => meetingNotesMarkdown(input(over)).split('\n').length;
    const baseline = lineCount({});
    fc.assert(
      fc.property(text, text, text, (said, title, owner) => {
        const hostile: Partial<MeetingNotesInput> = {
          meeting: { ...meeting, title: title || 'x', venueName: said, attendees: [{ name: owner || 'x', side: 'csn' }] },
          annotations: annotations.map((annotation) => ({ ...annotation, text: said, owner })),
        };
        // One attendance line fewer (one side attends instead of two); no text adds or breaks a line.
        expect(lineCount(hostile)).toBe(baseline - 1);
        const html = meetingNotesHtml(input(hostile));
        expect(html).not.toMatch(/<(img|script)/i);
        if (said.trim() !== '') expect(html).toContain(escapeHtml(said.trim()));
      }),
      { numRuns: 200 },
    );
  });
});
