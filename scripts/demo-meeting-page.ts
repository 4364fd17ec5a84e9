// The demo meeting page `npm start` opens beside the extension: a stand-in for the meeting tab (the
// side panel annotates on any page), in English and French side by side, naming the demo ledger's next
// meeting and what to try. Served on 127.0.0.1 only, by start.ts, for as long as it runs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Language } from '../shared/i18n/language.ts';
import { translate } from '../shared/i18n/translate.ts';

export type DemoMeeting = { title: string; startsAt: string };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function section(language: Language, meeting: DemoMeeting, ledgerUrl: string): string {
  const t = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) => escapeHtml(translate(key, language, params));
  const when = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'full', timeStyle: 'short', timeZone: 'America/Toronto' }).format(new Date(meeting.startsAt));
  return `<section lang="${language}" aria-labelledby="title-${language}">
  <h2 id="title-${language}">${t('start.page.title')}</h2>
  <p>${t('start.page.intro')}</p>
  <p class="meeting"><strong>${escapeHtml(meeting.title)}</strong><br>${t('start.page.when', { when })}</p>
  <p>${t('start.page.try')}</p>
  <p class="ledger">${t('start.page.ledger', { url: ledgerUrl })}</p>
</section>`;
}

/** The page, the language of the person who ran `npm start` first. */
export function demoMeetingHtml(meeting: DemoMeeting, ledgerUrl: string, first: Language): string {
  const order: Language[] = first === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  return `<!doctype html>
<html lang="${first}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meeting.title)} — Cocreate</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f4f6f8; }
  header { background: #26374a; color: #fff; padding: 1rem 1.5rem; }
  header h1 { margin: 0; font-size: 1.4rem; }
  main { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.5rem; padding: 1.5rem; max-width: 60rem; }
  section { background: #fff; border: 1px solid #c9d1d9; border-radius: 6px; padding: 0 1.25rem 0.5rem; }
  .meeting { border-left: 4px solid #26374a; padding-left: 0.75rem; }
  .ledger { color: #4a4a4a; font-size: 0.9rem; overflow-wrap: anywhere; }
</style></head>
<body><header><h1>${escapeHtml(meeting.title)}</h1></header>
<main>
${order.map((language) => section(language, meeting, ledgerUrl)).join('\n')}
</main></body></html>`;
}

/** Serves the page on 127.0.0.1 (`port` 0: any free one) at `/`. */
export async function serveDemoMeetingPage(options: { port?: number; meeting: DemoMeeting; ledgerUrl: string; language: Language }) {
  const html = demoMeetingHtml(options.meeting, options.ledgerUrl, options.language);
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/' || req.url?.startsWith('/?'))) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(html);
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
