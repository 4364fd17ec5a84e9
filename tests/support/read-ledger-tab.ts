import type { StoredEvent } from '../../shared/ledger/event-catalogue.ts';
import { decodeEventRow } from '../../shared/ledger/event-log-codec.ts';
import type { GoogleWorld } from './google-world.ts';

/** A tab of the ledger spreadsheet on the doubles, every cell as the text Sheets shows. */
export function readLedgerTab(world: GoogleWorld, title: string): string[][] {
  const rows = (world.globals.Sheets.Spreadsheets.Values.get(world.store.state.spreadsheetId, `'${title}'`).values ?? []) as string[][];
  return rows.map((row) => row.map(String));
}

/** A tab as a full fold writes it, with trailing empty cells left out as Sheets leaves them out. */
export const trimTrailingCells = (rows: string[][]): string[][] =>
  rows.map((row) => {
    const out = [...row];
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  });

/** The events of the Log tab that decode, in row order. */
export function storedLogEvents(world: GoogleWorld): StoredEvent[] {
  return readLedgerTab(world, 'Log')
    .slice(1)
    .flatMap((row) => {
      const decoded = decodeEventRow(row);
      return decoded.ok ? [decoded.value] : [];
    });
}
