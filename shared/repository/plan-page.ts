import type { Language } from '../i18n/language.ts';
import { translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { SiteData } from './site-data.ts';
import { commitmentFile } from './commitment-page.ts';
import { escapeHtml, label, pick, t, when } from './site-text.ts';

/** The plan: its title, period and status, and what the repository holds (the menu's sections, counted). */
export function planPage(data: SiteData, lang: Language): { title: string; body: string } {
  const { views } = data;
  const plan = views.records.plan;
  const title = plan ? pick(plan.title, lang) : t('publicrecord.site.plan.untitled', lang);
  const facts: Array<[string, string]> = plan
    ? [
        [t('publicrecord.site.plan.period', lang), `${when(plan.periodStart)} – ${when(plan.periodEnd)}`],
        [t('publicrecord.site.plan.status', lang), label('domain.actionPlanStatus', plan.status, lang)],
        [t('publicrecord.site.plan.periods', lang), plan.reportingPeriods.map(escapeHtml).join(', ')],
        ...(plan.submittedToOgpAt ? [[t('publicrecord.site.plan.submitted', lang), when(plan.submittedToOgpAt)] as [string, string]] : []),
        ...(plan.ogpUrl ? [[t('publicrecord.site.plan.ogp', lang), `<a href="${escapeHtml(plan.ogpUrl)}">${escapeHtml(plan.ogpUrl)}</a>`] as [string, string]] : []),
      ]
    : [];
  const published = views.meetings.filter((m) => m.meeting.notesStatus.en === 'published' || m.meeting.notesStatus.fr === 'published').length;
  const counts: Array<[string, string, number]> = [
    ['commitments.html', 'publicrecord.site.nav.commitments', views.commitments.length],
    ['meetings.html', 'publicrecord.site.count.meetings', published],
    ['proposals.html', 'publicrecord.site.count.proposals', views.proposals.length],
    ['sign-offs.html', 'publicrecord.site.count.signoffs', views.signOffs.length],
    ['progress.html', 'publicrecord.site.count.updates', views.updates.length],
    ['irm.html', 'publicrecord.site.count.irm', views.irm.filter((v) => v.review || v.results).length],
  ];
  const list = views.commitments
    .map(({ commitment }) => `<li><a href="${commitmentFile(commitment.code)}">${escapeHtml(commitment.code)} — ${pick(commitment.title, lang)}</a></li>`)
    .join('');
  const body = [
    `<h1>${title}</h1>`,
    `<p class="lead">${t('publicrecord.site.plan.intro', lang)}</p>`,
    facts.length > 0 ? `<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` : `<p>${t('publicrecord.site.plan.notRecorded', lang)}</p>`,
    `<h2>${t('publicrecord.site.plan.contents', lang)}</h2>`,
    `<ul class="counts">${counts.map(([file, key, n]) => `<li><a href="${file}">${t(key as MessageKey, lang)}</a> <span class="count">${n}</span></li>`).join('')}</ul>`,
    `<h2>${t('publicrecord.site.nav.commitments', lang)}</h2>`,
    list ? `<ul>${list}</ul>` : `<p>${t('publicrecord.site.none', lang)}</p>`,
  ].join('\n');
  return { title: plan ? plan.title[lang] : translate('publicrecord.site.plan.untitled', lang), body };
}
