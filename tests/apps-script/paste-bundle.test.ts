import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APPS_SCRIPT_OUTPUT } from '../../scripts/build-apps-script.ts';
import { createGoogleWorld } from '../support/google-world.ts';
import { addMember } from '../support/ledger-fixture.ts';
import { ensureLedgerBundle, LEDGER_BUNDLE, postEvent } from '../support/ledger-bundle.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// The file a coordinator pastes into Extensions › Apps Script › Code.gs (issue 14): the same project
// as the clasp bundle, in one file.
const PASTE_FILE = path.join(APPS_SCRIPT_OUTPUT, 'ledger-paste.js');

const topLevelFunctions = (code: string, globals: object): string[] => {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: 'Code.gs' });
  return Object.keys(context).filter((key) => typeof context[key] === 'function').sort();
};

let paste = '';
let clasp = '';
beforeAll(async () => {
  clasp = await ensureLedgerBundle();
  paste = readFileSync(PASTE_FILE, 'utf8');
});

describe('the pasteable ledger file', () => {
  it('declares the same entry points as the clasp bundle', () => {
    expect(topLevelFunctions(paste, createGoogleWorld().globals)).toEqual(topLevelFunctions(clasp, createGoogleWorld().globals));
  });

  it('carries the manifest exactly as the clasp project has it, between markers a person can find', () => {
    const manifest = readFileSync(path.join(path.dirname(LEDGER_BUNDLE), 'appsscript.json'), 'utf8').trim();
    const between = /MANIFEST \(appsscript\.json\):\n([\s\S]*?)\n\nEND OF MANIFEST/.exec(paste)?.[1];
    expect(between).toBe(manifest);
    expect(JSON.parse(between!)).toMatchObject({ runtimeVersion: 'V8' });
  });

  it('says what to paste where, in English and in French', () => {
    expect(paste).toMatch(/Extensions > Apps Script/);
    expect(paste).toMatch(/Show \\?"appsscript\.json\\?" manifest file in editor/);
    expect(paste).toMatch(/Afficher le fichier manifeste/);
  });

  it('runs as the clasp bundle does: set up, then a member is answered by doPost', () => {
    const world = createGoogleWorld();
    const context = vm.createContext(Object.assign({ console }, world.globals));
    vm.runInContext(paste, context, { filename: 'Code.gs' });
    (context.setUpLedger as () => void)();
    const { token } = addMember(world, { name: 'Léa Tremblay', side: 'csn', roles: ['attendee'] });
    const answer = JSON.parse((context.doPost as (e: unknown) => { getContent(): string })(postEvent(JSON.stringify({ v: 1, op: 'whoami', token }))).getContent());
    expect(answer).toMatchObject({ ok: true, member: { name: 'Léa Tremblay', side: 'csn' } });
  });
});
