import {
  type AckReply,
  type CheckTokenReply,
  ExtensionMessage,
  type LedgerAnnotationsReply,
  type LedgerCommitmentsReply,
  type LedgerDocReply,
  type LedgerMeetingsReply,
} from '../../shared/protocol/extension-messages.ts';
import type { LedgerTransport } from '../adapters/ledger-client.ts';
import { checkToken } from './check-token.ts';
import type { SyncTrigger } from './sync-coordinator.ts';
import type { SyncStatus } from './sync-status.ts';

export type MessageDeps = {
  sync: (trigger: SyncTrigger) => Promise<SyncStatus>;
  /** Puts refused events back in the queue (the user asked to try everything again). */
  retryRejected: () => Promise<number>;
  transport: LedgerTransport;
  ledgerDoc: (docId: string) => Promise<LedgerDocReply>;
  ledgerCommitments: () => Promise<LedgerCommitmentsReply>;
  ledgerMeetings: () => Promise<LedgerMeetingsReply>;
  ledgerAnnotations: (meetingId: string) => Promise<LedgerAnnotationsReply>;
  joinMeeting: (meetingId: string) => Promise<AckReply>;
};

export type MessageReply = AckReply | CheckTokenReply | LedgerDocReply | LedgerCommitmentsReply | LedgerMeetingsReply | LedgerAnnotationsReply;

/** Our message, or undefined for anything else (content scripts talk to the side panel on the same channel). */
export function readMessage(message: unknown): ExtensionMessage | undefined {
  const parsed = ExtensionMessage.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

/** The background's answer to one page message. Never throws. */
export async function answerMessage(message: ExtensionMessage, deps: MessageDeps): Promise<MessageReply> {
  switch (message.type) {
    case 'outbox-changed':
      // The page does not wait for the ledger: the outcome reaches it through the sync status.
      void deps.sync('change').catch(() => {});
      return { ok: true };
    case 'sync-now':
      // "Sync now" tries everything again, refused events too (a coordinator may have fixed a role).
      void deps
        .retryRejected()
        .then(() => deps.sync('manual'))
        .catch(() => {});
      return { ok: true };
    case 'check-token':
      return checkToken(deps.transport, message.ledgerUrl, message.token);
    case 'ledger-doc':
      return deps.ledgerDoc(message.docId);
    case 'ledger-commitments':
      return deps.ledgerCommitments();
    case 'ledger-meetings':
      return deps.ledgerMeetings();
    case 'ledger-annotations':
      return deps.ledgerAnnotations(message.meetingId);
    case 'join-meeting':
      return deps.joinMeeting(message.meetingId);
  }
}
