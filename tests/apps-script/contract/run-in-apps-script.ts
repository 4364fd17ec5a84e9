// Entry of the contract bundle for a real Apps Script project (`npm run build:apps-script -- --contract`
// writes .output/apps-script-contract/Code.js): run `runContractTests` from the editor of a scratch
// spreadsheet's script with the Sheets advanced service on, and read the execution log.
import { ALL_CONTRACTS } from './all-contracts.ts';
import { type ContractEnv, runContract } from './contract-check.ts';

export function runContractTests(): string {
  const env: ContractEnv = {
    Sheets: Sheets!,
    SpreadsheetApp,
    LockService,
    PropertiesService,
    CacheService,
    ContentService,
    Utilities,
    Session,
    spreadsheetId: SpreadsheetApp.getActive().getId(),
  };
  const results = runContract(env, ALL_CONTRACTS);
  const report = results.map((r) => `${r.ok ? 'PASS' : 'FAIL'} ${r.name}${r.detail ? ` — ${r.detail}` : ''}`).join('\n');
  console.log(report);
  return `${results.filter((r) => r.ok).length}/${results.length} passed`;
}
