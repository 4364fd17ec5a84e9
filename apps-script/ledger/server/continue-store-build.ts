import { CONTINUE_SOON_MS, deleteBuildContinuations, scheduleBuildContinuation } from './build-continuation.ts';
import { buildStore } from './build-store.ts';
import { withScriptLock } from './script-lock.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

/** A build waits this long for appends in flight to let go of the lock before it tries again later. */
const LOCK_WAIT_MS = 30_000;
/** What Apps Script throws when the Sheets API answered 429 (reference/apps-script.md §3.5), and when its quotas refill. */
const QUOTA_EXCEEDED = /Quota exceeded for quota metric/;
const QUOTA_REFILL_MS = 60_000;

/**
 * Trigger: the next steps of an unfinished build of the store, under the script lock, within this
 * execution's time; buildStore asks for another execution itself when it still does not finish.
 * A trigger that finds no unfinished build (it ended meanwhile) does nothing: it never starts one.
 */
export function continueStoreBuild(): void {
  const startedAt = Date.now();
  const spreadsheetId = ledgerSpreadsheetId();
  let locked: ReturnType<typeof withScriptLock<ReturnType<typeof buildStore>>>;
  try {
    locked = withScriptLock(() => buildStore(spreadsheetId, new Date().toISOString().slice(0, 10), { startedAt, resumeOnly: true }), LOCK_WAIT_MS);
  } catch (error) {
    // The owner's Sheets quota ran out (other work spends it too): again once it has refilled.
    if (!QUOTA_EXCEEDED.test(String(error))) throw error;
    scheduleBuildContinuation(QUOTA_REFILL_MS);
    return;
  }
  if (!locked.ok) scheduleBuildContinuation(CONTINUE_SOON_MS);
  // Finished, nothing left, or stopped on an unreadable Log (Verify chain names the row): no further execution.
  else if (!('reason' in locked.value) || locked.value.reason !== 'in-progress') deleteBuildContinuations();
}
