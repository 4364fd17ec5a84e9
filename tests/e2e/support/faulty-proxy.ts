/**
 * Test harness: an HTTP proxy in front of `npm run ledger:local` whose failures the test scripts, to
 * reproduce what a client of the deployed web app meets between the browser and Google:
 *
 * - `lose-answer`: the POST reaches the ledger and is stored, then the connection drops before the
 *   302 comes back (a Wi-Fi hand-over, a laptop lid closed): the client learns nothing.
 * - `busy`: the ledger's own refusal when Google throttles it, `{ ok: false, error: { code: 'busy',
 *   retryAfterMs } }` (docs/ledger-events.md), nothing stored; the hint is short so time is compressed.
 * - `throttle-429`: Google's front end turns the request away before the script runs: HTTP 429 with
 *   `Retry-After: 1` (RFC 9110 §10.2.3), nothing stored.
 * - `timeout`: the ledger runs and stores, but the front end gives up waiting: 504 Gateway Timeout.
 * - `hold`: stored, and the answer held until `release()` (the test kills the browser meanwhile).
 *
 * `down()` makes the host go away: every connection is reset at once until `up()`. Faults apply to
 * `append` requests only, in the order scripted; pulls, whoami and the redirect's GET pass through.
 * The proxy forwards the Host header, so the ledger's 302 points back at the proxy, as Google's does.
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault = 'lose-answer' | 'busy' | 'throttle-429' | 'timeout' | 'hold';

export type AppliedFault = { fault: Fault | 'down'; eventIds: string[] };

export type FaultyProxy = {
  url: string;
  /** Faults for the next append requests, one each, in order. */
  script(...faults: Fault[]): void;
  /** Scripted faults not applied yet. */
  pending(): number;
  down(): void;
  up(): void;
  /** Every fault applied so far, with the ids of the events in the request it hit. */
  applied: AppliedFault[];
  /** Append requests that reached the ledger (stored or answered `duplicate`). */
  forwarded: { appends: number };
  /** Resolves when a `hold` fault holds an answer; `release()` drops that connection. */
  held(): Promise<void>;
  release(): void;
  close(): Promise<void>;
};

const BUSY_HINT_MS = 250;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startFaultyProxy(upstream: string): Promise<FaultyProxy> {
  const target = new URL(upstream);
  const queue: Fault[] = [];
  const applied: AppliedFault[] = [];
  const forwarded = { appends: 0 };
  const sockets = new Set<Socket>();
  let isDown = false;
  let holding: { socket: Socket } | undefined;
  let heldWaiters: Array<() => void> = [];
  let releaseHeld: (() => void) | undefined;

  /** Sends the request on to the ledger and gives back its whole answer. */
  const forward = (req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const out = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, 'content-length': String(body.length) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const relay = (res: ServerResponse, answer: Awaited<ReturnType<typeof forward>>) => {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    let op: string | undefined;
    let eventIds: string[] = [];
    if (req.method === 'POST') {
      try {
        const parsed = JSON.parse(body.toString('utf8')) as { op?: string; events?: Array<{ id?: string }> };
        op = parsed.op;
        eventIds = (parsed.events ?? []).map((event) => String(event.id));
      } catch {
        // Not JSON: the ledger answers it, the proxy has no say.
      }
    }
    const fault = op === 'append' ? queue.shift() : undefined;
    if (fault) applied.push({ fault, eventIds });
    const cors = { 'Access-Control-Allow-Origin': '*' };
    switch (fault) {
      case 'busy':
        res.writeHead(200, { ...cors, 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ ok: false, error: { code: 'busy', message: 'The ledger is busy; try again shortly.', retryAfterMs: BUSY_HINT_MS } }));
        return;
      case 'throttle-429':
        res.writeHead(429, { ...cors, 'Retry-After': '1', 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<html><body>Too many requests. Please try again later.</body></html>');
        return;
      default:
        break;
    }
    const answer = await forward(req, body);
    if (op === 'append') forwarded.appends++;
    switch (fault) {
      case 'lose-answer':
        req.socket.destroy();
        return;
      case 'timeout':
        res.writeHead(504, { ...cors, 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<html><body>Gateway Timeout</body></html>');
        return;
      case 'hold':
        holding = { socket: req.socket };
        for (const wake of heldWaiters) wake();
        heldWaiters = [];
        await new Promise<void>((resolve) => {
          releaseHeld = resolve;
        });
        req.socket.destroy();
        return;
      default:
        relay(res, answer);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502, { 'Access-Control-Allow-Origin': '*' });
      res.end();
    });
  });
  server.on('connection', (socket) => {
    if (isDown) {
      socket.destroy();
      // A connection the host never answers counts as one fault of the outage.
      applied.push({ fault: 'down', eventIds: [] });
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    script: (...faults) => queue.push(...faults),
    pending: () => queue.length,
    down: () => {
      isDown = true;
      // Kept-alive connections go too: the host is gone.
      for (const socket of sockets) socket.destroy();
    },
    up: () => {
      isDown = false;
    },
    applied,
    forwarded,
    held: () => (holding ? Promise.resolve() : new Promise<void>((resolve) => heldWaiters.push(resolve))),
    release: () => {
      releaseHeld?.();
      releaseHeld = undefined;
      holding = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        releaseHeld?.();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
