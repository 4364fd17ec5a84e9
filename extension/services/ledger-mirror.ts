import * as z from 'zod/mini';
import { IsoDateTime } from '../../shared/domain/iso-time.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import { parseStoredEvent, type StoredEvent } from '../../shared/ledger/event-catalogue.ts';
import type { Actor, StoredEnvelope } from '../../shared/ledger/event-envelope.ts';
import type { Attendee } from '../../shared/domain/meeting.ts';
import type { Member } from '../../shared/domain/member.ts';
import { recordRuleOf } from '../../shared/ledger/record-authority.ts';
import { RECORD_KIND_OF, recordKeyOf } from '../../shared/ledger/record-key.ts';
import { foldEvents } from '../../shared/ledger/views/fold-events.ts';
import type { LedgerViews } from '../../shared/ledger/views/ledger-views.ts';
import type {
  AckReply,
  DocCommitment,
  LedgerCommitmentsReply,
  LedgerAnnotationsReply,
  LedgerDocReply,
  LedgerMeetingsReply,
  MessageProblem,
} from '../../shared/protocol/extension-messages.ts';
import { Head } from '../../shared/protocol/ledger-api.ts';
import { MAX_PULL_LIMIT } from '../../shared/protocol/limits.ts';
import type { CocreateDb } from './db.ts';
import { joinableMeetings } from './joinable-meetings.ts';
import { joinMeeting } from './meetings.ts';
import { type CallFailure, type Connection, pullEvents } from './ledger-calls.ts';

/** How far the local copy of the ledger goes, and when it was last brought up to date. */
const MirrorHead = z.object({ v: z.literal(1), head: Head, pulledAt: IsoDateTime });
type MirrorHead = z.infer<typeof MirrorHead>;

const HEAD_KEY = 'head';
const eventKey = (seq: number) => `event:${String(seq).padStart(12, '0')}`;
const eventRange = () => IDBKeyRange.bound('event:', 'event:\uffff');

async function readHead(db: CocreateDb): Promise<MirrorHead | undefined> {
  const parsed = MirrorHead.safeParse((await db.get('ledgerCache', HEAD_KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Brings the local copy of the ledger up to date with `pull`, from the last seq it holds, in pages
 * of at most 1,000. Each page is stored with the head it reached, so an interrupted pull resumes.
 */
export async function refreshMirror(db: CocreateDb, connection: Connection, now: () => Date): Promise<CallFailure | undefined> {
  let since = (await readHead(db))?.head.seq ?? 0;
  for (;;) {
    const outcome = await pullEvents(connection, since, MAX_PULL_LIMIT);
    if (outcome.kind !== 'ok') return outcome;
    const tx = db.transaction('ledgerCache', 'readwrite');
    const writes: Promise<unknown>[] = outcome.events.map((event: StoredEnvelope) =>
      tx.store.put({ key: eventKey(event.seq), value: event }),
    );
    const reached = outcome.events.reduce((max, event) => Math.max(max, event.seq), since);
    const head: MirrorHead = {
      v: 1,
      head: reached >= outcome.head.seq ? outcome.head : { seq: reached, hash: outcome.events.at(-1)?.hash ?? outcome.head.hash },
      pulledAt: now().toISOString(),
    };
    writes.push(tx.store.put({ key: HEAD_KEY, value: head }));
    await Promise.all([...writes, tx.done]);
    if (outcome.events.length === 0 || reached >= outcome.head.seq) return undefined;
    since = reached;
  }
}

/** Who runs each meeting record: the actor of its first stored event that claims it (lowest seq), as the writer decides. */
export type MeetingOwners = Map<string, Pick<Actor, 'memberId' | 'name'>>;

function meetingOwnersOf(events: readonly StoredEvent[]): MeetingOwners {
  const first = new Map<string, StoredEvent>();
  for (const event of events) {
    if (RECORD_KIND_OF[event.type] !== 'meeting' || !recordRuleOf(event.type).claims) continue;
    const key = recordKeyOf(event);
    const known = first.get(key);
    if (!known || event.seq < known.seq) first.set(key, event);
  }
  return new Map([...first].map(([key, event]) => [key.slice('meeting:'.length), { memberId: event.actor.memberId, name: event.actor.name }]));
}

type Folded = { views: LedgerViews; owners: MeetingOwners };

// The fold of the last pull, per database, reused while the head and the day stay the same.
const folds = new WeakMap<CocreateDb, { key: string } & Folded>();

/** The ledger as last pulled, folded into its views (undefined when it was never pulled). */
export async function foldMirror(db: CocreateDb, today: string): Promise<(Folded & { mirror: MirrorHead }) | undefined> {
  const mirror = await readHead(db);
  if (!mirror) return undefined;
  const key = `${mirror.head.seq}:${mirror.head.hash}:${today}`;
  const known = folds.get(db);
  if (known?.key === key) return { views: known.views, owners: known.owners, mirror };
  const rows = await db.getAll('ledgerCache', eventRange());
  const events: StoredEvent[] = [];
  for (const row of rows) {
    const parsed = parseStoredEvent(row.value);
    if (parsed.ok) events.push(parsed.value);
  }
  const views = foldEvents(events, { today });
  const owners = meetingOwnersOf(events);
  folds.set(db, { key, views, owners });
  return { views, owners, mirror };
}

/** Commitments (of one document, or all) with their government and CSN sign-off state. */
export function docCommitments(views: LedgerViews, docId?: string): DocCommitment[] {
  return views.commitments
    .filter((view) => docId === undefined || view.docId === docId)
    .map((view) => ({
      id: view.commitment.id,
      code: view.commitment.code,
      title: view.commitment.title,
      versionHash: view.versionHash,
      signoffs: views.signOffs
        .filter((s) => s.subjectKind === 'commitment' && s.subjectId === view.commitment.id)
        .flatMap((s) =>
          s.track === 'government' || s.track === 'csn'
            ? [
                {
                  track: s.track,
                  decision: s.latest.state,
                  at: s.recordedAt,
                  by: s.recordedBy.name,
                  versionHash: s.latest.versionHash,
                  isCurrentVersion: !s.isChangedSinceSigned,
                },
              ]
            : [],
        ),
    }));
}

const problemOf = (failure: CallFailure): MessageProblem => {
  if (failure.kind === 'network') return { code: 'offline', message: bilingualMessage('sync.problem.offline') };
  if (failure.kind === 'bad-response') return { code: 'bad_response', message: bilingualMessage('sync.problem.badResponse') };
  if (failure.code === 'unauthorized') return { code: 'unauthorized', message: bilingualMessage('sync.problem.unauthorized') };
  if (failure.code === 'busy') return { code: 'busy', message: bilingualMessage('sync.problem.busy') };
  return { code: failure.code, message: bilingualMessage('sync.problem.internal') };
};

export type MirrorDeps = {
  db: CocreateDb;
  connection: Connection | undefined;
  now: () => Date;
  /** Whose token this is (`whoami`, remembered by the caller); undefined when the ledger cannot say. */
  whoami?: () => Promise<Member | undefined>;
};

// The pull under way, per database: requests that arrive meanwhile (the side panel asks for
// commitments and meetings together) share it instead of pulling the same pages again.
const pulling = new WeakMap<CocreateDb, Promise<CallFailure | undefined>>();

function refreshShared(db: CocreateDb, connection: Connection, now: () => Date): Promise<CallFailure | undefined> {
  const running = pulling.get(db);
  if (running) return running;
  const started = refreshMirror(db, connection, now).finally(() => pulling.delete(db));
  pulling.set(db, started);
  return started;
}

/** Pulls what is new (when a ledger is set up), then folds; falls back to the last pull when offline. */
async function readLedger(deps: MirrorDeps) {
  const failure = deps.connection ? await refreshShared(deps.db, deps.connection, deps.now) : undefined;
  const folded = await foldMirror(deps.db, deps.now().toISOString().slice(0, 10));
  if (!folded) {
    const problem: MessageProblem = failure
      ? problemOf(failure)
      : { code: 'not_configured', message: bilingualMessage('sync.problem.notConfigured') };
    return { ok: false as const, problem };
  }
  return { ok: true as const, ...folded, fromCache: !deps.connection || failure !== undefined };
}

/** What the ledger knows about one Google Docs document: its commitments and their sign-off state. */
export async function ledgerDocView(deps: MirrorDeps, docId: string): Promise<LedgerDocReply> {
  const read = await readLedger(deps);
  if (!read.ok) return read;
  return {
    ok: true,
    view: {
      docId,
      commitments: docCommitments(read.views, docId),
      head: read.mirror.head,
      pulledAt: read.mirror.pulledAt,
      fromCache: read.fromCache,
    },
  };
}

/** Every commitment the ledger knows, for the side panel's commitment picker. */
export async function ledgerCommitmentList(deps: MirrorDeps): Promise<LedgerCommitmentsReply> {
  const read = await readLedger(deps);
  if (!read.ok) return read;
  return { ok: true, commitments: docCommitments(read.views), fromCache: read.fromCache };
}

/**
 * Every meeting the ledger knows, for the side panel's chair rotation (R18), and those on now or soon
 * that this member may join, with what it may write about each (joinable-meetings.ts).
 */
export async function ledgerMeetingList(deps: MirrorDeps): Promise<LedgerMeetingsReply> {
  const read = await readLedger(deps);
  if (!read.ok) return read;
  const me = deps.connection && deps.whoami ? await deps.whoami().catch(() => undefined) : undefined;
  return {
    ok: true,
    meetings: read.views.meetings.map((view) => view.meeting),
    fromCache: read.fromCache,
    joinable: joinableMeetings(read.views.meetings, read.owners, me, deps.now()),
  };
}

/**
 * Joins one of the meetings `ledgerMeetingList` offers (joinMeeting, meetings.ts), with the rights the
 * ledger's record gives this member now; refused when the meeting is not (or no longer) joinable.
 */
export async function joinLedgerMeeting(deps: MirrorDeps, meetingId: string, me: Attendee | undefined): Promise<AckReply> {
  const listed = await ledgerMeetingList(deps);
  if (!listed.ok) return listed;
  const entry = listed.joinable?.find((candidate) => candidate.meeting.id === meetingId);
  if (!entry) return { ok: false, problem: { code: 'not_joinable', message: bilingualMessage('join.error.notJoinable') } };
  const record = await joinMeeting(deps.db, entry, me, { now: deps.now });
  return record ? { ok: true } : { ok: false, problem: { code: 'storage', message: bilingualMessage('sync.error.storage') } };
}

/**
 * The ledger's annotations of one meeting, every attendee's, as they stand (corrections applied,
 * withdrawn ones gone), for the notes page to merge with this computer's. Who wrote each is left out:
 * the notes attribute by the speaker, never by the note-taker.
 */
export async function ledgerAnnotationList(deps: MirrorDeps, meetingId: string): Promise<LedgerAnnotationsReply> {
  const read = await readLedger(deps);
  if (!read.ok) return read;
  const annotations = read.views.annotations
    .filter((view) => view.meetingId === meetingId)
    .map(({ author: _author, ...view }) => view);
  return { ok: true, annotations, fromCache: read.fromCache };
}
