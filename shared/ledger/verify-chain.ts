import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Digest } from '../domain/canonical-json.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { bilingualMessage, type MessageParams } from '../i18n/translate.ts';
import type { Head } from '../protocol/ledger-api.ts';
import { escapeCell, legacyEscapeCell, unescapeCell } from './escape-cell.ts';
import { GENESIS_HASH } from './event-envelope.ts';
import type { StoredEvent } from './event-catalogue.ts';
import { decodeEventRowLoosely, encodeEventRow, isEventLogHeader } from './event-log-codec.ts';
import { readCellText, VERSION_HEADER } from './grid-codec.ts';
import { hashStoredEvent } from './hash-stored-event.ts';
import { isBlankRow } from './is-blank-row.ts';

/** Why a row breaks the chain: `header` row 1 is not ours; `unreadable` a cell cannot be read; `seq` a row
 * is missing, extra or moved; `prevHash` the link to the row before is broken; `hash` the row itself changed;
 * `missingHead` a head published elsewhere is not in the log (rows removed at the end). */
export type ChainBreak = 'header' | 'unreadable' | 'seq' | 'prevHash' | 'hash' | 'missingHead';

export type VerifyOptions = {
  /**
   * Head hashes copied outside the sheet (printed in published notes). Rows removed from the end of
   * the log leave a valid chain; only a head known from elsewhere that is no longer in it shows that.
   */
  knownHeads?: readonly string[];
};

export type ChainVerdict =
  | { ok: true; head: Head; count: number }
  | { ok: false; row: number; seq?: number; reason: ChainBreak; message: BilingualText };

/** Sheet row of the i-th event: the header is row 1. */
const FIRST_DATA_ROW = 2;

type Entry = { row: number; cells?: readonly unknown[]; event?: Record<string, unknown> };

const broken = (row: number, reason: ChainBreak, key: MessageKey, params: MessageParams, seq?: number): ChainVerdict => ({
  ok: false,
  row,
  ...(seq === undefined ? {} : { seq }),
  reason,
  message: bilingualMessage(key, { row, ...params }),
});

/** A cell as the writer wrote it: strings verbatim (RAW); numbers and booleans Sheets typed, as their text. */
const asWritten = (cell: unknown): string => (typeof cell === 'string' ? cell : escapeCell(readCellText(cell) ?? '\u0000'));


function toEntries(input: readonly StoredEvent[] | readonly (readonly unknown[])[]): Entry[] | ChainVerdict {
  if (input.length === 0 || !Array.isArray(input[0])) {
    return (input as readonly StoredEvent[]).map((event, i) => ({ row: i + FIRST_DATA_ROW, event }));
  }
  const rows = [...(input as readonly (readonly unknown[])[])];
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) rows.pop();
  const offset = FIRST_DATA_ROW;
  if (rows.length > 0 && readCellText(rows[0]![0]) === VERSION_HEADER) {
    if (!isEventLogHeader(rows[0]!)) return broken(1, 'header', 'ledger.chain.header', {});
    rows.shift();
  }
  return rows.map((cells, i) => ({ row: i + offset, cells }));
}

/**
 * Checks the whole chain from GENESIS_HASH and names the first row that does not match, as the
 * coordinator sees it in the sheet. Rows may be given with or without the header row; events as
 * stored objects are numbered as if they were rows.
 */
export function verifyChain(
  input: readonly StoredEvent[] | readonly (readonly unknown[])[],
  digest: Digest,
  options: VerifyOptions = {},
): ChainVerdict {
  const entries = toEntries(input);
  if (!Array.isArray(entries)) return entries;
  let prevHash = GENESIS_HASH;
  let seq = 0;
  const hashes = new Set<string>([GENESIS_HASH]);
  for (const entry of entries) {
    let event = entry.event;
    if (entry.cells) {
      const decoded = decodeEventRowLoosely(entry.cells);
      if (!decoded.ok) {
        const first = decoded.errors[0]!;
        return broken(entry.row, 'unreadable', 'ledger.chain.unreadable', { detail: `${first.path}: ${first.message.en}` });
      }
      event = decoded.value;
      // Cells that decode to the same event but are not what the writer wrote (JSON re-spaced, `01`,
      // a guard quote added) are still a change to the sheet.
      // A row stored before LF, NUL and leading spaces were guarded holds those cells unguarded: as written too.
      const written = encodeEventRow(event as StoredEvent);
      const isWritten = (cell: string, actual: string) => cell === actual || legacyEscapeCell(unescapeCell(cell)) === actual;
      if (written.some((cell, i) => !isWritten(cell, asWritten(entry.cells![i])))) {
        return broken(entry.row, 'hash', 'ledger.chain.hash', {}, event.seq as number);
      }
    }
    const row = event!;
    const expected = seq + 1;
    if (row.seq !== expected) {
      return broken(entry.row, 'seq', 'ledger.chain.seq', { seq: String(row.seq), expected }, typeof row.seq === 'number' ? row.seq : undefined);
    }
    if (row.prevHash !== prevHash) return broken(entry.row, 'prevHash', 'ledger.chain.prevHash', {}, expected);
    const hash = hashStoredEvent(prevHash, row, digest);
    if (row.hash !== hash) return broken(entry.row, 'hash', 'ledger.chain.hash', {}, expected);
    prevHash = hash;
    seq = expected;
    hashes.add(hash);
  }
  const missing = options.knownHeads?.find((head) => !hashes.has(head.trim().toLowerCase()));
  if (missing !== undefined) {
    const lastRow = entries.length === 0 ? 1 : entries[entries.length - 1]!.row;
    return broken(lastRow + 1, 'missingHead', 'ledger.chain.missingHead', { hash: missing, last: lastRow });
  }
  return { ok: true, head: { seq, hash: prevHash }, count: seq };
}
