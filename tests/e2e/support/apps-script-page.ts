/**
 * TEST STAND-IN (not Google code) for the page around an Apps Script HTML sidebar or dialog: Google
 * serves the built `<Page>.html` in a sandboxed iframe on googleusercontent.com and gives it
 * `google.script.run` (developers.google.com/apps-script/guides/html/reference/run): each call is
 * asynchronous, arguments and results cross as JSON-like values (Dates and functions do not cross),
 * `withSuccessHandler` receives the return value, and `withFailureHandler` an Error whose message is
 * the server's thrown message. `google.script.host.close()` closes the sidebar. Here every call is
 * answered by `serve(name, args)` in Node, which runs the real server function of the bundle on the
 * Google doubles.
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

export type ServeCall = (name: string, args: unknown[]) => unknown;

export const SIDEBAR_ORIGIN = 'https://n-cocreate-0lu-script.googleusercontent.com';

/** Opens `htmlFile` as Apps Script would, with `google.script.run` answered by `serve`. */
export async function openAppsScriptPage(context: BrowserContext, htmlFile: string, serve: ServeCall, options: { width?: number; height?: number } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width ?? 300, height: options.height ?? 800 });
  const html = fs.readFileSync(htmlFile, 'utf8');
  const url = `${SIDEBAR_ORIGIN}/userCodeAppPanel`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.exposeBinding('__cocreateServe', async (_source, name: string, argsJson: string) => {
    try {
      const value = await serve(name, JSON.parse(argsJson) as unknown[]);
      return JSON.stringify({ ok: true, value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
  await page.addInitScript(() => {
    type Handler = (value: unknown) => void;
    const serve = (globalThis as unknown as { __cocreateServe: (name: string, args: string) => Promise<string> }).__cocreateServe;
    const makeRunner = (onSuccess?: Handler, onFailure?: Handler): unknown =>
      new Proxy(
        {},
        {
          get(_t, name) {
            if (name === 'withSuccessHandler') return (h: Handler) => makeRunner(h, onFailure);
            if (name === 'withFailureHandler') return (h: Handler) => makeRunner(onSuccess, h);
            if (name === 'withUserObject') return () => makeRunner(onSuccess, onFailure);
            if (typeof name !== 'string') return undefined;
            return (...args: unknown[]) => {
              // Values cross as JSON, as google.script.run serialises them.
              void serve(name, JSON.stringify(args)).then((answer) => {
                const parsed = JSON.parse(answer) as { ok: boolean; value?: unknown; message?: string };
                if (parsed.ok) onSuccess?.(parsed.value);
                else onFailure?.(new Error(parsed.message));
              });
            };
          },
        },
      );
    (globalThis as unknown as { google: unknown }).google = {
      script: {
        run: makeRunner(),
        host: { close: () => document.body.setAttribute('data-closed', 'true'), editor: { focus: () => undefined }, setHeight: () => undefined, setWidth: () => undefined },
      },
    };
  });
  await page.goto(url);
  return page;
}
