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
    ['line feed then formula (OWASP)', [['\n=1+1']], `"'\n=1+1"\r\n`],
    ['NUL then formula (OWASP)', [['\0=2*21']], "'\0=2*21\r\n"],
    ['spaces then formula (OWASP)', [['  =2*21']], "'  =2*21\r\n"],
    ['a leading quote, kept reversible', [["'kept"]], "''kept\r\n"],
    ['two rows', [['a'], ['b']], 'a\r\nb\r\n'],
    ['empty', [], ''],
  ])('writes %s as RFC 4180 with formulas escaped', (_name, rows, expected) => {
    expect(encodeCsv(rows)).toBe(expected);
  });

  it('quotes a field holding the separator in use, `;` as well as `,`', () => {
    expect(encodeCsv([['Progress;=2*21;', 'a,b']], ';')).toBe(`"Progress;=2*21;";a,b\r\n`);
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
