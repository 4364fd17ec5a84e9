import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a person sees when LibreOffice opens a file: each cell's shown text, and every cell that became a formula. */
export type OpenedFile = { cells: string[][]; formulas: { row: number; column: number; formula: string }[] };

const SOFFICE = '/usr/bin/soffice';

// One profile per test process: LibreOffice locks its profile, and other processes share the machine.
let profile: string | undefined;
function profileUrl(): string {
  profile ??= mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  return `file://${profile}`;
}

/**
 * CSV import options (LibreOffice "Filter Options for CSV"): separator, text delimiter `"`, UTF-8
 * (76), from line 1, no column formats, language 0, quoted field as text off, detect special numbers
 * on, …, token 13 "evaluate formulas" ON: a cell that starts a formula becomes one, as when a person
 * opens the file with default settings.
 */
function csvFilter(separator: string): string {
  return `CSV:${separator.charCodeAt(0)},34,76,1,,0,false,true,false,false,false,false,true`;
}

const decodeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/** The shown text of one `<table:table-cell>`: its paragraphs joined by LF, with ODF's space, tab and line-break elements. */
function cellText(inner: string): string {
  const paragraphs = [...inner.matchAll(/<text:p(?:\s[^>]*)?>([\s\S]*?)<\/text:p>|<text:p(?:\s[^>]*)?\/>/g)].map((m) => m[1] ?? '');
  return paragraphs
    .map((p) =>
      decodeXml(
        p
          .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_m, n?: string) => ' '.repeat(n ? Number(n) : 1))
          .replace(/<text:tab\s*\/>/g, '\t')
          .replace(/<text:line-break\s*\/>/g, '\n')
          .replace(/<[^>]+>/g, ''),
      ),
    )
    .join('\n');
}

/** Reads the first sheet of a flat ODS (FODS) file into shown texts and formulas. */
function readFods(xml: string): OpenedFile {
  const table = /<table:table [\s\S]*?<\/table:table>/.exec(xml)?.[0] ?? '';
  const cells: string[][] = [];
  const formulas: OpenedFile['formulas'] = [];
  const rowPattern = /<table:table-row([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g;
  for (const rowMatch of table.matchAll(rowPattern)) {
    const repeatRows = Number(/table:number-rows-repeated="(\d+)"/.exec(rowMatch[1] ?? '')?.[1] ?? '1');
    const row: string[] = [];
    const cellPattern = /<table:(?:covered-)?table-cell((?:\s+[\w:-]+="[^"]*")*)\s*(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(cellPattern)) {
      const attributes = cellMatch[1] ?? '';
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? '1');
      const text = cellText(cellMatch[2] ?? '');
      const formula = /table:formula="([^"]*)"/.exec(attributes)?.[1];
      for (let i = 0; i < Math.min(repeat, 1024); i += 1) {
        if (formula !== undefined) formulas.push({ row: cells.length, column: row.length, formula: decodeXml(formula) });
        row.push(text);
      }
    }
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    for (let i = 0; i < Math.min(repeatRows, 1024); i += 1) cells.push([...row]);
  }
  while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
  return { cells, formulas };
}

/**
 * Opens a file in LibreOffice Calc headless (formula evaluation on for CSV), converts what it loaded
 * to flat ODS and returns what a person would see: every cell's text and every formula. An XLSX is
 * opened by its own filter; `separator` applies to CSV only.
 */
export function openInLibreOffice(file: string, options: { separator?: ',' | ';' | '\t' } = {}): OpenedFile {
  const out = mkdtempSync(path.join(tmpdir(), 'lo-out-'));
  try {
    const args = [`-env:UserInstallation=${profileUrl()}`, '--headless', '--norestore'];
    if (/\.csv$/i.test(file)) args.push(`--infilter=${csvFilter(options.separator ?? ',')}`);
    args.push('--convert-to', 'fods', '--outdir', out, file);
    execFileSync(SOFFICE, args, { stdio: 'pipe', timeout: 120_000 });
    const converted = path.join(out, `${path.basename(file).replace(/\.[^.]+$/, '')}.fods`);
    return readFods(readFileSync(converted, 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Several files of one kind in one LibreOffice start (a start costs seconds on a busy machine): each
 * file's cells and formulas, in the order given. All CSVs are read with the same `separator`.
 */
export function openAllInLibreOffice(files: readonly string[], options: { separator?: ',' | ';' | '\t' } = {}): OpenedFile[] {
  const out = mkdtempSync(path.join(tmpdir(), 'lo-out-'));
  try {
    const args = [`-env:UserInstallation=${profileUrl()}`, '--headless', '--norestore'];
    if (files.some((file) => /\.csv$/i.test(file))) args.push(`--infilter=${csvFilter(options.separator ?? ',')}`);
    args.push('--convert-to', 'fods', '--outdir', out, ...files);
    execFileSync(SOFFICE, args, { stdio: 'pipe', timeout: 120_000 });
    return files.map((file) => readFods(readFileSync(path.join(out, `${path.basename(file).replace(/\.[^.]+$/, '')}.fods`), 'utf8')));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
