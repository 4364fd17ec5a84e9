import type { BilingualText } from '../domain/bilingual-text.ts';
import { canonicalJson } from '../domain/canonical-json.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { bilingualMessage, type MessageParams } from '../i18n/translate.ts';

export type CellResult<V> = { ok: true; value: V } | { ok: false; message: BilingualText };

/**
 * How one typed value becomes the text of one cell and back. `encode` returns the plain text; the
 * grid codec escapes it (escapeCell), so codecs never think about formulas.
 */
export interface CellCodec<V> {
  encode(value: V): string;
  decode(text: string): CellResult<V>;
}

const ok = <V>(value: V): CellResult<V> => ({ ok: true, value });
const fail = (key: MessageKey, params?: MessageParams): CellResult<never> => ({
  ok: false,
  message: bilingualMessage(key, params),
});

/** Finite JSON-style number text: what String(n) writes for a finite n. */
const NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const text: CellCodec<string> = { encode: (value) => value, decode: (cell) => ok(cell) };

const requiredText: CellCodec<string> = {
  encode: (value) => value,
  decode: (cell) => (cell === '' ? fail('schema.required') : ok(cell)),
};

const number: CellCodec<number> = {
  encode: (value) => String(value),
  decode: (cell) => (NUMBER_TEXT.test(cell) ? ok(Number(cell)) : fail('ledger.cell.notNumber', { text: cell })),
};

const integer: CellCodec<number> = {
  encode: (value) => String(value),
  decode: (cell) => (/^-?\d+$/.test(cell) ? ok(Number(cell)) : fail('ledger.cell.notInteger', { text: cell })),
};

/** `TRUE`/`FALSE`, as Sheets shows booleans; either case is read back. */
const boolean: CellCodec<boolean> = {
  encode: (value) => (value ? 'TRUE' : 'FALSE'),
  decode: (cell) => {
    const upper = cell.toUpperCase();
    if (upper === 'TRUE') return ok(true);
    if (upper === 'FALSE') return ok(false);
    return fail('ledger.cell.notBoolean', { text: cell });
  },
};

/** Any JSON value, written as canonical JSON so the same value always gives the same cell. */
const json: CellCodec<unknown> = {
  encode: (value) => canonicalJson(value),
  decode: (cell) => {
    try {
      return ok(JSON.parse(cell) as unknown);
    } catch {
      return fail('ledger.cell.notJson');
    }
  },
};

/** An empty cell means "absent". Only for values whose codec never writes an empty text. */
function optional<V>(inner: CellCodec<V>): CellCodec<V | undefined> {
  return {
    encode: (value) => (value === undefined ? '' : inner.encode(value)),
    decode: (cell) => (cell === '' ? ok(undefined) : inner.decode(cell)),
  };
}

/** One of a fixed list of words (sides, roles, statuses). */
function oneOf<const W extends string>(words: readonly W[]): CellCodec<W> {
  const allowed = new Set<string>(words);
  return {
    encode: (value) => value,
    decode: (cell) =>
      allowed.has(cell) ? ok(cell as W) : fail('schema.notAllowed', { values: words.join(', ') }),
  };
}

/**
 * Several words from a fixed list in one cell, `drafter, attendee`, readable by a coordinator. The
 * words themselves never hold the separator, so this round-trips; free text uses `json` instead.
 */
function listOf<const W extends string>(words: readonly W[]): CellCodec<W[]> {
  const item = oneOf(words);
  return {
    encode: (values) => values.join(', '),
    decode: (cell) => {
      if (cell.trim() === '') return ok([]);
      const values: W[] = [];
      for (const part of cell.split(',')) {
        const decoded = item.decode(part.trim());
        if (!decoded.ok) return decoded;
        values.push(decoded.value);
      }
      return ok(values);
    },
  };
}

/** The ready-made cell codecs a grid column picks from. */
export const cells = { text, requiredText, number, integer, boolean, json, optional, oneOf, listOf };
