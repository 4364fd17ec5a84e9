import * as z from 'zod/mini';
import { BilingualText } from '../domain/bilingual-text.ts';
import { Id } from '../domain/id.ts';
import { IsoDateTime } from '../domain/iso-time.ts';
import { Meeting } from '../domain/meeting.ts';
import { Member } from '../domain/member.ts';
import { Head } from './ledger-api.ts';
import { Annotation } from '../domain/annotation.ts';

/**
 * Runtime messages from extension pages to the background. Pages write IndexedDB themselves and
 * then say `outbox-changed`; the background owns every call to the ledger.
 */
export const OutboxChangedMessage = z.object({ type: z.literal('outbox-changed') });
export const SyncNowMessage = z.object({ type: z.literal('sync-now') });
/** Options page: is this token good at this ledger, and whose is it? (`whoami`). */
export const CheckTokenMessage = z.object({
  type: z.literal('check-token'),
  ledgerUrl: z.string().check(z.maxLength(2000)),
  token: z.string().check(z.maxLength(200)),
});
/** Side panel on a Google Docs page: what the ledger knows about this document. */
export const LedgerDocMessage = z.object({ type: z.literal('ledger-doc'), docId: Id });

/** Side panel commitment picker: the commitments the ledger knows (from the last pull, refreshed when possible). */
export const LedgerCommitmentsMessage = z.object({ type: z.literal('ledger-commitments') });

/** Side panel chair rotation (R18): the meetings the ledger knows, counted with this computer's own. */
export const LedgerMeetingsMessage = z.object({ type: z.literal('ledger-meetings') });

/** Notes page: the ledger's annotations of one meeting, from every attendee who joined it. */
export const LedgerAnnotationsMessage = z.object({ type: z.literal('ledger-annotations'), meetingId: Id });

/**
 * Side panel: join this ledger meeting (one of `ledger-meetings`' `joinable`). The background checks
 * it is joinable and what this member may write about it, then saves it in IndexedDB: the page never
 * says what rights it has.
 */
export const JoinMeetingMessage = z.object({ type: z.literal('join-meeting'), meetingId: Id });

export const ExtensionMessage = z.discriminatedUnion('type', [
  OutboxChangedMessage,
  SyncNowMessage,
  CheckTokenMessage,
  LedgerDocMessage,
  LedgerCommitmentsMessage,
  LedgerMeetingsMessage,
  LedgerAnnotationsMessage,
  JoinMeetingMessage,
]);
export type ExtensionMessage = z.infer<typeof ExtensionMessage>;

/** A problem to show as is, in the user's language. */
export const MessageProblem = z.object({ code: z.string(), message: BilingualText });
export type MessageProblem = z.infer<typeof MessageProblem>;

const Failure = z.object({ ok: z.literal(false), problem: MessageProblem });

/** Answer to `outbox-changed` and `sync-now`: the sync was started (its outcome goes to the sync status). */
export const AckReply = z.union([z.object({ ok: z.literal(true) }), Failure]);
export type AckReply = z.infer<typeof AckReply>;

export const CheckTokenReply = z.union([z.object({ ok: z.literal(true), member: Member }), Failure]);
export type CheckTokenReply = z.infer<typeof CheckTokenReply>;

/** One sign-off decision on a commitment, and whether it was made on the version now in the ledger. */
export const DocSignoff = z.object({
  track: z.enum(['government', 'csn']),
  decision: z.string(),
  at: IsoDateTime,
  by: z.string(),
  versionHash: z.string(),
  isCurrentVersion: z.boolean(),
});
export type DocSignoff = z.infer<typeof DocSignoff>;

export const DocCommitment = z.object({
  id: Id,
  code: z.optional(z.string()),
  title: BilingualText,
  versionHash: z.optional(z.string()),
  signoffs: z.array(DocSignoff),
});
export type DocCommitment = z.infer<typeof DocCommitment>;

/**
 * What the ledger knows about one Google Docs document. `fromCache` is true when the ledger could
 * not be reached and the answer comes from the last pull (`head` says how far that went).
 */
export const LedgerDocView = z.object({
  docId: Id,
  commitments: z.array(DocCommitment),
  head: Head,
  pulledAt: IsoDateTime,
  fromCache: z.boolean(),
});
export type LedgerDocView = z.infer<typeof LedgerDocView>;

export const LedgerDocReply = z.union([z.object({ ok: z.literal(true), view: LedgerDocView }), Failure]);
export type LedgerDocReply = z.infer<typeof LedgerDocReply>;

export const LedgerCommitmentsReply = z.union([
  z.object({ ok: z.literal(true), commitments: z.array(DocCommitment), fromCache: z.boolean() }),
  Failure,
]);
export type LedgerCommitmentsReply = z.infer<typeof LedgerCommitmentsReply>;

/**
 * A ledger meeting this computer may join (on now, today or soon): who runs its record (the member
 * whose event created it), and what this member may write about it, so a joiner never queues an
 * event the ledger would refuse `forbidden` (record-authority.ts: `meeting.scheduled|updated|held`
 * are the owner's or a coordinator's; `meeting.notes_drafted` too).
 */
export const JoinableMeeting = z.object({
  meeting: Meeting,
  ownerName: z.string().check(z.maxLength(200)),
  /** This member created the record (joined from another computer, or scheduled it from the console). */
  ownsRecord: z.boolean(),
  /** This member may send its notes draft: the owner or a coordinator. */
  maySendDraft: z.boolean(),
});
export type JoinableMeeting = z.infer<typeof JoinableMeeting>;

export const LedgerMeetingsReply = z.union([
  z.object({ ok: z.literal(true), meetings: z.array(Meeting), fromCache: z.boolean(), joinable: z.optional(z.array(JoinableMeeting)) }),
  Failure,
]);
export type LedgerMeetingsReply = z.infer<typeof LedgerMeetingsReply>;

/** An annotation as the ledger holds it now (corrections applied, withdrawn ones left out). */
// Pure, so a page that never reads annotations (the side panel) ships none of this.
export const LedgerAnnotation = /* @__PURE__ */ z.object({ id: Id, ...Annotation.shape, at: IsoDateTime });
export type LedgerAnnotation = z.infer<typeof LedgerAnnotation>;

export const LedgerAnnotationsReply = z.union([
  z.object({ ok: z.literal(true), annotations: z.array(LedgerAnnotation), fromCache: z.boolean() }),
  Failure,
]);
export type LedgerAnnotationsReply = z.infer<typeof LedgerAnnotationsReply>;
