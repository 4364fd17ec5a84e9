// `npm start`: the main job. Builds every artifact, starts the local stand-in of the ledger web app
// (scripts/ledger-local.ts) and says what to open. Ctrl+C stops it; the ledger's data is kept.
import { execSync, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '..');
execSync('npm run build', { stdio: 'inherit', cwd: ROOT });

const ledger = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/ledger-local.ts')], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const lines: string[] = [];
createInterface({ input: ledger.stdout! }).on('line', (line) => {
  lines.push(line);
  if (lines.length !== 2) return;
  const url = lines[0]!.replace(/^ledger: /, '');
  const token = lines[1]!.replace(/^token: /, '');
  console.log(`
Cocreate is running.

  Browser extension  load ${path.join(ROOT, '.output/chrome-mv3')} as an unpacked extension
                     (chrome://extensions → Developer mode → Load unpacked), then open its side panel.
  Local ledger       ${url}   (a stand-in for the Google Apps Script web app, for trials only)
  Member token       ${token}   (demo member with every role)
                     In the extension's Options, paste both to sync annotations to this ledger.
  Apps Script        .output/apps-script/ledger/ is ready for "npm run push:ledger" (docs/coordinator-guide.md)

Press Ctrl+C to stop.`);
});
ledger.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => ledger.kill(signal));
