import fs from 'node:fs';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { type Plugin, transformWithOxc } from 'vite';
import { defineConfig } from 'wxt';
import { LEDGER_HOST_PATTERNS } from './extension/services/ledger-host-patterns';

const ROOT = import.meta.dirname;

/** Every extension/ and shared/ file these entry files reach by static or dynamic import (type-only imports aside). */
export function reachableFiles(entries: readonly string[]): Set<string> {
  const stack = [...entries];
  const resolve = (from: string, spec: string): string | undefined => {
    const base = spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : spec.startsWith('@/')
        ? path.join(ROOT, 'extension', spec.slice(2))
        : spec.startsWith('@shared/')
          ? path.join(ROOT, 'shared', spec.slice(8))
          : undefined;
    if (!base) return undefined;
    return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
  };
  const seen = new Set<string>();
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // An HTML entrypoint reaches its module scripts.
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/<script[^>]*src="([^"]+)"/g)) stack.push(path.resolve(path.dirname(file), match[1]!));
    for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)) {
      // A type-only import ships no code, so no message key either.
      if (/^(?:import|export)\s+type\s/.test(match[0])) continue;
      const next = resolve(file, (match[1] ?? match[2] ?? match[3])!);
      if (next) stack.push(next);
    }
  }
  return seen;
}

/**
 * Message keys (or key prefixes, from template literals such as `domain.meetingType.${type}`)
 * named by these files. Every fragment is used as a prefix, so a partial key keeps all it could
 * complete to.
 */
export function messageKeyPrefixes(files: Iterable<string>, areas: readonly string[]): string[] {
  const pattern = new RegExp(`['"\`]((?:${areas.map((area) => area.replace(/[-]/g, '\\-')).join('|')})\\.[\\w.-]*)`, 'g');
  const prefixes = new Set<string>();
  for (const file of files) {
    if (file.replace(/\\/g, '/').includes('/shared/i18n/')) continue;
    for (const match of fs.readFileSync(file, 'utf8').matchAll(pattern)) prefixes.add(match[1]!);
  }
  return [...prefixes];
}

/**
 * The catalogue holds every surface's messages (rules, ledger views, Apps Script menus…). Each
 * extension bundle ships only the messages its own code can name, which keeps the side panel under
 * its size budget; a new use of a key brings it back by itself. Builds only, never under vitest.
 */
export function trimCatalogue(): Plugin {
  let prefixes: string[] | undefined;
  return {
    name: 'cocreate-trim-catalogue',
    apply: 'build',
    enforce: 'pre',
    buildStart(options) {
      // WXT builds the pages, the background and each content script separately: each build keeps
      // what its own entry files reach (the background folds views, which need the rules' texts).
      const input = options.input;
      const entries = (typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {}))
        // A content script's build starts from WXT's virtual wrapper of its file: trim by the file.
        .map((file) => file.replace(/^.*virtual:wxt-content-script-[\w-]*-entrypoint\?/, ''))
        .filter((file) => fs.existsSync(file));
      const areas = fs.readdirSync(path.join(ROOT, 'shared/i18n/messages')).map((file) => file.replace(/\.ts$/, ''));
      prefixes = entries.length > 0 ? messageKeyPrefixes(reachableFiles(entries), areas) : undefined;
    },
    async transform(code, id) {
      const match = /\/shared\/i18n\/messages\/([\w-]+)\.ts$/.exec(id.replace(/\\/g, '/'));
      if (!match || !prefixes) return undefined;
      const name = /export const (\w+)\s*=/.exec(code)?.[1];
      if (!name) return undefined;
      // Message files hold only data (and a type import): evaluate, keep what is named, re-emit.
      const js = (await transformWithOxc(code, id, { lang: 'ts' })).code;
      const module = (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as Record<string, Record<string, unknown>>;
      const all = module[name];
      if (!all) return undefined;
      const kept = Object.fromEntries(Object.entries(all).filter(([key]) => prefixes!.some((prefix) => key.startsWith(prefix))));
      return { code: `export const ${name} = ${JSON.stringify(kept)};\n`, map: null };
    },
  };
}

/**
 * Vite wraps each dynamic `import()` in a preload helper that links the chunk's CSS and JS
 * dependencies first (1.6 kB, 0.6 kB gzip, in the side panel). The extension's lazy chunks
 * (DocsLedgerPanel, RejectedChanges, …) have none: the pages' CSS is global and their shared code is
 * in the page's own chunk. So the helper just calls the import, which keeps the side panel under its
 * budget (DESIGN §8); a lazy chunk that ever needs dependencies preloaded fails the build here rather
 * than loading without them.
 */
export function plainDynamicImports(): Plugin {
  const HELPER = '\0vite/preload-helper.js';
  return {
    name: 'cocreate-plain-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === HELPER ? HELPER : undefined;
    },
    load(id) {
      if (id !== HELPER) return undefined;
      return 'export const __vitePreload = (load) => load();\n';
    },
    // After Vite has written each import's dependency list (`__vite__mapDeps`, only when there are some).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.code.includes('__vite__mapDeps')) {
            this.error(`${file.fileName}: a dynamic import has dependencies to preload, which plainDynamicImports() does not load`);
          }
        }
      },
    },
  };
}

const KIND_COMMANDS = ['Decision', 'Action', 'Agreement', 'Disagreement', 'Question', 'Note'] as const;

/**
 * Shortcuts that work from the meeting tab (issue #13): one per annotation kind (Alt+Shift+1…6, in
 * the side panel's button order) and one to open the panel (Alt+Shift+0). Chrome takes at most four
 * suggested keys, so there the less frequent kinds start unset and the user assigns them at
 * chrome://extensions/shortcuts; Firefox takes them all and opens its sidebar by itself.
 */
export function meetingCommands(browser: string): Record<string, { suggested_key?: { default: string }; description: string }> {
  const chromeSuggested = new Set(['Decision', 'Action', 'Question']);
  const kinds = Object.fromEntries(
    KIND_COMMANDS.map((kind, index) => [
      `annotate-${kind.toLowerCase()}`,
      {
        ...(browser === 'firefox' || chromeSuggested.has(kind) ? { suggested_key: { default: `Alt+Shift+${index + 1}` } } : {}),
        description: `__MSG_cmdAnnotate${kind}__`,
      },
    ]),
  );
  const open = { suggested_key: { default: 'Alt+Shift+0' }, description: '__MSG_cmdOpenSidePanel__' };
  return browser === 'firefox' ? { _execute_sidebar_action: open, ...kinds } : { 'open-side-panel': open, ...kinds };
}

// The extension's manifest. Permissions are the least that work (DESIGN §5): the ledger host is
// requested at run time (optional_host_permissions) when the user sets the ledger URL; content
// scripts match only the meeting platforms and Google Docs documents (never <all_urls>).
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Manifest V3 for Firefox too (issue #5 item 1): `.output/firefox-mv3/`, sidebar_action as the side panel.
  manifestVersion: 3,
  alias: { '@shared': 'shared' },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    optional_host_permissions: [...LEDGER_HOST_PATTERNS],
    commands: meetingCommands(browser),
    // IT may pre-set the ledger address by policy (install guide §3); Firefox reads policies.json without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cocreate@cocreate.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    // WXT builds all HTML pages together, so they share chunks and one trimmed catalogue. The side
    // panel gets a build of its own: it ships none of the options page's code or messages and no
    // chunk glue, which keeps it under its size budget (DESIGN §8).
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [index, group] of groups.entries()) {
        if (!Array.isArray(group)) continue;
        const sidepanel = group.filter((entry) => entry.type === 'sidepanel');
        if (sidepanel.length === 0 || sidepanel.length === group.length) continue;
        groups.splice(index, 1, sidepanel, group.filter((entry) => entry.type !== 'sidepanel'));
        return;
      }
    },
  },
  // Chrome and Firefox support module preloading natively: no polyfill in the pages.
  vite: () => ({ plugins: [preact(), trimCatalogue(), plainDynamicImports()], build: { modulePreload: { polyfill: false } } }),
});
