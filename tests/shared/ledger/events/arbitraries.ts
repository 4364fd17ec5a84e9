import fc from 'fast-check';

/** Strings a hostile or careless user may type: formula starts, quotes, separators, any unicode. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', "'", "''", '\t', '\r', '\n', '"', ',', ';', ' ='), fc.string({ unit: 'binary' }))
    .map(([start, rest]) => start + rest),
);

/** What no cell may start with after encoding (the guard `'` is the only allowed escape). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A non-empty hostile string that fits an Id or a ShortText (1 to 200 characters). */
export const hostileId = hostileString.map((text) => text.slice(0, 200)).filter((text) => text.length > 0);
