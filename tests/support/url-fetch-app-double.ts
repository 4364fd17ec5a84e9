/**
 * TEST DOUBLE of `UrlFetchApp` (developers.google.com/apps-script/reference/url-fetch/url-fetch-app),
 * not Google code. Reproduced:
 * - `fetch(url, params)` is synchronous; params `method` (default GET), `contentType`, `payload`,
 *   `headers`, `followRedirects` (default true: a 3xx is followed with a GET to its Location, as the
 *   ledger web app's POST → 302 → googleusercontent.com GET needs) and `muteHttpExceptions`
 *   (default false: a response code of 400 or more throws "Request failed for … returned code N";
 *   true: the HTTPResponse is returned);
 * - HTTPResponse: `getResponseCode()`, `getContentText()`, `getHeaders()`, `getAllHeaders()`;
 * - a host that cannot be reached throws "Address unavailable: <url>" whatever muteHttpExceptions says;
 * - `fetchAll` is not reproduced.
 * Where requests go is the test's choice: `ledgerWebAppRoute` answers like a deployed ledger web app
 * from the real ledger bundle running in node:vm (tests/support/ledger-bundle.ts), and
 * `realHttpRoute` sends the request over real HTTP (to `npm run ledger:local` on 127.0.0.1) from a
 * child process, since UrlFetchApp blocks and Node's fetch does not.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { CallLog } from './call-log.ts';
import { postEvent } from './ledger-bundle.ts';

export type FetchRequest = { url: string; method: string; contentType?: string; payload?: string; headers: Record<string, string> };
export type FetchAnswer = { status: number; headers: Record<string, string>; body: string };
/** Answers a request, or returns undefined when the host is unreachable. */
export type Route = (request: FetchRequest) => FetchAnswer | undefined;

export type FetchParams = {
  method?: string;
  contentType?: string;
  payload?: string;
  headers?: Record<string, string>;
  followRedirects?: boolean;
  muteHttpExceptions?: boolean;
};

export type UrlFetchWorld = { route: Route; online: boolean; requests: FetchRequest[] };

export function createUrlFetchAppDouble(world: UrlFetchWorld, log: CallLog) {
  const response = (answer: FetchAnswer) => ({
    getResponseCode: () => answer.status,
    getContentText: () => answer.body,
    getHeaders: () => ({ ...answer.headers }),
    getAllHeaders: () => ({ ...answer.headers }),
  });
  return {
    fetch(url: string, params: FetchParams = {}) {
      log.record('UrlFetchApp', 'fetch');
      let request: FetchRequest = {
        url: String(url),
        method: (params.method ?? 'get').toUpperCase(),
        ...(params.contentType ? { contentType: params.contentType } : {}),
        ...(params.payload !== undefined ? { payload: String(params.payload) } : {}),
        headers: { ...(params.headers ?? {}) },
      };
      for (let hops = 0; hops < 10; hops += 1) {
        world.requests.push(request);
        const answer = world.online ? world.route(request) : undefined;
        if (!answer) throw new Error(`Address unavailable: ${request.url}`);
        const location = answer.headers.Location ?? answer.headers.location;
        if (answer.status >= 300 && answer.status < 400 && location && params.followRedirects !== false) {
          request = { url: new URL(location, request.url).href, method: 'GET', headers: {} };
          continue;
        }
        if (answer.status >= 400 && !params.muteHttpExceptions) {
          throw new Error(`Request failed for ${new URL(request.url).origin} returned code ${answer.status}. Truncated server response: ${answer.body.slice(0, 100)}`);
        }
        return response(answer);
      }
      throw new Error(`Too many redirects: ${url}`);
    },
  };
}

export const LEDGER_EXEC_URL = 'https://script.google.com/macros/s/AKfycbCocreateLedgerDouble/exec';

/**
 * A deployed ledger web app: POST to `/exec` runs doPost of the ledger bundle (the write happens
 * then) and answers 302 to script.googleusercontent.com, whose GET gives the JSON, as Google does.
 */
export function ledgerWebAppRoute(app: { doPost(e: unknown): { getContent(): string } }, execUrl = LEDGER_EXEC_URL): Route {
  const echoes = new Map<string, string>();
  return (request): FetchAnswer | undefined => {
    if (request.url === execUrl && request.method === 'POST') {
      const body = app.doPost(postEvent(request.payload ?? '')).getContent();
      const key = randomUUID();
      echoes.set(key, body);
      return { status: 302, headers: { Location: `https://script.googleusercontent.com/macros/echo?user_content_key=${key}` }, body: '' };
    }
    const echo = /^https:\/\/script\.googleusercontent\.com\/macros\/echo\?user_content_key=([\w-]+)$/.exec(request.url);
    if (echo && request.method === 'GET') {
      const body = echoes.get(echo[1]!);
      return body === undefined ? { status: 404, headers: {}, body: 'Not found' } : { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body };
    }
    if (new URL(request.url).host === 'script.google.com') return { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html>Sorry, unable to open the file at this time.</html>' };
    return undefined;
  };
}

/** Real HTTP from a child process (UrlFetchApp blocks; so does this), redirects left to the double. */
export function realHttpRoute(): Route {
  return (request) => {
    const script = `
      const r = JSON.parse(process.argv[1]);
      fetch(r.url, { method: r.method, body: r.payload, headers: { ...(r.contentType ? { 'Content-Type': r.contentType } : {}), ...r.headers }, redirect: 'manual' })
        .then(async (res) => process.stdout.write(JSON.stringify({ status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() })))
        .catch(() => process.stdout.write('null'));`;
    const out = execFileSync(process.execPath, ['-e', script, JSON.stringify(request)], { encoding: 'utf8', timeout: 30_000 });
    return (JSON.parse(out) as FetchAnswer | null) ?? undefined;
  };
}
