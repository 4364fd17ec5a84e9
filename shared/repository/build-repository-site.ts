import type { Language } from '../i18n/language.ts';
import type { StoredEvent } from '../ledger/event-catalogue.ts';
import type { LedgerViews } from '../ledger/views/ledger-views.ts';
import { commitmentFile, commitmentPage, commitmentsPage } from './commitment-page.ts';
import { planPage } from './plan-page.ts';
import { irmPage, meetingsPage, progressPage, proposalsPage, signOffsPage, verifyPage } from './record-pages.ts';
import { SITE_CSS } from './site-css.ts';
import { notesHeadsOf, type SiteData } from './site-data.ts';
import { type SectionId, sitePage, type SiteStamp } from './site-page.ts';
import { escapeHtml, t, when } from './site-text.ts';
import { eventLogFile } from './verify-log-file.ts';

/** One file of the site: its path from the site root and its text. */
export type SiteFile = { path: string; content: string };

export type RepositoryInput = {
  /** The ledger's views, folded from `events`. */
  views: LedgerViews;
  /** The whole event log as stored: published as `ledger/events.jsonl`. */
  events: readonly StoredEvent[];
  /** When the site was built (the coordinator's clock, passed in). */
  generatedAt: string;
  /** The verification page's script, built for browsers (the edges hand it in: shared/ cannot bundle). */
  verifierScript: string;
};

const LANGUAGES: readonly Language[] = ['en', 'fr'];
export const LOG_FILE = 'ledger/events.jsonl';

/**
 * The OGP repository (R12) as a static site, pure: records in, files out. Every page exists in
 * English and French under `en/` and `fr/`, each linking to its pair; each carries the chain head
 * and the date it was built from; the event log is a file beside them, and the verification page
 * recomputes its chain in the reader's browser. A bilingual landing page at the root.
 */
export function buildRepositorySite(input: RepositoryInput): SiteFile[] {
  const { views } = input;
  const stamp: SiteStamp = { head: views.dashboard.head, generatedAt: input.generatedAt };
  const data: SiteData = { views, notesHeads: notesHeadsOf(input.events), stamp };
  const files: SiteFile[] = [];
  for (const language of LANGUAGES) {
    const add = (path: string, section: SectionId, page: { title: string; body: string }, scripts?: string[]) =>
      files.push({ path: `${language}/${path}`, content: sitePage({ language, path: `${language}/${path}`, section, title: page.title, body: page.body, stamp, ...(scripts ? { scripts } : {}) }) });
    add('index.html', 'plan', planPage(data, language));
    add('commitments.html', 'commitments', commitmentsPage(data, language));
    for (const { commitment } of views.commitments) add(commitmentFile(commitment.code), 'commitments', commitmentPage(commitment, data, language));
    add('meetings.html', 'meetings', meetingsPage(data, language));
    add('proposals.html', 'proposals', proposalsPage(data, language));
    add('sign-offs.html', 'signoffs', signOffsPage(data, language));
    add('progress.html', 'progress', progressPage(data, language));
    add('irm.html', 'irm', irmPage(data, language));
    add('verify.html', 'verify', verifyPage(data, language), ['<script src="../assets/verify.js"></script>']);
  }
  files.unshift({ path: 'index.html', content: landingPage(data) });
  files.push({ path: 'assets/site.css', content: SITE_CSS.trimStart() });
  files.push({ path: 'assets/verify.js', content: input.verifierScript });
  files.push({ path: LOG_FILE, content: eventLogFile(input.events) });
  return files;
}

/** The root page: both languages side by side, as Canada's bilingual splash pages do. */
function landingPage(data: SiteData): string {
  const plan = data.views.records.plan;
  const column = (lang: Language) =>
    `<section lang="${lang}" aria-labelledby="landing-${lang}"><h2 id="landing-${lang}">${plan ? escapeHtml(plan.title[lang]) : t('publicrecord.site.name', lang)}</h2><p>${t('publicrecord.site.plan.intro', lang)}</p><p><a href="${lang}/index.html">${t('publicrecord.site.enter', lang)}</a></p><p class="muted">${t('publicrecord.site.stamp', lang, { seq: data.stamp.head.seq, date: when(data.stamp.generatedAt) })}</p></section>`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t('publicrecord.site.name', 'en')} / <span lang="fr">${t('publicrecord.site.name', 'fr')}</span></title>`.replace(/<span lang="fr">|<\/span>/g, ''),
    '<link rel="stylesheet" href="assets/site.css">',
    '</head>',
    '<body>',
    `<main id="main"><h1 class="landing-title">${t('publicrecord.site.name', 'en')} / <span lang="fr">${t('publicrecord.site.name', 'fr')}</span></h1><div class="landing">${column('en')}${column('fr')}</div>`,
    `<p class="landing-head"><span>${t('publicrecord.site.head', 'en')}</span> / <span lang="fr">${t('publicrecord.site.head', 'fr')}</span> <code class="head" data-head="${escapeHtml(data.stamp.head.hash)}">${escapeHtml(data.stamp.head.hash)}</code></p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
