import type { ContractCheck } from './contract-check.ts';
import { servicesContract } from './services.contract.ts';
import { sheetsValuesContract } from './sheets-values.contract.ts';
import { spreadsheetAppContract } from './spreadsheet-app.contract.ts';
import { spreadsheetsContract } from './spreadsheets.contract.ts';

/** Every behaviour the doubles promise, in one list. */
export const ALL_CONTRACTS: readonly ContractCheck[] = [...sheetsValuesContract, ...spreadsheetsContract, ...spreadsheetAppContract, ...servicesContract];
