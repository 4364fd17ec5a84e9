import { describe, expect, it } from 'vitest';
import { escapeIcsText } from '../../../../shared/ledger/exports/escape-ics-text.ts';
import { foldIcsLine } from '../../../../shared/ledger/exports/fold-ics-line.ts';
import { type CalendarMeeting, meetingsToIcs } from '../../../../shared/ledger/exports/meetings-to-ics.ts';

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

const meeting: CalendarMeeting = {
  id: 'm-1',
  title: 'Forum, session 3; budget\\plan',
  startsAt: '2026-12-01T15:00:00.000Z',
  endsAt: '2026-12-01T17:30:00.000Z',
  venueName: 'Salle 2, Ottawa',
  remoteUrl: 'https://meet.example/abc',
  agenda: 'Line one\nLine two',
};

describe('escapeIcsText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeIcsText(text)).toBe(expected);
  });
});

describe('foldIcsLine', () => {
  it.each([
    ['ascii', `DESCRIPTION:${'x'.repeat(200)}`],
    ['accents', `SUMMARY:${'é'.repeat(100)}`],
    ['emoji', `SUMMARY:${'🙂'.repeat(50)}`],
  ])('keeps every %s line within 75 octets and unfolds back to the original', (_name, line) => {
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) expect(utf8(part)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
  });
});

describe('meetingsToIcs', () => {
  const ics = meetingsToIcs([meeting], { dtstamp: '2026-11-27T12:00:00.000Z', language: 'en' });

  it('uses CRLF only and starts and ends the calendar', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['UID:m-1@cocreate.invalid'],
    ['DTSTAMP:20261127T120000Z'],
    ['DTSTART:20261201T150000Z'],
    ['DTEND:20261201T173000Z'],
    ['SUMMARY:Forum\\, session 3\\; budget\\\\plan'],
    ['LOCATION:Salle 2\\, Ottawa'],
    ['URL:https://meet.example/abc'],
    ['DESCRIPTION:Line one\\nLine two\\nRemote link: https://meet.example/abc'],
  ])('has the line %s', (line) => {
    expect(unfold(ics).split('\r\n')).toContain(line);
  });

  it('gives a meeting without an end one hour, and writes French text in French', () => {
    const fr = meetingsToIcs([{ id: 'm-2', title: 'Réunion', startsAt: '2026-12-01T15:00:00Z', remoteUrl: 'https://x.example' }], {
      dtstamp: '2026-11-27T12:00:00Z',
      language: 'fr',
    });
    expect(unfold(fr)).toContain('DTEND:20261201T160000Z');
    expect(unfold(fr)).toContain('DESCRIPTION:Lien pour participer à distance : https://x.example');
  });

  it('lists meetings by start time, each once', () => {
    const two = meetingsToIcs(
      [
        { ...meeting, id: 'late', startsAt: '2027-01-01T10:00:00Z', endsAt: undefined },
        { ...meeting, id: 'early', startsAt: '2026-12-01T10:00:00Z', endsAt: undefined },
      ],
      { dtstamp: '2026-11-27T12:00:00Z', language: 'en' },
    );
    expect([...two.matchAll(/UID:(\w+)@/g)].map((m) => m[1])).toEqual(['early', 'late']);
  });
});

describe('the calendar as a real iCalendar parser (ical.js) reads it', () => {
  it.each([
    ['a bell \u0007 and a NUL \u0000', 'a bell  and a NUL '],
    ['escape \u001b[31m red', 'escape [31m red'],
    ['tab\tkept', 'tab\tkept'],
    ['DEL \u007f gone', 'DEL  gone'],
    ['lone \ud800 surrogate', 'lone  surrogate'],
    ['emoji 🇨🇦 kept', 'emoji 🇨🇦 kept'],
  ])('drops the control characters RFC 5545 forbids in TEXT: %j', async (title, expected) => {
    const ICAL = (await import('ical.js')).default;
    const ics = meetingsToIcs([{ ...meeting, title }], { dtstamp: '2026-12-01T18:00:00Z', language: 'en' });
    // Every code point is printable, tab, or the CR LF that ends a line.
    expect([...ics].filter((char) => (char < ' ' && !'\t\r\n'.includes(char)) || char === '\u007f')).toEqual([]);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(expected);
  });

  it('ends a held meeting when it really ended, even after one minute, not an hour after it started', async () => {
    const ICAL = (await import('ical.js')).default;
    const held = { ...meeting, endsAt: undefined, endedAt: '2026-12-01T15:01:00.000Z' };
    const planned = { ...meeting, id: 'm-2', endedAt: '2026-12-01T16:45:00.000Z' };
    const ics = meetingsToIcs([held, planned], { dtstamp: '2026-12-01T18:00:00Z', language: 'en' });
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.uid, event.endDate.toJSDate().toISOString()])).toEqual([
      ['m-1@cocreate.invalid', '2026-12-01T15:01:00.000Z'],
      ['m-2@cocreate.invalid', '2026-12-01T16:45:00.000Z'],
    ]);
  });
});
