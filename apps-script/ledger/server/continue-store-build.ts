import { deleteBuildContinuations, scheduleBuildContinuation } from './build-continuation.ts';
import { buildStore } from './build-store.ts';
import { withScriptLock } from './script-lock.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

/** A build waits this long for appends in flight to let go of the lock before it tries again later. */
const LOCK_WAIT_MS = 30_000;

/**
 * Trigger: the next steps of an unfinished build of the store, under the script lock, within this
 * execution's time; buildStore asks for another execution itself when it still does not finish.
 */
export function continueStoreBuild(): void {
  const startedAt = Date.now();
  const spreadsheetId = ledgerSpreadsheetId();
  const locked = withScriptLock(() => buildStore(spreadsheetId, new Date().toISOString().slice(0, 10), { startedAt, continuing: true }), LOCK_WAIT_MS);
  if (!locked.ok) scheduleBuildContinuation();
  // Finished, or stopped on an unreadable Log (Verify chain names the row): no further execution.
  else if (!('reason' in locked.value)) deleteBuildContinuations();
}
