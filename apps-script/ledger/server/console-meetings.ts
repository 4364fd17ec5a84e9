import { meetingsToIcs } from '../../../shared/ledger/exports/meetings-to-ics.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import type { LedgerViews } from '../../../shared/ledger/views/index.ts';
import { suggestNextChair } from '../../../shared/rules/index.ts';
import { appendAsConsole, type ConsoleAnswer, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { type ConsoleLedger, readConsoleLedger } from './console-ledger.ts';
import { type ConsoleNotes, consoleNotesOf } from './console-notes.ts';
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
  endsAt?: string;
  venueName?: string;
  agenda?: string;
  heldAt?: string;
  notesPublishedAt?: string;
  notesUrl?: string;
  /** The notes draft sent for review, its co-chairs' approvals and whether this version is published. */
  notes?: ConsoleNotes;
  /** Called off (`meeting.cancelled`): when, by whom and why. */
  cancelled?: { at: string; by: string; reason: { en: string; fr: string } };
};

/**
 * The meetings as the console lists them, latest first, with R18's expected chair for forum meetings,
 * what the edit form needs, and (given the whole ledger) where each one's notes draft stands.
 */
export function consoleMeetings(views: LedgerViews, ledger?: Extract<ConsoleLedger, { ok: true }>): ConsoleMeeting[] {
  return [...views.meetings]
    .sort((a, b) => (a.meeting.startsAt < b.meeting.startsAt ? 1 : -1))
    .map((view) => ({ view, notes: ledger ? consoleNotesOf(ledger, view) : undefined }))
    .map(({ view: { meeting, expectedChairSide, cancelled }, notes }) => ({
      id: meeting.id,
      title: meeting.title,
      type: meeting.type,
      startsAt: meeting.startsAt,
      venueType: meeting.venueType,
      chairSide: meeting.chairSide,
      ...(expectedChairSide ? { expectedChairSide } : {}),
      ...(meeting.remoteUrl ? { remoteUrl: meeting.remoteUrl } : {}),
      ...(meeting.endsAt ? { endsAt: meeting.endsAt } : {}),
      ...(meeting.venueName ? { venueName: meeting.venueName } : {}),
      ...(meeting.agenda ? { agenda: meeting.agenda } : {}),
      ...(meeting.heldAt ? { heldAt: meeting.heldAt } : {}),
      ...(meeting.notesPublishedAt ? { notesPublishedAt: meeting.notesPublishedAt } : {}),
      ...(meeting.notesUrl ? { notesUrl: meeting.notesUrl } : {}),
      ...(notes ? { notes } : {}),
      ...(cancelled ? { cancelled: { at: cancelled.at, by: cancelled.author.name, reason: cancelled.reason } } : {}),
    }));
}

/**
 * Every published document the ledger links to (notes, reasoned responses, the verdict): the Repository
 * list. Given the log, every publication of a meeting's notes is listed (a re-published version too,
 * dated), not only the latest link the views keep.
 */
export function repositoryDocuments(views: LedgerViews, events?: readonly StoredEvent[]): Array<{ kind: 'notes' | 'response' | 'verdict'; title: string; url: string; at?: string }> {
  const out: Array<{ kind: 'notes' | 'response' | 'verdict'; title: string; url: string; at?: string }> = [];
  const titles = new Map(views.meetings.map(({ meeting }) => [meeting.id, meeting.title]));
  const published = (events ?? []).filter((e): e is Extract<StoredEvent, { type: 'meeting.notes_published' }> => e.type === 'meeting.notes_published' && e.payload.url !== undefined && titles.has(e.payload.meetingId));
  if (events) for (const e of [...published].sort((a, b) => a.seq - b.seq)) out.push({ kind: 'notes', title: titles.get(e.payload.meetingId)!, url: e.payload.url!, at: e.at });
  else for (const { meeting } of views.meetings) if (meeting.notesUrl) out.push({ kind: 'notes', title: meeting.title, url: meeting.notesUrl });
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

/** The form's fields as a meeting snapshot: trimmed text, empty optional fields left out. */
function formFields(input: MeetingInput) {
  const optional = (key: string, value: unknown) => (text(value) === '' ? {} : { [key]: text(value) });
  return {
    title: text(input?.title),
    type: input?.type,
    startsAt: text(input?.startsAt),
    ...optional('endsAt', input?.endsAt),
    venueType: input?.venueType,
    ...optional('venueName', input?.venueName),
    ...optional('remoteUrl', input?.remoteUrl),
    chairSide: input?.chairSide,
    ...optional('agenda', input?.agenda),
  };
}

/** Refusals name the form's field (`title`), not the payload's path (`meeting.title`). */
function formAnswer(answer: ConsoleAnswer): ConsoleAnswer {
  return answer.ok ? answer : { ok: false, errors: answer.errors.map((e) => ({ ...e, path: e.path.replace(/^meeting\./, '') })) };
}

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
  const fields = formFields(input);
  const meeting = { id: Utilities.getUuid(), ...fields, attendees: [], attribution: 'by_side', notesStatus: { en: 'none', fr: 'none' } };
  if (fields.startsAt === '') return refused('console.meetings.error.startsAt', undefined, 'startsAt');
  return formAnswer(appendAsConsole(member, [{ type: 'meeting.scheduled', payload: { meeting } }]));
}

/**
 * Console › Meetings: corrects a scheduled meeting (`meeting.updated`): date, type, venue, remote link,
 * agenda, chair side. What the form does not show (attendance, attribution, time zone, plan) is kept
 * as the ledger holds it; what only later events set (held, notes) is never part of a snapshot. The
 * ledger's record authority decides who may: the attendee who scheduled it, or any coordinator.
 * A meeting whose notes draft was approved needs approving again: the notes print these fields.
 */
export function consoleUpdateMeeting(input: MeetingInput & { id?: unknown }): ConsoleAnswer {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const member = consoleMember(user.email, readMemberRecords());
  if (!member) return refused('console.error.notLinked');
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const current = ledger.views.meetings.find((view) => view.meeting.id === input?.id)?.meeting;
  if (!current) return refused('publish.error.noMeeting');
  const fields = formFields(input);
  if (fields.startsAt === '') return refused('console.meetings.error.startsAt', undefined, 'startsAt');
  const { heldAt: _held, notesUrl: _url, notesPublishedAt: _published, endsAt: _ends, venueName: _venue, remoteUrl: _remote, agenda: _agenda, ...kept } = current;
  const meeting = { ...kept, ...fields, id: current.id, notesStatus: { en: 'none', fr: 'none' } };
  return formAnswer(appendAsConsole(member, [{ type: 'meeting.updated', payload: { meeting }, at: afterSnapshots(ledger.events, current.id) }]));
}

/**
 * Now, or just after the latest snapshot of the meeting if its writer's clock ran ahead: snapshots are
 * last-writer-wins by client time, and a correction must win over the snapshot it corrects.
 */
function afterSnapshots(events: readonly StoredEvent[], meetingId: string): string {
  let latest = Date.now();
  for (const event of events) {
    if ((event.type === 'meeting.scheduled' || event.type === 'meeting.updated') && event.payload.meeting.id === meetingId) {
      latest = Math.max(latest, Date.parse(event.at) + 1);
    }
  }
  return new Date(latest).toISOString();
}

/** Console › Meetings: the schedule as an ICS calendar (RFC 5545), in the coordinator's language, for download. */
export function consoleMeetingsIcs(): ConsoleAnswer<{ ics: string; filename: string }> {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const language = userLanguage();
  const meetings = ledger.views.meetings.map(({ meeting, cancelled }) => ({
    ...meeting,
    ...(cancelled ? { cancelled: true } : {}),
    ...(meeting.venueType === 'online_only' && !meeting.venueName ? { venue: translate('domain.venueType.online_only', language) } : {}),
  }));
  const ics = meetingsToIcs(meetings, { dtstamp: new Date().toISOString(), language });
  return { ok: true, value: { ics, filename: 'cocreate-meetings.ics' } };
}
