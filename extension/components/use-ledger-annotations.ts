import { useEffect, useRef, useState } from 'preact/hooks';
import { type LedgerAnnotation, LedgerAnnotationsReply } from '../../shared/protocol/extension-messages.ts';
import { hasLedger, type Settings } from '../services/settings.ts';
import type { SyncStatus } from '../services/sync-status.ts';
import type { PanelPorts } from './panel-ports.ts';

/**
 * The ledger's annotations of one meeting, every attendee's (`ledger-annotations`), asked again once
 * each sync run is over (as use-ledger-lists.ts), so the notes of a meeting several computers joined
 * hold what the others synced meanwhile. None without a ledger or a usable answer.
 */
export function useLedgerAnnotations(settings: Settings, status: SyncStatus, ports: Pick<PanelPorts, 'sendToBackground'>, meetingId: string): LedgerAnnotation[] {
  const [annotations, setAnnotations] = useState<LedgerAnnotation[]>([]);
  const settledSync = useRef(status.lastSyncAt);
  if (status.state !== 'syncing') settledSync.current = status.lastSyncAt;
  useEffect(() => {
    if (!hasLedger(settings) || !meetingId) return;
    let live = true;
    ports.sendToBackground({ type: 'ledger-annotations', meetingId }).then(
      (reply) => {
        const parsed = LedgerAnnotationsReply.safeParse(reply);
        if (live && parsed.success && parsed.data.ok) setAnnotations(parsed.data.annotations.filter((annotation) => annotation.meetingId === meetingId));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [settings.ledgerUrl, settings.token, settledSync.current, meetingId, ports]);
  return annotations;
}
