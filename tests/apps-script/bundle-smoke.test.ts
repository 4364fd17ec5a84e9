import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOnly } from '../../scripts/build-apps-script.ts';
import { createGoogleWorld } from '../support/google-world.ts';
import { ensureLedgerBundle, LEDGER_BUNDLE } from '../support/ledger-bundle.ts';

// The bundle is built on first use and runs in node:vm: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// What clasp pushes: one classic script whose entry points Apps Script can see (reference §2.3).
const ENTRY_POINTS = ['doGet', 'doPost', 'onOpen', 'setUpLedger', 'issueMemberToken', 'revokeMemberToken', 'verifyLedgerChain', 'rebuildLedgerViews', 'exportTrackerCsv', 'publishRepository', 'buildRepositoryZip', 'recordIrmAssessment', 'recordActionPlan',
  // The coordinator console (apps-script/ledger/server/console-*.ts), called from its sidebar.
  'openCoordinatorConsole', 'consoleState', 'consoleIssueToken', 'consoleRevokeToken', 'consoleLinkMe', 'consoleProposeProcedure', 'consoleAgreeProcedure', 'consoleSaveWorkplan', 'consoleDisposeProposal', 'consoleSetWeeklyEmail', 'sendWeeklyDigest', 'consoleIssueVerdict', 'consoleSeedSignatories', 'consoleSaveStakeholder', 'consoleScheduleMeeting', 'consoleMeetingsIcs',
  // The console's outreach log and the weekly email's recipients.
  'consoleLogOutreach', 'consoleSaveDigestRecipient',
  // Meetings: editing, the co-chairs' approval of notes and their publication (console-meetings.ts, console-notes.ts).
  'consoleUpdateMeeting', 'consoleApproveNotes', 'consoleNotesPreview', 'consolePickerConfig', 'consolePublishNotes',
  // Cancelling a meeting (console-cancel-meeting.ts).
  'consoleCancelMeeting',
  // The clock trigger that continues a build of the store too long for one execution (continue-store-build.ts).
  'continueStoreBuild'];

let code = '';
beforeAll(async () => {
  code = await ensureLedgerBundle();
});

describe('the ledger bundle', () => {
  it('has no import, export or require left', () => {
    expect(codeOnly(code)).not.toMatch(/^\s*(import|export)\s|\brequire\(/m);
  });

  it.each(ENTRY_POINTS)('declares %s as a top-level function', (name) => {
    expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{`, 'm'));
    const context = vm.createContext({ ...createGoogleWorld().globals });
    vm.runInContext(code, context);
    expect(typeof context[name]).toBe('function');
  });

  it('makes no function global but its entry points (Apps Script would list them as runnable)', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const functions = Object.keys(context).filter((key) => typeof context[key] === 'function');
    expect(functions.sort()).toEqual([...ENTRY_POINTS].sort());
    // Besides the bundle's namespace, only zod's own config (and registry, when used) sits on the global object.
    const others = Object.keys(context).filter((key) => !ENTRY_POINTS.includes(key));
    expect(others).toContain('__cocreate');
    expect(others.filter((key) => !['__cocreate', '__zod_globalConfig', '__zod_globalRegistry'].includes(key))).toEqual([]);
    expect(context.handleAppend).toBeUndefined();
  });

  it('loads without touching any Google service (Apps Script runs the file on every call)', () => {
    const world = createGoogleWorld();
    vm.runInContext(code, vm.createContext({ ...world.globals }));
    expect(world.log.calls).toEqual([]);
  });

  it('ships a V8 manifest for a web app run as the deployer, open to anyone, with the narrowest scopes', () => {
    const manifest = JSON.parse(readFileSync(path.join(path.dirname(LEDGER_BUNDLE), 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({
      runtimeVersion: 'V8',
      webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' },
      dependencies: {
        enabledAdvancedServices: [
          { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
          { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
        ],
      },
    });
    // The console adds the owner check (userinfo.email), the weekly trigger and its email, and the
    // published notes: a Google Doc in a folder the coordinator picks needs only drive.file, never
    // the whole drive or every document (docs/coordinator-guide.md).
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/drive.file',
    ]);
  });
});
