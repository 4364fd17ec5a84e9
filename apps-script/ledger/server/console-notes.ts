import type { Side } from '../../../shared/domain/side.ts';
import type { MessageKey } from '../../../shared/i18n/catalogue.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { MemberRecord } from '../../../shared/ledger/members-codec.ts';
import { approvalStands, type CoChairSide, missingApprovals } from '../../../shared/ledger/notes-approval-state.ts';
import { type DraftNotes, draftVersionHash, notesFromDraft } from '../../../shared/ledger/exports/notes-from-draft.ts';
import { meetingNotesMain } from '../../../shared/ledger/exports/meeting-notes-html.ts';
import { publishedNotesHtml } from '../../../shared/ledger/exports/published-notes-html.ts';
import type { LedgerViews, MeetingView } from '../../../shared/ledger/views/index.ts';
import { appendAsConsole, type ConsoleAnswer, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { type ConsoleLedger, readConsoleLedger } from './console-ledger.ts';
import { createNotesDoc } from './create-notes-doc.ts';
import { MEMBERS_TAB } from './ledger-tabs.ts';
import { resolveMember } from './resolve-member.ts';
import { sha256Hex } from './sha256-hex.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';


/** Where a meeting's notes draft stands, as the Meetings tab shows it. */
export type ConsoleNotes = {
  draftEventId: string;
  draftedAt: string;
  draftedBy: string;
  languages: Array<'en' | 'fr'>;
  statements: number;
  /** The draft version as the ledger holds it now (what an approval names). */
  version: string;
  approvals: Partial<Record<CoChairSide, { name: string; at: string; isCurrent: boolean }>>;
  /** Published already with this very version (then publishing again is refused). */
  publishedUrl?: string;
};

function draftOf(views: LedgerViews, view: MeetingView): { notes: DraftNotes; version: string } | undefined {
  const notes = notesFromDraft(view, views.annotations, views.commitments);
  return notes ? { notes, version: draftVersionHash(notes, sha256Hex) } : undefined;
}

/** The notes part of a meeting in the console's list; undefined while no draft was sent. */
export function consoleNotesOf(ledger: Extract<ConsoleLedger, { ok: true }>, view: MeetingView): ConsoleNotes | undefined {
  const draft = draftOf(ledger.views, view);
  if (!draft || !view.notesDraft) return undefined;
  const approvals: ConsoleNotes['approvals'] = {};
  // The writer's own record of the approvals and the one definition of a standing (not stale) one.
  const state = ledger.meetingNotes.get(view.meeting.id);
  for (const [side, approval] of Object.entries(state?.approvals ?? {}) as Array<[CoChairSide, { name: string; at: string }]>) {
    approvals[side] = { name: approval.name, at: approval.at, isCurrent: approvalStands(state, side, draft.version) };
  }
  const publishedUrl = publishedUrlOf(ledger, view.meeting.id, draft.version);
  return {
    draftEventId: draft.notes.draftEventId,
    draftedAt: view.notesDraft.at,
    draftedBy: view.notesDraft.author.name,
    languages: [...draft.notes.languages],
    statements: draft.notes.input.annotations.length,
    version: draft.version,
    approvals,
    ...(publishedUrl ? { publishedUrl } : {}),
  };
}

function publishedUrlOf(ledger: Extract<ConsoleLedger, { ok: true }>, meetingId: string, version: string): string | undefined {
  for (const event of ledger.events) {
    if (event.type === 'meeting.notes_published' && event.payload.meetingId === meetingId && event.payload.draftHash === version) return event.payload.url ?? '';
  }
  return undefined;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const sideName = (side: Side) => ({ en: translate(`common.side.${side}`, 'en'), fr: translate(`common.side.${side}`, 'fr') });

function bilingual(key: MessageKey, params: (language: 'en' | 'fr') => Record<string, string>, path = ''): { ok: false; errors: Array<{ path: string; message: { en: string; fr: string } }> } {
  return { ok: false, errors: [{ path, message: { en: translate(key, 'en', params('en')), fr: translate(key, 'fr', params('fr')) } }] };
}

type Found = { ok: true; member: MemberRecord; ledger: Extract<ConsoleLedger, { ok: true }>; view: MeetingView; draft: { notes: DraftNotes; version: string } } | { ok: false; answer: ConsoleAnswer<never> };

/** The console's coordinator, the ledger and the meeting with its current draft, or why not. */
function findDraft(meetingId: unknown): Found {
  const user = consoleUser();
  if (!user.ok) return { ok: false, answer: refused(user.reason) };
  const member = consoleMember(user.email, readMemberRecords());
  if (!member) return { ok: false, answer: refused('console.error.notLinked') };
  const ledger = readConsoleLedger();
  if (!ledger.ok) return { ok: false, answer: refused('console.error.logUnreadable') };
  const view = ledger.views.meetings.find((m) => m.meeting.id === meetingId);
  if (!view) return { ok: false, answer: refused('publish.error.noMeeting') };
  const draft = draftOf(ledger.views, view);
  if (!draft) return { ok: false, answer: refused('publish.error.noDraft') };
  return { ok: true, member, ledger, view, draft };
}

/**
 * Console › Meetings: one co-chair approves the current notes draft for their side
 * (`meeting.notes_approved`). The co-chairs are each side's lead coordinator: the console's own
 * coordinator approves for their side with no token; the other side's co-chair types their member
 * token, used once to find their record and to write as them (never stored). The side approved for
 * must be the approver's own, and the approver must hold the coordinator role (the role table).
 */
export function consoleApproveNotes(input: { meetingId?: unknown; side?: unknown; token?: unknown }): ConsoleAnswer {
  const side = input?.side;
  if (side !== 'government' && side !== 'csn') return refused('schema.notAllowed', { values: 'government, csn' }, 'side');
  const found = findDraft(input?.meetingId);
  if (!found.ok) return found.answer;
  const token = text(input?.token);
  let approver = found.member;
  if (token !== '') {
    const [rows = []] = readTabs(ledgerSpreadsheetId(), [MEMBERS_TAB]);
    const resolved = resolveMember(rows, token);
    if (!resolved) return refused('publish.error.badToken', undefined, 'token');
    approver = resolved;
  }
  if (approver.side !== side) {
    return bilingual('publish.error.wrongSide', (language) => ({ name: approver.name, memberSide: sideName(approver.side)[language], side: sideName(side)[language] }), 'token');
  }
  if (!approver.roles.includes('coordinator')) return bilingual('publish.error.notCoChair', () => ({ name: approver.name }), 'token');
  const payload = { meetingId: found.view.meeting.id, draftEventId: found.draft.notes.draftEventId, draftHash: found.draft.version };
  return appendAsConsole(approver, [{ type: 'meeting.notes_approved', payload }], token === '' ? { member: approver } : { token });
}

/** Drive file and folder ids: letters, digits, `-` and `_` (what the Picker returns as a document id). */
const DRIVE_ID = /^[A-Za-z0-9_-]{10,200}$/;

/**
 * Console › Meetings: publishes the approved notes. Refused, with nothing created or stored, until both
 * co-chairs approved the version the ledger holds now. Then one Google Doc, in the folder the
 * coordinator picked, holds the notes in English and French with the chain head of this moment printed
 * in both; `meeting.notes_published` records its link, that head and the version approved.
 */
export function consolePublishNotes(input: { meetingId?: unknown; folderId?: unknown }): ConsoleAnswer<{ url: string; headHash: string; title: string }> {
  const found = findDraft(input?.meetingId);
  if (!found.ok) return found.answer;
  const { ledger, view, draft, member } = found;
  const missing = missingApprovals(ledger.meetingNotes.get(view.meeting.id), draft.version).map((m) => m.side);
  if (missing.length > 0) {
    return bilingual('publish.error.notApproved', (language) => ({ sides: missing.map((side) => sideName(side)[language]).join(language === 'fr' ? ' et ' : ' and ') }));
  }
  const already = publishedUrlOf(ledger, view.meeting.id, draft.version);
  if (already !== undefined) return refused('publish.error.alreadyPublished', { url: already });
  const folderId = text(input?.folderId);
  if (!DRIVE_ID.test(folderId)) return refused('publish.error.folder', undefined, 'folder');

  const head = ledger.views.dashboard.head;
  const now = new Date().toISOString();
  const html = (docUrl?: string) => publishedNotesHtml({ ...draft.notes.input, headHash: head.hash, now }, ['en', 'fr'], docUrl);
  const title = `${translate('publish.doc.name', 'en', { title: view.meeting.title })} / ${translate('publish.doc.name', 'fr', { title: view.meeting.title })}`;
  const doc = createNotesDoc(folderId, title, html);
  if (!doc.ok) {
    if (doc.reason === 'drive_off') return refused('publish.error.driveOff');
    if (doc.reason === 'folder') return refused('publish.error.folderNotReachable', undefined, 'folder');
    return refused('publish.error.driveFailed', { message: doc.message });
  }
  const recorded = appendAsConsole(member, [
    { type: 'meeting.notes_published', payload: { meetingId: view.meeting.id, language: 'bilingual', url: doc.url, headHash: head.hash, draftHash: draft.version } },
  ]);
  if (!recorded.ok) {
    // The Doc exists but the ledger has no record of it: say where it is, so it is not left behind.
    const why = (language: 'en' | 'fr') => recorded.errors.map((e) => e.message[language]).join(' ');
    return bilingual('publish.error.notRecorded', (language) => ({ url: doc.url, message: why(language) }));
  }
  return { ok: true, value: { url: doc.url, headHash: head.hash, title }, ...(recorded.head ? { head: recorded.head } : {}) };
}

/** Console › Meetings: the current draft's notes in one language, for the co-chairs to read before approving. */
export function consoleNotesPreview(input: { meetingId?: unknown; language?: unknown }): ConsoleAnswer<{ html: string; version: string }> {
  const language = input?.language === 'fr' ? 'fr' : 'en';
  const found = findDraft(input?.meetingId);
  if (!found.ok) return found.answer;
  return { ok: true, value: { html: meetingNotesMain({ ...found.draft.notes.input, language, now: new Date().toISOString() }, { withLang: true }), version: found.draft.version } };
}

const PICKER_APP_ID = 'cocreate.picker.appId';
const PICKER_API_KEY = 'cocreate.picker.apiKey';

/**
 * Console › Meetings: what the sidebar's Google Picker needs to let the coordinator choose a folder:
 * the user's OAuth token for this script (`ScriptApp.getOAuthToken()`, carrying only the manifest's
 * scopes, `drive.file` among them), the Cloud project number (`setAppId`, required for `drive.file`:
 * a picked folder is then granted to this app) and a browser API key (`setDeveloperKey`), both kept in
 * script properties by whoever set up the project (coordinator guide §9).
 */
export function consolePickerConfig(): ConsoleAnswer<{ token: string; appId: string; developerKey: string }> {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const properties = PropertiesService.getScriptProperties();
  const appId = (properties.getProperty(PICKER_APP_ID) ?? '').trim();
  const developerKey = (properties.getProperty(PICKER_API_KEY) ?? '').trim();
  if (!/^\d{6,20}$/.test(appId) || developerKey === '') return refused('publish.error.pickerNotSetUp');
  return { ok: true, value: { token: ScriptApp.getOAuthToken(), appId, developerKey } };
}
