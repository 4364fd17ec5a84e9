/** The trigger's handler: a top-level function of the bundle (index.ts, continue-store-build.ts). */
export const CONTINUE_HANDLER = 'continueStoreBuild';

/**
 * Google runs a one-off clock trigger "after" at least this long (ClockTriggerBuilder.after, in ms;
 * in practice within a minute or so): the next execution, with a fresh 6 minutes.
 */
const CONTINUE_AFTER_MS = 1_000;

/**
 * Asks Google for the next execution of an unfinished build: one clock trigger, never more (older
 * ones of the same handler are deleted first; a user may hold only 20 triggers per script).
 */
export function scheduleBuildContinuation(): void {
  deleteBuildContinuations();
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
}

/** A one-off trigger stays listed after it ran (and counts against the 20): deleted once spent. */
export function deleteBuildContinuations(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}
