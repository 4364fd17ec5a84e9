import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// Test helper (real program, not a double): opens a CSV in Debian's LibreOffice Calc headless, with
// formula evaluation on, and reports every cell and every formula Calc made of it. One soffice run
// per file (~2-5 s), each with its own profile so parallel test files never share a lock.

const run = promisify(execFile);
const SOFFICE = '/usr/bin/soffice';

export type OpenedCsv = { cells: string[][]; formulas: { row: number; column: number; formula: string }[] };

const decodeXml = (text: string) =>
  text
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_m, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * CSV import options (LibreOffice's "Filter Options for CSV"): separator, `"` as text delimiter, UTF-8,
 * from line 1, standard column types, en-US, quoted fields not forced to text, special numbers detected,
 * and token 13 "evaluate formulas" on: the way a user opening the file would let Calc read it.
 */
const filterOptions = (separator: ',' | ';') => `${separator.charCodeAt(0)},34,76,1,,1033,false,true,false,false,false,false,true`;

export async function openInLibreOffice(file: string, options: { separator?: ',' | ';' } = {}): Promise<OpenedCsv> {
  const separator = options.separator ?? ',';
  const work = await mkdtemp(path.join(tmpdir(), 'cocreate-lo-'));
  try {
    const profile = `file://${path.join(work, `profile-${randomUUID()}`)}`;
    await run(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', `--infilter=CSV:${filterOptions(separator)}`, '--convert-to', 'fods', '--outdir', work, file],
      { timeout: 60_000 },
    );
    const fods = await readFile(path.join(work, `${path.basename(file, path.extname(file))}.fods`), 'utf8');
    const cells: string[][] = [];
    const formulas: OpenedCsv['formulas'] = [];
    const rowPattern = /<table:table-row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g;
    for (const rowMatch of fods.matchAll(rowPattern)) {
      const repeat = Number(/table:number-rows-repeated="(\d+)"/.exec(rowMatch[1] ?? '')?.[1] ?? 1);
      const row: string[] = [];
      const cellPattern = /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g;
      for (const cellMatch of (rowMatch[2] ?? '').matchAll(cellPattern)) {
        const attributes = cellMatch[1] ?? '';
        const count = Math.min(Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1), 1024);
        const text = [...(cellMatch[2] ?? '').matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => decodeXml(p[1] ?? '')).join('\n');
        const formula = /table:formula="([^"]*)"/.exec(attributes)?.[1];
        for (let i = 0; i < count; i++) {
          if (formula !== undefined) formulas.push({ row: cells.length, column: row.length, formula: decodeXml(formula) });
          row.push(text);
        }
      }
      while (row.length > 0 && row.at(-1) === '') row.pop();
      // Calc pads the sheet with repeated empty rows: keep only rows that hold something.
      if (row.length === 0) {
        if (repeat === 1) cells.push(row);
        continue;
      }
      for (let i = 0; i < Math.min(repeat, 1024); i++) cells.push([...row]);
    }
    while (cells.length > 0 && cells.at(-1)!.length === 0) cells.pop();
    return { cells, formulas };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
