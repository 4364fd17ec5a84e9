import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerTransport } from '../../../extension/adapters/ledger-client.ts';

// A real HTTP server on loopback that answers the way an Apps Script web app does: the POST is
// handled, then a 302 points at a second address that serves the JSON (DESIGN §4).
type Seen = { method: string; contentType: string; body: string; path: string };
const seen: Seen[] = [];
let origin = '';
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    const path = request.url ?? '/';
    seen.push({ method: request.method ?? '', contentType: request.headers['content-type'] ?? '', body, path });
    if (path === '/exec') {
      response.writeHead(302, { location: `${origin}/echo?answer=1` }).end();
    } else if (path.startsWith('/echo')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, member: { id: 'm1' } }));
    } else if (path === '/unavailable') {
      response.writeHead(503, { 'retry-after': '30' }).end('Service Unavailable');
    } else if (path === '/throttled') {
      response.writeHead(429).end('Too Many Requests');
    } else if (path === '/throttled-hint') {
      response.writeHead(429, { 'retry-after': '20' }).end('Too Many Requests');
    } else if (path === '/too-many-executions') {
      // What Apps Script serves when the owner already runs 30 executions (doPost never ran).
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body><div>Exception: There are too many scripts running simultaneously for this Google user account.</div></body></html>');
    } else if (path === '/signin') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in</html>');
    } else {
      response.writeHead(500).end('oops');
    }
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const whoami = { v: 1, op: 'whoami', token: 'tok' } as const;

describe('ledger transport', () => {
  it('posts JSON as text/plain and follows the 302 to the answer', async () => {
    seen.length = 0;
    const reply = await createLedgerTransport()(`${origin}/exec`, whoami);
    expect(reply).toEqual({ kind: 'json', body: { ok: true, member: { id: 'm1' } } });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/exec', body: JSON.stringify(whoami) });
    expect(seen[0]?.contentType).toMatch(/^text\/plain/);
    expect(seen[1]?.path).toBe('/echo?answer=1');
  });

  it.each([
    ['an HTML page (e.g. a sign-in wall)', '/signin', 'bad-response'],
    ['an HTTP error', '/broken', 'bad-response'],
  ])('reads %s as not the ledger', async (_name, path, kind) => {
    expect((await createLedgerTransport()(`${origin}${path}`, whoami)).kind).toBe(kind);
  });

  it('reads a gateway that is down for a moment (503) as the ledger out of reach for now, so sync retries by itself', async () => {
    expect(await createLedgerTransport()(`${origin}/unavailable`, whoami)).toMatchObject({ kind: 'network' });
  });

  // Was read as "network" before: a throttled ledger is reachable and asks to wait, which sync honours.
  it.each([
    ['too many requests (429)', '/throttled', undefined],
    ['429 with Retry-After: 20', '/throttled-hint', 20_000],
    ['Apps Script’s page for a 31st simultaneous execution', '/too-many-executions', undefined],
  ])('reads %s as throttled, with the hint if any', async (_name, path, retryAfterMs) => {
    const reply = await createLedgerTransport()(`${origin}${path}`, whoami);
    expect(reply.kind).toBe('throttled');
    expect(reply.kind === 'throttled' ? reply.retryAfterMs : 'n/a').toBe(retryAfterMs);
  });

  it('reads a refused connection as the network being down', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect((await createLedgerTransport()(`http://127.0.0.1:${port}/exec`, whoami)).kind).toBe('network');
  });

  it('gives up on a ledger that never answers', async () => {
    const silent = http.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/exec`;
    expect((await createLedgerTransport(fetch, 200)(url, whoami)).kind).toBe('network');
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});
