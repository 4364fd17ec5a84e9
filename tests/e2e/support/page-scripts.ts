import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './launch-extension';

/** The JS files a built page loads before its first render: its module script and the chunks it preloads. */
export function initialScripts(page: string): string[] {
  const html = fs.readFileSync(path.join(EXTENSION_DIR, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((match) => path.join(EXTENSION_DIR, match[1]!));
}

/** Every chunk the page can load: the initial ones and, transitively, those they import lazily. */
export function allScripts(initial: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = [...initial];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/["'`](?:\.\.?\/|\/)?((?:chunks\/)?[\w-]+\.js)["'`]/g)) {
      const next = path.join(EXTENSION_DIR, match[1]!.startsWith('chunks/') ? match[1]! : `chunks/${match[1]}`);
      if (fs.existsSync(next)) stack.push(next);
    }
  }
  return [...seen];
}

/** Total gzip size of these files, in kB (1,024 bytes), each compressed on its own as a server would. */
export function gzipKb(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(file)).length, 0) / 1024;
}
