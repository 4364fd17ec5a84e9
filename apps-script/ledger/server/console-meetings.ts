import { meetingsToIcs } from '../../../shared/ledger/exports/meetings-to-ics.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { LedgerViews } from '../../../shared/ledger/views/index.ts';
import { suggestNextChair } from '../../../shared/rules/index.ts';
import { appendAsConsole, type ConsoleAnswer, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';
import { userLanguage } from './user-language.ts';

export type ConsoleMeeting = {
  id: string;
  title: string;
  type: string;
  startsAt: string;
  venueType: string;
  chairSide: string;
  expectedChairSide?: string;
  remoteUrl?: string;
  heldAt?: string;
  notesPublishedAt?: string;
  notesUrl?: string;
};

/** The meetings as the console lists them, latest first, with R18's expected chair for forum meetings. */
export function consoleMeetings(views: LedgerViews): ConsoleMeeting[] {
  return [...views.meetings]
    .sort((a, b) => (a.meeting.startsAt < b.meeting.startsAt ? 1 : -1))
    .map(({ meeting, expectedChairSide }) => ({
      id: meeting.id,
      title: meeting.title,
      type: meeting.type,
      startsAt: meeting.startsAt,
      venueType: meeting.venueType,
      chairSide: meeting.chairSide,
      ...(expectedChairSide ? { expectedChairSide } : {}),
      ...(meeting.remoteUrl ? { remoteUrl: meeting.remoteUrl } : {}),
      ...(meeting.heldAt ? { heldAt: meeting.heldAt } : {}),
      ...(meeting.notesPublishedAt ? { notesPublishedAt: meeting.notesPublishedAt } : {}),
      ...(meeting.notesUrl ? { notesUrl: meeting.notesUrl } : {}),
    }));
}

/** Every published document the ledger links to (notes, reasoned responses, the verdict): the Repository list. */
export function repositoryDocuments(views: LedgerViews): Array<{ kind: 'notes' | 'response' | 'verdict'; title: string; url: string }> {
  const out: Array<{ kind: 'notes' | 'response' | 'verdict'; title: string; url: string }> = [];
  for (const { meeting } of views.meetings) if (meeting.notesUrl) out.push({ kind: 'notes', title: meeting.title, url: meeting.notesUrl });
  for (const { proposal } of views.proposals) if (proposal.reasonedResponse?.docUrl) out.push({ kind: 'response', title: proposal.text.slice(0, 80), url: proposal.reasonedResponse.docUrl });
  for (const verdict of views.records.verdicts) if (verdict.publishedDocUrl) out.push({ kind: 'verdict', title: verdict.issuedAt.slice(0, 10), url: verdict.publishedDocUrl });
  return out;
}

export function suggestedChair(views: LedgerViews): string {
  return suggestNextChair(views.records.meetings);
}

export type MeetingInput = {
  title?: unknown;
  type?: unknown;
  startsAt?: unknown;
  endsAt?: unknown;
  venueType?: unknown;
  venueName?: unknown;
  remoteUrl?: unknown;
  agenda?: unknown;
  chairSide?: unknown;
};

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Console › Meetings: schedules a meeting (`meeting.scheduled`) with its type, venue, remote link,
 * agenda and chair side (the form suggests the side R18 expects). Times come from the sidebar as UTC
 * instants (the browser converts the coordinator's local time).
 */
export function consoleScheduleMeeting(input: MeetingInput): ConsoleAnswer {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const member = consoleMember(user.email, readMemberRecords());
  if (!member) return refused('console.error.notLinked');
  const optional = (key: string, value: unknown) => (text(value) === '' ? {} : { [key]: text(value) });
  const meeting = {
    id: Utilities.getUuid(),
    title: text(input?.title),
    type: input?.type,
    startsAt: text(input?.startsAt),
    ...optional('endsAt', input?.endsAt),
    venueType: input?.venueType,
    ...optional('venueName', input?.venueName),
    ...optional('remoteUrl', input?.remoteUrl),
    chairSide: input?.chairSide,
    attendees: [],
    attribution: 'by_side',
    notesStatus: { en: 'none', fr: 'none' },
    ...optional('agenda', input?.agenda),
  };
  if (meeting.startsAt === '') return refused('console.meetings.error.startsAt', undefined, 'startsAt');
  const answer = appendAsConsole(member, [{ type: 'meeting.scheduled', payload: { meeting } }]);
  return answer.ok ? answer : { ok: false, errors: answer.errors.map((e) => ({ ...e, path: e.path.replace(/^meeting\./, '') })) };
}

/** Console › Meetings: the schedule as an ICS calendar (RFC 5545), in the coordinator's language, for download. */
export function consoleMeetingsIcs(): ConsoleAnswer<{ ics: string; filename: string }> {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const language = userLanguage();
  const meetings = ledger.views.meetings.map(({ meeting }) => ({
    ...meeting,
    ...(meeting.venueType === 'online_only' && !meeting.venueName ? { venue: translate('domain.venueType.online_only', language) } : {}),
  }));
  const ics = meetingsToIcs(meetings, { dtstamp: new Date().toISOString(), language });
  return { ok: true, value: { ics, filename: 'cocreate-meetings.ics' } };
}
