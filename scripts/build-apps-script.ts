// Bundles each Apps Script project (apps-script/<name>/server/index.ts) into one classic script for
// clasp: an esbuild IIFE plus a top-level function stub per export, since Apps Script only sees
// top-level declarations (../shared/reference/apps-script.md §2.3). Output: .output/apps-script/<name>/.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.output/apps-script');

async function bundleProject(name: string): Promise<void> {
  const dir = path.join(ROOT, 'apps-script', name);
  const entry = path.join(dir, 'server/index.ts');
  if (!existsSync(entry)) return;
  const common = { entryPoints: [entry], bundle: true, target: 'es2020', write: false, metafile: true, logLevel: 'silent' } as const;
  const esm = await build({ ...common, format: 'esm', outdir: path.join(OUT, '.tmp') });
  const names = Object.values(esm.metafile.outputs).find((o) => o.entryPoint)?.exports ?? [];
  const iife = await build({ ...common, format: 'iife', globalName: '__cocreate', outfile: path.join(OUT, name, 'Code.js') });
  const stubs = names.map((n) => `function ${n}() { return __cocreate.${n}.apply(this, arguments); }`).join('\n');
  const code = `${iife.outputFiles[0]!.text}\n${stubs}\n`;
  if (/\b(import|export)\s|\brequire\(/.test(code.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, ''))) {
    throw new Error(`${name}: a module statement survived bundling`);
  }
  const outDir = path.join(OUT, name);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'Code.js'), code);
  copyFileSync(path.join(dir, 'appsscript.json'), path.join(outDir, 'appsscript.json'));
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.html')) copyFileSync(path.join(dir, file), path.join(outDir, file));
  }
  console.log(`apps-script/${name}: ${names.length} entry points, ${(code.length / 1024).toFixed(1)} kB`);
}

rmSync(OUT, { recursive: true, force: true });
for (const name of existsSync(path.join(ROOT, 'apps-script')) ? readdirSync(path.join(ROOT, 'apps-script')) : []) {
  await bundleProject(name);
}
rmSync(path.join(OUT, '.tmp'), { recursive: true, force: true });
