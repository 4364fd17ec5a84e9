import type { BrowserContext } from 'playwright-core';

export type FixturePages = Record<string, string>;

export type FixtureSite = {
  /** e.g. https://meet.jit.si */
  origin: string;
  url: (pagePath: string) => string;
  close: () => Promise<void>;
};

/**
 * Answers a real meeting site's addresses with fake pages (HTML by path; 404 otherwise), in this
 * browser only. The page loads at its real https address, so Chromium injects content scripts by
 * the shipped manifest's match patterns: no loopback match is needed and none is shipped.
 */
export async function serveFixturePages(context: BrowserContext, pages: FixturePages, origin = 'https://meet.jit.si'): Promise<FixtureSite> {
  const matcher = (url: URL) => url.origin === origin;
  const handler: Parameters<BrowserContext['route']>[1] = (route) => {
    const body = pages[new URL(route.request().url()).pathname];
    return body === undefined
      ? route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'not found' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  };
  await context.route(matcher, handler);
  return {
    origin,
    url: (pagePath) => `${origin}${pagePath}`,
    close: () => context.unroute(matcher, handler),
  };
}
