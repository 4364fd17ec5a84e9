// The repository site's verification script (assets/verify.js), run in a reader's browser: it loads
// the published event log (or a file the reader picks, when the site is opened from disk), recomputes
// every hash with Web Crypto through the shared verifier, names the first line that does not match,
// and checks the heads printed on the site and in published notes. Built as a page by the sidebar
// build so Apps Script holds it as one self-contained file; publish-repository.ts takes its script.
import type { Language } from '../../../shared/i18n/language.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { type LogVerdict, verifyLogFile } from '../../../shared/repository/verify-log-file.ts';

const HEX = /^[0-9a-f]{64}$/;

async function sha256Hex(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

function show(result: HTMLElement, lang: Language, verdict: LogVerdict, siteHead: string): void {
  const parts: HTMLElement[] = [];
  if (verdict.ok) {
    parts.push(paragraph(translate('publicrecord.verify.ok', lang, { count: verdict.count, hash: verdict.head.hash }), 'ok'));
    if (verdict.head.hash === siteHead) parts.push(paragraph(translate('publicrecord.site.verify.matchesSite', lang)));
    for (const head of verdict.knownHeads) {
      if (head.hash !== siteHead) parts.push(paragraph(translate('publicrecord.verify.headFound', lang, { hash: head.hash, seq: head.seq })));
    }
  } else {
    parts.push(paragraph(verdict.message[lang], 'broken'));
  }
  result.replaceChildren(...parts);
  result.dataset.verdict = verdict.ok ? 'ok' : `broken:${verdict.line}`;
}

async function logText(form: HTMLFormElement, file: File | undefined): Promise<string> {
  if (file) return file.text();
  const response = await fetch(form.dataset.log ?? '../ledger/events.jsonl', { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

async function run(form: HTMLFormElement, result: HTMLElement, lang: Language): Promise<void> {
  const siteHead = form.dataset.head ?? '';
  const typed = (form.querySelector<HTMLInputElement>('#known-head')?.value ?? '').trim().toLowerCase();
  if (typed !== '' && !HEX.test(typed)) {
    result.replaceChildren(paragraph(translate('publicrecord.site.verify.badHead', lang, { hash: typed }), 'broken'));
    result.dataset.verdict = 'bad-head';
    return;
  }
  result.replaceChildren(paragraph(translate('publicrecord.site.verify.waiting', lang)));
  let text: string;
  try {
    text = await logText(form, form.querySelector<HTMLInputElement>('#log-file')?.files?.[0]);
  } catch (error) {
    result.replaceChildren(paragraph(translate('publicrecord.site.verify.cannotLoad', lang, { detail: (error as Error).message }), 'broken'));
    result.dataset.verdict = 'unloaded';
    return;
  }
  const notesHeads = (form.dataset.notesHeads ?? '').split(/\s+/).filter((h) => h !== '');
  const known = [siteHead, ...notesHeads, ...(typed ? [typed] : [])].filter((h) => h !== '');
  show(result, lang, await verifyLogFile(text, sha256Hex, known), siteHead);
}

function start(): void {
  const form = document.getElementById('verify-form') as HTMLFormElement | null;
  const result = document.getElementById('verify-result');
  if (!form || !result) return;
  const lang: Language = document.documentElement.lang === 'fr' ? 'fr' : 'en';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(form, result, lang);
  });
  void run(form, result, lang);
}

start();
