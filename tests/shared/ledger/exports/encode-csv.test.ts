import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../../shared/ledger/exports/decode-csv.ts';
import { encodeCsv } from '../../../../shared/ledger/exports/encode-csv.ts';

describe('encodeCsv', () => {
  it.each([
    ['plain', [['a', 'b']], 'a,b\r\n'],
    ['comma', [['a,b']], '"a,b"\r\n'],
    ['quote', [['say "hi"']], '"say ""hi"""\r\n'],
    ['newline', [['line 1\nline 2']], '"line 1\nline 2"\r\n'],
    ['formula', [['=HYPERLINK("x")']], `"'=HYPERLINK(""x"")"\r\n`],
    ['plus', [['+1']], "'+1\r\n"],
    ['minus', [['-2+3']], "'-2+3\r\n"],
    ['at', [['@SUM(A1)']], "'@SUM(A1)\r\n"],
    ['tab', [['\tx']], "'\tx\r\n"],
    ['carriage return', [['\rx']], `"'\rx"\r\n`],
    // The second guard is for a reading that ends the row at the line feed (below).
    ['line feed then formula (OWASP)', [['\n=1+1']], `"'\n'=1+1"\r\n`],
    ['a formula after a semicolon, which Excel in fr-CA splits at', [['Progrès;=2*21']], "Progrès;'=2*21\r\n"],
    ['a formula after a quote after a comma', [['a,"=1"']], `"a,'""=1"""\r\n`],
    ['a quote after a separator, kept reversible', [["a;'b"]], "a;''b\r\n"],
    ['NUL then formula (OWASP)', [['\0=2*21']], "'\0=2*21\r\n"],
    ['spaces then formula (OWASP)', [['  =2*21']], "'  =2*21\r\n"],
    ['a leading quote, kept reversible', [["'kept"]], "''kept\r\n"],
    ['two rows', [['a'], ['b']], 'a\r\nb\r\n'],
    ['empty', [], ''],
  ])('writes %s as RFC 4180 with formulas escaped', (_name, rows, expected) => {
    expect(encodeCsv(rows)).toBe(expected);
  });

  it('quotes a field holding the separator in use, `;` as well as `,`', () => {
    expect(encodeCsv([['Progress;=2*21;', 'a,b']], ';')).toBe(`"Progress;'=2*21;";a,b\r\n`);
    expect(decodeCsv(encodeCsv([['Progress;=2*21;', 'a,b']], ';'), ';')).toEqual([['Progress;=2*21;', 'a,b']]);
  });

  it('reads back exactly what it wrote, for hostile strings, with either separator', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=1+1', "'quoted", '"', ',', ';', '\r\n', '-', '@', '+', '\t', '\0=1', ' =1'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), fc.constantFrom(',', ';' as const), (rows, separator) => {
        expect(decodeCsv(encodeCsv(rows, separator), separator)).toEqual(rows);
      }),
    );
  });

  it('reads back exactly what it wrote, for hostile strings', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=1+1', "'quoted", '"', ',', '\r\n', '-', '@', '+', '\t'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        expect(decodeCsv(encodeCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('holds no formula when read with another separator than the one it was written with (fr-CA Excel reads `,` files at `;`)', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '"=', '\0=', "'", ';', ',', '\t', '\n', '\r\n', '"', ' ');
    const cell = fc.array(fc.oneof(risky, fc.string({ maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), fc.constantFrom(',', ';' as const), (rows, written) => {
        const csv = encodeCsv(rows, written);
        for (const read of [',', ';', '\t']) {
          for (const field of misreadFields(csv, read)) expect(field).not.toMatch(/^\0*[=+\-@]/);
        }
        expect(decodeCsv(csv, written)).toEqual(rows);
      }),
    );
  });

  it('never writes a field a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (row) => {
        const fields = decodeRawFields(encodeCsv([row]));
        for (const field of fields) expect(field).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

/** The fields as a spreadsheet sees them: quotes removed, but the guard `'` kept. */
function decodeRawFields(csv: string): string[] {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < csv.length; i += 1) {
    const char = csv[i]!;
    if (inQuotes) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"') inQuotes = true;
    else if (char === ',' || (char === '\r' && csv[i + 1] === '\n')) {
      fields.push(field);
      field = '';
      if (char === '\r') i += 1;
    } else field += char;
  }
  return fields;
}

/**
 * The cells a spreadsheet makes of a CSV read with `separator`, whatever it was written with, as
 * LibreOffice's import does: a quote opens a quoted part only at the start of a cell, a line break
 * outside one ends the row, and what follows a closing quote belongs to the same cell.
 */
function misreadFields(csv: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let atStart = true;
  let inQuotes = false;
  for (let i = 0; i < csv.length; i += 1) {
    const char = csv[i]!;
    if (inQuotes) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') inQuotes = false;
      else field += char;
      continue;
    }
    if (char === '"' && atStart) {
      inQuotes = true;
      atStart = false;
    } else if (char === separator || char === '\n' || char === '\r') {
      fields.push(field);
      field = '';
      atStart = true;
    } else {
      field += char;
      atStart = false;
    }
  }
  fields.push(field);
  return fields;
}
