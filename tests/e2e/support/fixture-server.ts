import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FixturePages = Record<string, string>;

export type FixtureServer = {
  /** e.g. http://127.0.0.1:43121 */
  origin: string;
  url: (pagePath: string) => string;
  close: () => Promise<void>;
};

/**
 * Serves fake webinar pages (HTML by path) on loopback, on a random port. The content scripts'
 * `http://127.0.0.1/*` match pattern matches any port, so these pages get the generic script.
 */
export async function startFixtureServer(pages: FixturePages): Promise<FixtureServer> {
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = pages[pathname];
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pagePath) => `${origin}${pagePath}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
