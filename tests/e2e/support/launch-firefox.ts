/**
 * Debian's Firefox ESR driven through WebDriver BiDi (w3c.github.io/webdriver-bidi), the protocol
 * Firefox speaks natively: no downloaded browser, no driver binary. The built Firefox extension is
 * installed as a profile extension (an unsigned XPI in `<profile>/extensions/<id>.xpi`, allowed by
 * `xpinstall.signatures.required=false`, which ESR honours), so unlike a temporary add-on it survives
 * a restart of the browser on the same profile. Its moz-extension UUID is pinned by a pref so tests
 * can open its pages.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import WebSocket from 'ws';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

type Json = Record<string, unknown>;

function filesOf(dir: string, prefix = ''): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const name = prefix + entry.name;
    if (entry.isDirectory()) Object.assign(out, filesOf(full, `${name}/`));
    else out[name] = fs.readFileSync(full);
  }
  return out;
}

/** A new Firefox profile with the extension installed in it; returns its folder and the extension's base URL. */
export function makeFirefoxProfile(extensionDir = FIREFOX_EXTENSION_DIR): { profile: string; baseUrl: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const id = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-ff-'));
  fs.mkdirSync(path.join(profile, 'extensions'));
  fs.writeFileSync(path.join(profile, 'extensions', `${id}.xpi`), zipSync(filesOf(extensionDir)));
  const prefs: Record<string, unknown> = {
    'xpinstall.signatures.required': false,
    // Profile extensions are enabled without a prompt (scope 1 = profile).
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
    // permissions.request() is granted without the doorhanger a person would click (Mozilla's own tests do this).
    'extensions.webextOptionalPermissionPrompts': false,
    // BiDi may not navigate a tab to a moz-extension: page, but Firefox opens its home pages itself:
    // the side panel page and the options page open as the first two tabs at every start.
    'browser.startup.page': 1,
    'browser.startup.homepage': `moz-extension://${uuid}/sidepanel.html|moz-extension://${uuid}/options.html`,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
  };
  fs.writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  return { profile, baseUrl: `moz-extension://${uuid}/` };
}

export type BiDi = {
  send(method: string, params?: Json): Promise<Json>;
  close(): Promise<void>;
};

/** One tab: a BiDi top-level browsing context. */
export type FirefoxPage = { bidi: BiDi; context: string; url: string };

export type LaunchedFirefox = {
  process: ChildProcess;
  bidi: BiDi;
  /** The extension pages Firefox opened as its home pages, by file name (`sidepanel.html`, `options.html`). */
  pages: Record<string, FirefoxPage>;
  /** Ends the session and waits for the browser to exit. */
  close(): Promise<void>;
};

function connect(url: string): Promise<BiDi> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    let next = 1;
    const pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; type?: string; result?: Json; error?: string; message?: string };
      if (message.id === undefined) return; // events
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') waiting?.reject(new Error(`${message.error}: ${message.message}`));
      else waiting?.resolve(message.result ?? {});
    });
    socket.on('error', reject);
    socket.on('open', () =>
      resolve({
        send: (method, params = {}) =>
          new Promise((res, rej) => {
            const id = next++;
            pending.set(id, { resolve: res, reject: rej });
            socket.send(JSON.stringify({ id, method, params }));
          }),
        close: () =>
          new Promise((res) => {
            socket.once('close', () => res());
            socket.close();
          }),
      }),
    );
  });
}

/** Starts Firefox ESR headless on `profile` and opens a BiDi session. */
export async function launchFirefox(profile: string): Promise<LaunchedFirefox> {
  const child = spawn(FIREFOX_PATH, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const address = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi:\n${seen}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}) before BiDi was ready:\n${seen}`)));
  });
  const bidi = await connect(`${address}/session`);
  await bidi.send('session.new', { capabilities: {} });
  const pages: Record<string, FirefoxPage> = {};
  for (let tries = 0; Object.keys(pages).length < 2 && tries < 100; tries++) {
    const tree = (await bidi.send('browsingContext.getTree', {})) as { contexts: { context: string; url: string }[] };
    for (const { context, url } of tree.contexts) {
      if (url.startsWith('moz-extension://')) pages[url.replace(/^moz-extension:\/\/[^/]+\//, '')] = { bidi, context, url };
    }
    if (Object.keys(pages).length < 2) await new Promise((r) => setTimeout(r, 200));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    bidi,
    pages,
    close: async () => {
      await bidi.send('browser.close', {}).catch(() => undefined);
      await bidi.close().catch(() => undefined);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Evaluates an async function body in the page and returns its JSON-serialisable result. */
export async function evaluate<T>(ff: FirefoxPage, body: string): Promise<T> {
  const answer = (await ff.bidi.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => { ${body} })()))()`,
    target: { context: ff.context },
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { type: string; result?: { type: string; value?: string }; exceptionDetails?: { text: string } };
  if (answer.type === 'exception') throw new Error(`page threw: ${answer.exceptionDetails?.text}`);
  const value = answer.result?.value;
  return (value === undefined ? undefined : JSON.parse(value)) as T;
}

/** Reloads the tab (the extension may still have been starting when Firefox first opened it). */
export async function reload(ff: FirefoxPage): Promise<void> {
  await ff.bidi.send('browsingContext.reload', { context: ff.context, wait: 'complete' });
}

/** A node found the way a person finds it: by its accessible role and name. */
async function locate(ff: FirefoxPage, locator: Json): Promise<Json> {
  const found = (await ff.bidi.send('browsingContext.locateNodes', { context: ff.context, locator, maxNodeCount: 1 })) as { nodes: Json[] };
  if (found.nodes.length === 0) throw new Error(`nothing matches ${JSON.stringify(locator)}`);
  return found.nodes[0]!;
}

/** Clicks the element with this accessible name (and role), with a real pointer. */
export async function click(ff: FirefoxPage, name: string, role?: string): Promise<void> {
  const node = await locate(ff, { type: 'accessibility', value: role ? { name, role } : { name } });
  // A pointer can only reach what is in the viewport, as for a person who scrolls first.
  await ff.bidi.send('script.callFunction', {
    functionDeclaration: '(element) => element.scrollIntoView({ block: "center" })',
    arguments: [{ sharedId: node.sharedId }],
    target: { context: ff.context },
    awaitPromise: false,
  });
  await ff.bidi.send('input.performActions', {
    context: ff.context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: node.sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

/** Clicks the field with this accessible name and types `text` into it with real key presses. */
export async function type(ff: FirefoxPage, name: string, text: string): Promise<void> {
  await click(ff, name);
  await ff.bidi.send('input.performActions', {
    context: ff.context,
    actions: [{ type: 'key', id: 'keyboard', actions: [...text].flatMap((ch) => [{ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch }]) }],
  });
}
