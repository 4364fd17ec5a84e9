import { describe, expect, it } from 'vitest';
import { createGoogleWorld } from '../../support/google-world.ts';
import { ALL_CONTRACTS } from './all-contracts.ts';
import { type ContractEnv, runContract } from './contract-check.ts';

// The contract, run against the doubles. The same checks run against Google by hand (run-in-apps-script.ts).
describe('the Apps Script doubles keep the contract', () => {
  it.each(ALL_CONTRACTS.map((check) => [check.name, check] as const))('%s', (_name, check) => {
    const world = createGoogleWorld();
    const env = { ...world.globals, spreadsheetId: world.store.state.spreadsheetId } as unknown as ContractEnv;
    expect(runContract(env, [check])).toEqual([{ name: check.name, ok: true }]);
    expect(world.store.state.sheets.map((s) => s.title)).toEqual(['Sheet1']);
  });
});

describe('the contract bundle for a real spreadsheet', () => {
  it('builds into one script whose runContractTests passes against the doubles', async () => {
    const { buildContractBundle } = await import('../../../scripts/build-apps-script.ts');
    const { readFileSync } = await import('node:fs');
    const { loadLedgerBundle } = await import('../../support/ledger-bundle.ts');
    const result = await buildContractBundle();
    expect(result.entryPoints).toEqual(['runContractTests']);
    const world = createGoogleWorld();
    const bundle = loadLedgerBundle(readFileSync(`${result.outDir}/Code.js`, 'utf8'), world.globals) as unknown as { runContractTests(): string };
    expect(bundle.runContractTests()).toBe(`${ALL_CONTRACTS.length}/${ALL_CONTRACTS.length} passed`);
  });
});
