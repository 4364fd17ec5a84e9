/**
 * Test harness (not Google code): makes sure `.output/apps-script/<project>/Code.js` is built from the
 * current sources, so one test file run alone (`npx vitest run tests/apps-script/…`) still loads the
 * bundle clasp would push. Test files run in parallel workers: one builder at a time (a mkdir lock).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { APPS_SCRIPT_OUTPUT, buildAppsScriptProject, ROOT } from '../../scripts/build-apps-script.ts';

type Project = 'ledger' | 'addon';

/** A lock older than any build was left by a killed process: it is taken over. */
const STALE_LOCK_MS = 60_000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    newest = Math.max(newest, stat.isDirectory() ? newestSource(full) : stat.mtimeMs);
  }
  return newest;
}

export const bundlePath = (project: Project) => path.join(APPS_SCRIPT_OUTPUT, project, 'Code.js');

/** Fresh: the bundle and every `<Page>.html` of the project's sidebar exist and are newer than its sources and shared/. */
function isFresh(project: Project): boolean {
  const bundle = bundlePath(project);
  if (!existsSync(bundle)) return false;
  const sidebar = path.join(ROOT, 'apps-script', project, 'sidebar');
  const pages = existsSync(sidebar) ? readdirSync(sidebar).filter((name) => name.endsWith('.page.tsx')) : [];
  if (pages.some((page) => !existsSync(path.join(APPS_SCRIPT_OUTPUT, project, page.replace(/\.page\.tsx$/, '.html'))))) return false;
  return statSync(bundle).mtimeMs >= Math.max(newestSource(path.join(ROOT, 'apps-script', project)), newestSource(path.join(ROOT, 'shared')));
}

/** The project's Code.js as clasp would push it, built first if any source is newer. */
export async function ensureAppsScriptBundle(project: Project): Promise<string> {
  if (isFresh(project)) return readFileSync(bundlePath(project), 'utf8');
  mkdirSync(APPS_SCRIPT_OUTPUT, { recursive: true });
  const lock = path.join(APPS_SCRIPT_OUTPUT, `.${project}-build-lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // it was just released
      }
      await new Promise((r) => setTimeout(r, 100));
      if (isFresh(project)) return readFileSync(bundlePath(project), 'utf8');
    }
  }
  try {
    if (!isFresh(project)) await buildAppsScriptProject(project);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return readFileSync(bundlePath(project), 'utf8');
}
