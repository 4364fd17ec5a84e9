import { useEffect, useRef, useState } from 'preact/hooks';
import type { Meeting } from '../../shared/domain/meeting.ts';
import type { JoinableMeeting } from '../../shared/protocol/extension-messages.ts';
import { hasLedger, type Settings } from '../services/settings.ts';
import type { SyncStatus } from '../services/sync-status.ts';
import type { CommitmentChoice } from './AnnotationComposer.tsx';
import type { PanelPorts } from './panel-ports.ts';
import { readCommitments } from './read-commitments.ts';
import { readLedgerMeetings } from './read-ledger-meetings.ts';

/**
 * The ledger's commitments (to link an annotation to), forum meetings (the chair rotation counts
 * those others recorded) and those this member may join, asked of the background again once each sync run is over: its batches each
 * move lastSyncAt, and each ask makes the background pull and fold, so asking mid-run would pull per batch.
 * A run that sent nothing (the minute alarm) asks nothing: hundreds of panels would spend the forum's
 * read quota. `asked` changes when the user asks (Sync now): a meeting scheduled since then shows up.
 */
export function useLedgerLists(settings: Settings, status: SyncStatus, ports: Pick<PanelPorts, 'sendToBackground'>, asked = 0) {
  const [commitments, setCommitments] = useState<CommitmentChoice[]>([]);
  const [ledgerMeetings, setLedgerMeetings] = useState<{ meetings: Meeting[]; joinable: JoinableMeeting[] }>({ meetings: [], joinable: [] });
  const settledSync = useRef(status.lastSyncAt);
  if (status.state !== 'syncing') settledSync.current = status.lastSyncAt;
  useEffect(() => {
    if (!hasLedger(settings)) return;
    ports.sendToBackground({ type: 'ledger-commitments' }).then(
      (reply) => setCommitments(readCommitments(reply, settings.language)),
      () => undefined,
    );
    ports.sendToBackground({ type: 'ledger-meetings' }).then((reply) => setLedgerMeetings(readLedgerMeetings(reply)), () => undefined);
  }, [settings.ledgerUrl, settings.token, settings.language, settledSync.current, ports, asked]);
  return { commitments, ledgerMeetings: ledgerMeetings.meetings, joinable: ledgerMeetings.joinable };
}
