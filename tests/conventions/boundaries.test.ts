import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// House conventions checked by a test (STYLE.md): dependencies point one way
// (extension/ → shared/ ← apps-script/), shared/ stays pure, browser APIs only at the edges.
const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

/** Where an import lands, as a top-level folder of the repo, or the package name. */
function target(file: string, spec: string): string {
  if (spec.startsWith('.')) return path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), spec)).split(path.sep)[0]!;
  if (spec.startsWith('@shared')) return 'shared';
  if (spec.startsWith('@/') || spec.startsWith('~/')) return 'extension';
  return spec;
}

function codeOf(file: string): string {
  // Comments may name the APIs they avoid; only code counts.
  return readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('import boundaries', () => {
  it.each([
    ['shared', ['extension', 'apps-script', 'tests', 'scripts', 'bench']],
    ['extension', ['apps-script', 'tests', 'scripts', 'bench']],
    ['apps-script', ['extension', 'tests', 'scripts', 'bench']],
  ])('%s/ imports nothing from %j', (dir, forbidden) => {
    const offending = sourceFiles(dir).flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbidden.includes(target(file, spec)))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('shared/ imports only zod, preact and other shared/ files', () => {
    const offending = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((spec) => !['shared', 'zod/mini', 'preact', 'preact/hooks', 'preact/jsx-runtime'].includes(target(file, spec)))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  // Platform globals (document, window, fetch, browser, Apps Script services) are already refused by the
  // compiler: shared/tsconfig.json has no DOM, Node or Apps Script types. The clock and randomness are not.
  it('shared/ reads no clock and no randomness', () => {
    const pattern = /Date\.now\(|new Date\(\)|Math\.random\(|crypto\.(randomUUID|getRandomValues)\(/;
    const offending = sourceFiles('shared').filter((file) => pattern.test(codeOf(file)));
    expect(offending).toEqual([]);
  });

  // `import { z }` pulls zod's whole namespace object into every bundle (locales, JSON schema…);
  // a namespace import lets esbuild and Vite keep only what is used.
  it.each(['shared', 'extension', 'apps-script'])('%s/ imports zod/mini as a namespace', (dir) => {
    const offending = sourceFiles(dir).filter((file) => /import\s*\{\s*z\s*\}\s*from\s*'zod\/mini'/.test(codeOf(file)));
    expect(offending).toEqual([]);
  });

  it('in extension/, only adapters and entrypoints touch browser.*', () => {
    const offending = sourceFiles('extension')
      .filter((file) => !/^extension\/(adapters|entrypoints)\//.test(file))
      .filter((file) => /\bbrowser\.[a-z]|\bchrome\.[a-z]/.test(codeOf(file)));
    expect(offending).toEqual([]);
  });
});

describe('tests', () => {
  it('none is focused, skipped or left as a todo', () => {
    const offending = sourceFiles('tests').filter((file) =>
      /\b(it|test|describe)\.(only|skip|todo)\(|\bx(it|describe)\(/.test(codeOf(file)),
    );
    expect(offending).toEqual([]);
  });
});
