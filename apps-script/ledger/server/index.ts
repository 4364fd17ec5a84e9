// The ledger web app's whole public surface: each named export becomes a top-level function of the
// bundle (scripts/build-apps-script.ts), so Apps Script can call it as a web-app entry point, a simple
// trigger or a menu item. Everything else stays inside the bundle.
import { handleGet } from './handle-get.ts';
import { handlePost } from './handle-post.ts';
import { addCocreateMenu } from './add-cocreate-menu.ts';

export { continueStoreBuild } from './continue-store-build.ts';
export { consoleAgreeProcedure, consoleProposeProcedure } from './console-procedure.ts';
export { consoleDisposeProposal } from './console-proposals.ts';
export { consoleIssueToken, consoleLinkMe, consoleRevokeToken } from './console-members.ts';
export { openCoordinatorConsole } from './console-open.ts';
export { consoleSaveWorkplan } from './console-workplan.ts';
export { consoleState } from './console-state.ts';
export { consoleMeetingsIcs, consoleScheduleMeeting, consoleUpdateMeeting } from './console-meetings.ts';
export { consoleCancelMeeting } from './console-cancel-meeting.ts';
export { consoleApproveNotes, consoleNotesPreview, consolePickerConfig, consolePublishNotes } from './console-notes.ts';
export { consoleLogOutreach, consoleSaveStakeholder, consoleSeedSignatories } from './console-stakeholders.ts';
export { consoleIssueVerdict } from './console-verdict.ts';
export { consoleSaveDigestRecipient, consoleSetWeeklyEmail, sendWeeklyDigest } from './console-weekly-email.ts';
export { exportTrackerCsv } from './export-tracker.ts';
export { buildRepositoryZip, publishRepository } from './publish-repository.ts';
export { recordActionPlan, recordIrmAssessment } from './record-public-record.ts';
export { issueMemberToken } from './issue-token.ts';
export { rebuildLedgerViews } from './rebuild-views.ts';
export { revokeMemberToken } from './revoke-token.ts';
export { setUpLedger } from './set-up-ledger.ts';
export { verifyLedgerChain } from './verify-ledger-chain.ts';

export function doGet(_e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.Content.TextOutput {
  return handleGet();
}

export function doPost(e?: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  return handlePost(e);
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addCocreateMenu();
}
