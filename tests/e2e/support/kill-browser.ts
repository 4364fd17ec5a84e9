import fs from 'node:fs';

/** The ids of the processes whose command line names this profile: the Chromium this test launched on it. */
export function browserPids(userDataDir: string): number[] {
  const flag = `--user-data-dir=${userDataDir}`;
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args.includes(flag)) pids.push(Number(name));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return pids;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Kills the browser on this profile the way a crash or a power cut does (SIGKILL: no unload, no
 * flush, no goodbye to the service worker), and resolves once every one of its processes is gone.
 */
export async function killBrowser(userDataDir: string): Promise<number> {
  const pids = browserPids(userDataDir);
  if (pids.length === 0) throw new Error(`no browser runs on ${userDataDir}`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  // The kernel reaps them at once; the wait is for the zombie entries' parents (Playwright) to collect them.
  const giveUp = Date.now() + 30_000;
  while (pids.some(isAlive) && browserPids(userDataDir).length > 0) {
    if (Date.now() > giveUp) throw new Error(`the browser on ${userDataDir} outlived SIGKILL: ${browserPids(userDataDir).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return pids.length;
}
