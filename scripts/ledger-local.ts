// `npm run ledger:local`: a local stand-in for the deployed ledger web app, for trials and tests only.
// It serves the real bundle (.output/apps-script/ledger/Code.js) over HTTP on 127.0.0.1, running it in
// node:vm against the service doubles of tests/support (not Google). It answers like Google's front end:
// POST /exec runs doPost (the write happens then), answers 302 to a GET URL that returns the JSON, and
// both carry `Access-Control-Allow-Origin: *`. The world (sheet, properties) is loaded from LEDGER_DATA
// on start and saved after each request that wrote something (a pull or a duplicate-only append writes
// nothing, so costs no save), atomically and durably: a temporary file, fsync, rename, fsync of the
// folder, so a crash leaves the old file or the new one, never half of one. A lock file beside the data
// file (`<data file>.lock`, holding the pid) makes a second process on the same data refuse to start
// instead of forking the chain; a lock left by a process that no longer runs is taken over. It prints `ledger: <url>` and `token: <token>`,
// the token of a demo member holding every role (kept in the data file, so stable across restarts).
// With LEDGER_SEED=demo (what `npm start` asks for), a ledger with no data file yet is seeded instead
// with the demo of tests/fixtures/demo-ledger.ts, through the bundle's own functions; `token:` is then
// the demo attendee's, and a third line `demo: <JSON>` lists the members and their tokens and says
// whether the seed was written now (`seeded: true`) or the data found was kept (`seeded: false`).
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HTTP_CONTENT_TYPE } from '../tests/support/content-service-double.ts';
import { createGoogleWorld, type WorldState } from '../tests/support/google-world.ts';
import { ensureLedgerBundle, loadLedgerBundle, postEvent } from '../tests/support/ledger-bundle.ts';
import { addMember, EVERY_ROLE } from '../tests/support/ledger-fixture.ts';
import { DEMO_MEMBERS, type DemoLedger, seedDemoLedger } from '../tests/fixtures/demo-ledger.ts';
import { ROOT } from './build-apps-script.ts';

/** What the data file keeps of the demo: who its members are and their tokens (a trial ledger only). */
export type DemoSummary = Pick<DemoLedger, 'pastMeeting' | 'nextMeeting'> & {
  members: Array<Pick<DemoLedger['attendee'], 'key' | 'name' | 'org' | 'side' | 'role' | 'token'>>;
  attendee: DemoLedger['attendee']['key'];
};

type SavedLedger = { version: 1; token: string; world: WorldState; demo?: DemoSummary };

export type LedgerLocal = {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
  saves: { count: number };
  /** With `seed: 'demo'`: the demo's members, and whether it was seeded now or the data found was kept. */
  demo?: { seeded: boolean; summary?: DemoSummary };
};

function summarise(demo: DemoLedger): DemoSummary {
  return {
    members: DEMO_MEMBERS.map(({ key }) => demo.members[key]).map(({ key, name, org, side, role, token }) => ({ key, name, org, side, role, token })),
    attendee: demo.attendee.key,
    pastMeeting: demo.pastMeeting,
    nextMeeting: demo.nextMeeting,
  };
}

/** Apps Script refuses larger POST bodies; so does the stand-in. */
const MAX_BODY_BYTES = 50 * 1024 * 1024;
/** How long the answer of a POST stays readable at its redirect URL. */
const ECHO_TTL_MS = 5 * 60 * 1000;

/** Writes the whole file, then makes the data and the rename durable (fsync of file, then folder). */
function save(file: string, saved: SavedLedger): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(saved));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  // The rename lives in the folder: without this, a power cut may bring back the old file.
  const dirFd = openSync(dir, 'r');
  try {
    fsyncSync(dirFd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename is still atomic there.
  } finally {
    closeSync(dirFd);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<data file>.lock` for this process, or throws a message that says who holds it. */
export function lockDataFile(file: string): () => void {
  const lock = `${file}.lock`;
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx'); // fails if it exists: only one process can create it
      writeSync(fd, `${process.pid}\n`);
      fsyncSync(fd);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lock, 'utf8').trim() === String(process.pid)) unlinkSync(lock);
        } catch {
          // Already gone.
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new Error(
          `ledger:local is already running on ${file} (process ${holder}). Stop it first, or give this one other data with LEDGER_DATA=<file>.`,
        );
      }
      // Left by a process that is gone (killed, crashed): take it over.
      unlinkSync(lock);
    }
  }
  throw new Error(`Could not take the lock ${lock}.`);
}

/** Whether a call changed what is saved (the sheet, the properties); reads and the lock do not. */
function writes(call: { service: string; method: string }): boolean {
  if (call.service === 'Sheets') return !/(^|\.)(get|batchGet)$/.test(call.method);
  if (call.service === 'PropertiesService') return /^(set|delete)/.test(call.method);
  return call.service === 'SpreadsheetApp';
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startLedgerLocal(options: { port?: number; dataFile?: string; seed?: 'demo' } = {}): Promise<LedgerLocal> {
  const port = options.port ?? Number(process.env.LEDGER_PORT ?? 8787);
  const dataFile = options.dataFile ?? (process.env.LEDGER_DATA ? path.resolve(process.env.LEDGER_DATA) : path.join(ROOT, '.ledger-local/ledger.json'));
  const code = await ensureLedgerBundle();
  const release = lockDataFile(dataFile);
  const saved = existsSync(dataFile) ? (JSON.parse(readFileSync(dataFile, 'utf8')) as SavedLedger) : undefined;
  const world = createGoogleWorld(saved ? { state: saved.world } : {});
  let dirty = false;
  world.log.onRecord((call) => {
    if (writes(call)) dirty = true;
  });
  // The execution log goes to stderr: stdout carries only the two lines clients read.
  const app = loadLedgerBundle(code, { ...world.globals, console: { log: console.error, info: console.error, warn: console.error, error: console.error } });
  let token = saved?.token;
  let demo = saved?.demo;
  const seeded = !token && options.seed === 'demo';
  if (!token && seeded) {
    demo = summarise(seedDemoLedger(app, world));
    token = demo.members.find((m) => m.key === demo!.attendee)!.token;
    save(dataFile, { version: 1, token, world: world.snapshot(), demo });
  } else if (!token) {
    app.setUpLedger();
    token = addMember(world, { name: 'Demo member', org: 'Cocreate local ledger', side: 'government', roles: EVERY_ROLE }).token;
    save(dataFile, { version: 1, token, world: world.snapshot() });
  }
  const demoToken = token;
  const demoSaved = demo;
  const saves = { count: 0 };
  const echoes = new Map<string, { body: string; type: string; expires: number }>();

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache, no-store', ...headers });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/exec' && req.method === 'POST') {
      const body = await readBody(req);
      if (body === null) return send(res, 413, 'Request entity too large', { 'Content-Type': 'text/plain' });
      dirty = false;
      const out = app.doPost(postEvent(body));
      if (dirty) save(dataFile, { version: 1, token: demoToken, world: world.snapshot(), ...(demoSaved ? { demo: demoSaved } : {}) });
      saves.count += dirty ? 1 : 0;
      const key = randomUUID();
      const now = Date.now();
      for (const [k, v] of echoes) if (v.expires < now) echoes.delete(k);
      echoes.set(key, { body: out.getContent(), type: HTTP_CONTENT_TYPE[out.getMimeType()] ?? 'text/plain', expires: now + ECHO_TTL_MS });
      const host = req.headers.host ?? `127.0.0.1:${port}`;
      return send(res, 302, '', { Location: `http://${host}/macros/echo?user_content_key=${key}` });
    }
    if (url.pathname === '/exec' && req.method === 'GET') {
      const out = app.doGet({ parameter: Object.fromEntries(url.searchParams), queryString: url.search.slice(1) });
      return send(res, 200, out.getContent(), { 'Content-Type': `${HTTP_CONTENT_TYPE[out.getMimeType()] ?? 'text/plain'}; charset=utf-8` });
    }
    if (url.pathname === '/macros/echo' && req.method === 'GET') {
      const echo = echoes.get(url.searchParams.get('user_content_key') ?? '');
      if (!echo || echo.expires < Date.now()) return send(res, 404, 'Not found', { 'Content-Type': 'text/plain' });
      return send(res, 200, echo.body, { 'Content-Type': `${echo.type}; charset=utf-8` });
    }
    // Google answers no CORS preflight; clients must send simple requests (text/plain), as DESIGN §4 says.
    if (req.method === 'OPTIONS') return send(res, 405, 'Method not allowed', { 'Content-Type': 'text/plain' });
    return send(res, 404, 'Not found', { 'Content-Type': 'text/plain' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error', { 'Content-Type': 'text/plain' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      release();
      reject(error);
    });
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/exec`,
    token: demoToken,
    server,
    saves,
    ...(options.seed === 'demo' ? { demo: { seeded, ...(demoSaved ? { summary: demoSaved } : {}) } } : {}),
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          release();
          resolve();
        }),
      ),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const local = await startLedgerLocal(process.env.LEDGER_SEED === 'demo' ? { seed: 'demo' } : {}).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
  console.log(`ledger: ${local.url}`);
  console.log(`token: ${local.token}`);
  if (local.demo) console.log(`demo: ${JSON.stringify(local.demo)}`);
  const stop = () => {
    void local.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
