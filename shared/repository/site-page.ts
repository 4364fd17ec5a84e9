import type { Language } from '../i18n/language.ts';
import { escapeHtml, t, when } from './site-text.ts';

/** What every page shows at its foot: the chain head the site was built from, and when. */
export type SiteStamp = { head: { seq: number; hash: string }; generatedAt: string };

/** The site's sections, in the order of the menu; `file` is the page in each language's folder. */
export const SECTIONS = [
  { id: 'plan', file: 'index.html' },
  { id: 'commitments', file: 'commitments.html' },
  { id: 'meetings', file: 'meetings.html' },
  { id: 'proposals', file: 'proposals.html' },
  { id: 'signoffs', file: 'sign-offs.html' },
  { id: 'progress', file: 'progress.html' },
  { id: 'irm', file: 'irm.html' },
  { id: 'verify', file: 'verify.html' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

export type PageSpec = {
  language: Language;
  /** Path of the page from the site root, e.g. `en/commitments/c01.html`. */
  path: string;
  /** The menu entry it belongs to. */
  section: SectionId;
  title: string;
  body: string;
  stamp: SiteStamp;
  /** Extra head or end-of-body markup (the verification script). */
  scripts?: string[];
};

/** `../` as many times as the page is deep, so every link works from a folder on disk as on a server. */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/** The same page in the other language: the pages mirror each other under en/ and fr/. */
export function pairOf(path: string): string {
  return path.replace(/^(en|fr)\//, (_m, l: string) => (l === 'en' ? 'fr/' : 'en/'));
}

/**
 * One page of the repository: language set on the document, a skip link, the site header with the
 * link to the same page in the other official language, the menu (current page marked), the main
 * content, and a footer with the chain head and its date, linking to the log and its verification.
 */
export function sitePage(spec: PageSpec): string {
  const { language: lang, stamp } = spec;
  const root = rootOf(spec.path);
  const other: Language = lang === 'en' ? 'fr' : 'en';
  const here = `${root}${lang}/`;
  const nav = SECTIONS.map((section) => {
    const current = section.id === spec.section ? ' aria-current="page"' : '';
    return `<li><a href="${here}${section.file}"${current}>${t(`publicrecord.site.nav.${section.id}`, lang)}</a></li>`;
  }).join('');
  const siteTitle = t('publicrecord.site.name', lang);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(spec.title)} — ${siteTitle}</title>`,
    `<link rel="stylesheet" href="${root}assets/site.css">`,
    `<link rel="alternate" hreflang="${other}" href="${root}${pairOf(spec.path)}">`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${t('publicrecord.site.skip', lang)}</a>`,
    '<header class="site">',
    `<p class="site-name"><a href="${here}index.html">${siteTitle}</a></p>`,
    `<p class="lang"><a href="${root}${pairOf(spec.path)}" lang="${other}" hreflang="${other}">${t('publicrecord.site.otherLanguage', other)}</a></p>`,
    `<nav aria-label="${t('publicrecord.site.nav.label', lang)}"><ul>${nav}</ul></nav>`,
    '</header>',
    `<main id="main" tabindex="-1">${spec.body}</main>`,
    '<footer class="site">',
    `<p>${t('publicrecord.site.stamp', lang, { seq: stamp.head.seq, date: when(stamp.generatedAt) })}</p>`,
    `<p><span class="head-label">${t('publicrecord.site.head', lang)}</span> <code class="head" data-head="${escapeHtml(stamp.head.hash)}">${escapeHtml(stamp.head.hash)}</code></p>`,
    `<p><a href="${root}ledger/events.jsonl" type="application/x-ndjson">${t('publicrecord.site.logFile', lang)}</a> · <a href="${here}verify.html">${t('publicrecord.site.verifyLink', lang)}</a></p>`,
    '</footer>',
    ...(spec.scripts ?? []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
