/** The trigger's handler: a top-level function of the bundle (index.ts, continue-store-build.ts). */
export const CONTINUE_HANDLER = 'continueStoreBuild';

/**
 * A build that stopped on its budget asks for its next execution this soon (ClockTriggerBuilder.after
 * is a minimum, in ms; Google runs it within a minute or so), with a fresh 6 minutes.
 */
export const CONTINUE_SOON_MS = 1_000;
/**
 * Each execution that writes part of a build first asks for one this late, past Google's 6-minute
 * limit: if it is killed before it stops cleanly (or ends), that trigger takes the build on.
 */
export const CONTINUE_IF_KILLED_MS = 7 * 60_000;

/**
 * Asks Google for the next execution of an unfinished build: one clock trigger, never more (older
 * ones of the same handler are deleted first; a user may hold only 20 triggers per script).
 */
export function scheduleBuildContinuation(afterMs: number): void {
  deleteBuildContinuations();
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(afterMs).create();
}

/** A one-off trigger stays listed after it ran (and counts against the 20): deleted once spent. */
export function deleteBuildContinuations(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}
