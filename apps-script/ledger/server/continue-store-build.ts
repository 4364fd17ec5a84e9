import { META_ROW } from '../../../shared/ledger/store/index-layout.ts';
import { CONTINUE_SOON_MS, deleteBuildContinuations, scheduleBuildContinuation } from './build-continuation.ts';
import { decodeBuildMarker } from './build-marker.ts';
import { buildStore } from './build-store.ts';
import { INDEX_TAB } from './ledger-store.ts';
import { withScriptLock } from './script-lock.ts';
import { readRanges, tabRange } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

/** A build waits this long for appends in flight to let go of the lock before it tries again later. */
const LOCK_WAIT_MS = 30_000;

/**
 * Trigger: the next steps of an unfinished build of the store, under the script lock, within this
 * execution's time; buildStore asks for another execution itself when it still does not finish.
 * A trigger that finds no unfinished build (it ended meanwhile) does nothing: it never starts one.
 */
export function continueStoreBuild(): void {
  const startedAt = Date.now();
  const spreadsheetId = ledgerSpreadsheetId();
  const locked = withScriptLock(() => {
    const [cell = []] = readRanges(spreadsheetId, [tabRange(INDEX_TAB, `A${META_ROW}`)]);
    if (!decodeBuildMarker(cell[0]?.[0])) return 'idle' as const;
    return buildStore(spreadsheetId, new Date().toISOString().slice(0, 10), { startedAt, continuing: true });
  }, LOCK_WAIT_MS);
  if (!locked.ok) scheduleBuildContinuation(CONTINUE_SOON_MS);
  // Finished, nothing left, or stopped on an unreadable Log (Verify chain names the row): no further execution.
  else if (locked.value === 'idle' || !('reason' in locked.value)) deleteBuildContinuations();
}
