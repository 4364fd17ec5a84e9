// Bundles each Apps Script project (apps-script/<name>/server/index.ts) into one classic script for
// clasp: an esbuild IIFE plus a top-level function stub per export, since Apps Script only sees
// top-level declarations (../shared/reference/apps-script.md §2.3). Output: .output/apps-script/<name>/.
// Files are replaced by rename, so a test reading Code.js while another process builds never sees half
// a file. Run directly (`tsx scripts/build-apps-script.ts [name…]`) or import `buildAppsScriptProject`.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSidebarPage } from './build-sidebar.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const APPS_SCRIPT_OUTPUT = path.join(ROOT, '.output/apps-script');

/** Text outside string literals and comments, where a module statement would be real code. */
export function codeOnly(code: string): string {
  return code
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function writeAtomically(file: string, content: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export type BuildResult = { name: string; entryPoints: string[]; bytes: number; outDir: string };

/** Bundles one entry file into `outDir/Code.js` with a top-level stub per export; copies `assets`. */
export async function bundleEntry(entry: string, outDir: string, assets: readonly string[] = []): Promise<BuildResult> {
  const tmpOut = path.join(path.dirname(outDir), `.tmp-${path.basename(outDir)}-${process.pid}`);
  const common = { entryPoints: [entry], bundle: true, target: 'es2020', write: false as const, metafile: true as const, logLevel: 'silent' as const };
  const esm = await build({ ...common, format: 'esm', outdir: tmpOut });
  const names = Object.values(esm.metafile.outputs).find((o) => o.entryPoint)?.exports ?? [];
  // Apps Script parses the whole file on every execution: minify, but keep names for readable stack traces.
  const iife = await build({ ...common, format: 'iife', globalName: '__cocreate', minify: true, keepNames: true, outfile: path.join(outDir, 'Code.js') });
  const stubs = names.map((n) => `function ${n}() { return __cocreate.${n}.apply(this, arguments); }`).join('\n');
  const code = `${iife.outputFiles[0]!.text}\n${stubs}\n`;
  if (/\b(import|export)\s|\brequire\(/.test(codeOnly(code))) {
    throw new Error(`${entry}: a module statement survived bundling`);
  }
  mkdirSync(outDir, { recursive: true });
  for (const file of assets) writeAtomically(path.join(outDir, path.basename(file)), readFileSync(file));
  writeAtomically(path.join(outDir, 'Code.js'), code);
  rmSync(tmpOut, { recursive: true, force: true });
  return { name: path.basename(outDir), entryPoints: names, bytes: code.length, outDir };
}

export async function buildAppsScriptProject(name: string, outRoot = APPS_SCRIPT_OUTPUT): Promise<BuildResult | null> {
  const dir = path.join(ROOT, 'apps-script', name);
  const entry = path.join(dir, 'server/index.ts');
  if (!existsSync(entry)) return null;
  const assets = readdirSync(dir)
    .filter((file) => file.endsWith('.html') || file === 'appsscript.json')
    .map((file) => path.join(dir, file));
  const result = await bundleEntry(entry, path.join(outRoot, name), assets);
  // Each `sidebar/<Page>.page.tsx` becomes `<Page>.html` beside Code.js (HtmlService.createHtmlOutputFromFile('<Page>')).
  const sidebarDir = path.join(dir, 'sidebar');
  const pages: Record<string, string> = {};
  if (existsSync(sidebarDir)) {
    for (const file of readdirSync(sidebarDir).filter((f) => f.endsWith('.page.tsx'))) {
      const page = await buildSidebarPage(path.join(sidebarDir, file), `Cocreate`);
      writeAtomically(path.join(result.outDir, page.file), page.html);
      pages[page.file.replace(/\.html$/, '')] = page.html;
    }
  }
  if (PASTE_INSTRUCTIONS[name]) writeAtomically(path.join(outRoot, `${name}-paste.js`), pasteFile(name, result.outDir, pages));
  return result;
}

/** What to paste where, for projects a coordinator may set up without a terminal (issue 14). */
const PASTE_INSTRUCTIONS: Record<string, { en: string[]; fr: string[] }> = {
  ledger: {
    en: [
      'Cocreate ledger: the whole Apps Script project in one file, for setting it up without a terminal.',
      'In the ledger spreadsheet: Extensions > Apps Script. Then:',
      '  1. Project Settings (gear icon): tick "Show \"appsscript.json\" manifest file in editor".',
      '  2. Editor (<> icon): open appsscript.json, select all, and replace it with the MANIFEST below',
      '     (from the { after "MANIFEST" to its closing }).',
      '  3. Open Code.gs, select all, and replace it with this whole file. Save (Ctrl+S).',
      '  4. Reload the spreadsheet: the Cocreate menu appears. Run Cocreate > Set up ledger and authorise.',
      'docs/coordinator-guide.md walks through each screen, including Google\'s "unverified app" warning.',
    ],
    fr: [
      'Registre Cocreate : tout le projet Apps Script en un seul fichier, pour l\'installer sans terminal.',
      'Dans la feuille de calcul du registre : Extensions > Apps Script. Ensuite :',
      '  1. Paramètres du projet (roue dentée) : cochez « Afficher le fichier manifeste \"appsscript.json\" dans l\'éditeur ».',
      '  2. Éditeur (icône <>) : ouvrez appsscript.json, sélectionnez tout et remplacez-le par le MANIFESTE ci-dessous',
      '     (de l\'accolade { après « MANIFEST » jusqu\'à l\'accolade } qui la ferme).',
      '  3. Ouvrez Code.gs, sélectionnez tout et remplacez-le par ce fichier entier. Enregistrez (Ctrl+S).',
      '  4. Rechargez la feuille de calcul : le menu Cocreate apparaît. Lancez Cocreate > Configurer le registre et autorisez.',
      'docs/coordinator-guide.md décrit chaque écran, y compris l\'avertissement « application non validée » de Google.',
    ],
  },
};

/**
 * One file to paste into Code.gs: the instructions and the manifest in a leading comment, the HTML
 * pages embedded (served by htmlPage), then the same bundle and top-level stubs as Code.js.
 */
function pasteFile(name: string, outDir: string, pages: Record<string, string>): string {
  const text = PASTE_INSTRUCTIONS[name]!;
  const manifest = readFileSync(path.join(outDir, 'appsscript.json'), 'utf8').trim();
  if (manifest.includes('*/')) throw new Error('the manifest cannot sit inside a comment');
  // No leading " * " on the lines: the manifest is copied out of this comment as it stands.
  const comment = [...text.en, '', ...text.fr, '', 'MANIFEST (appsscript.json):', manifest, '', 'END OF MANIFEST'];
  const code = readFileSync(path.join(outDir, 'Code.js'), 'utf8');
  return `/*\n${comment.join('\n')}\n*/\nvar __COCREATE_PAGES = ${JSON.stringify(pages).replace(/<\/(script)/gi, '<\\/$1')};\n${code}`;
}

/**
 * The service contract (tests/apps-script/contract) as a script for a scratch spreadsheet, so the
 * checks the doubles pass in `npm test` can be run against Google's real services by hand.
 */
export async function buildContractBundle(): Promise<BuildResult> {
  const outDir = path.join(ROOT, '.output/apps-script-contract');
  const result = await bundleEntry(path.join(ROOT, 'tests/apps-script/contract/run-in-apps-script.ts'), outDir);
  const ledgerManifest = JSON.parse(readFileSync(path.join(ROOT, 'apps-script/ledger/appsscript.json'), 'utf8')) as Record<string, unknown>;
  delete ledgerManifest.webapp;
  writeAtomically(path.join(outDir, 'appsscript.json'), `${JSON.stringify(ledgerManifest, null, 2)}\n`);
  return result;
}

async function main(only: string[]): Promise<void> {
  if (only.includes('--contract')) {
    const result = await buildContractBundle();
    console.log(`contract checks: ${result.outDir}/Code.js (run runContractTests in a scratch spreadsheet's script)`);
    return;
  }
  const projects = existsSync(path.join(ROOT, 'apps-script')) ? readdirSync(path.join(ROOT, 'apps-script')) : [];
  // Projects that no longer exist leave no stale output behind.
  if (existsSync(APPS_SCRIPT_OUTPUT)) {
    for (const old of readdirSync(APPS_SCRIPT_OUTPUT)) {
      if (!old.startsWith('.') && !projects.includes(old)) rmSync(path.join(APPS_SCRIPT_OUTPUT, old), { recursive: true, force: true });
    }
  }
  for (const name of projects) {
    if (only.length > 0 && !only.includes(name)) continue;
    const result = await buildAppsScriptProject(name);
    if (result) console.log(`apps-script/${name}: ${result.entryPoints.length} entry points, ${(result.bytes / 1024).toFixed(1)} kB`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
