import type { IsoDateTime } from '../../domain/iso-time.ts';
import type { Language } from '../../i18n/language.ts';
import { translate } from '../../i18n/translate.ts';
import { escapeIcsText, stripIcsControls } from './escape-ics-text.ts';
import { foldIcsLine } from './fold-ics-line.ts';

/**
 * A meeting as the calendar needs it: the domain Meeting fits as is (so do the side panel's local
 * records and the ledger's views).
 */
export type CalendarMeeting = {
  id: string;
  title: string;
  startsAt: IsoDateTime;
  endsAt?: IsoDateTime;
  /** When a held meeting really ended; it wins over the planned `endsAt`. */
  endedAt?: IsoDateTime;
  venueName?: string;
  /** The LOCATION text when it should differ from `venueName` (e.g. "Online only" in the reader's language). */
  venue?: string;
  remoteUrl?: string;
  agenda?: string;
  /**
   * Called off (`meeting.cancelled`): the entry says `STATUS:CANCELLED` with `SEQUENCE:1`, higher than
   * the 0 every confirmed entry has (RFC 5545 §3.8.7.4), so a calendar that imported the schedule
   * applies the change and removes the meeting instead of keeping its old copy.
   */
  cancelled?: boolean;
};

const DEFAULT_DURATION_MS = 60 * 60 * 1000;

/** `2026-11-27T14:05:00.000Z` → `20261127T140500Z`; undefined for text that is not a time. */
function toIcsUtc(ms: number): string | undefined {
  // Past ±8.64e15 ms a Date is invalid and toISOString would throw.
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function property(name: string, value: string): string {
  return foldIcsLine(`${name}:${value}`);
}

/**
 * An RFC 5545 calendar of the given meetings (CRLF lines folded at 75 octets, TEXT escaped, times in
 * UTC). `dtstamp` is when the file is made. A held meeting ends when it really ended (`endedAt`), else
 * at its planned end; a meeting with neither lasts one hour. A meeting whose
 * start is not a valid time is left out: the schema at the boundary already refuses such records.
 */
export function meetingsToIcs(
  meetings: readonly CalendarMeeting[],
  options: { dtstamp: IsoDateTime; language: Language; uidDomain?: string },
): string {
  const stamp = toIcsUtc(Date.parse(options.dtstamp)) ?? '19700101T000000Z';
  const domain = options.uidDomain ?? 'cocreate.invalid';
  const sorted = [...meetings].sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id < b.id ? -1 : 1));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cocreate//Meeting schedule//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const meeting of sorted) {
    const startMs = Date.parse(meeting.startsAt);
    const start = toIcsUtc(startMs);
    if (start === undefined) continue;
    const endText = meeting.endedAt ?? meeting.endsAt;
    const parsedEnd = endText === undefined ? Number.NaN : Date.parse(endText);
    const endMs = Number.isFinite(parsedEnd) && parsedEnd > startMs ? parsedEnd : startMs + DEFAULT_DURATION_MS;
    const description = [
      meeting.agenda,
      meeting.remoteUrl && translate('exports.ics.remoteLink', options.language, { url: meeting.remoteUrl }),
    ]
      .filter((part): part is string => Boolean(part))
      .join('\n');
    lines.push('BEGIN:VEVENT');
    lines.push(property('UID', `${escapeIcsText(meeting.id)}@${domain}`));
    lines.push(property('DTSTAMP', stamp));
    lines.push(property('DTSTART', start));
    lines.push(property('DTEND', toIcsUtc(endMs) ?? start));
    lines.push(property('SUMMARY', escapeIcsText(meeting.title)));
    const location = meeting.venue ?? meeting.venueName;
    if (location) lines.push(property('LOCATION', escapeIcsText(location)));
    if (meeting.remoteUrl) lines.push(property('URL', stripIcsControls(meeting.remoteUrl)));
    if (description) lines.push(property('DESCRIPTION', escapeIcsText(description)));
    lines.push(meeting.cancelled ? 'SEQUENCE:1' : 'SEQUENCE:0', meeting.cancelled ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
