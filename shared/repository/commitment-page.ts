import type { Commitment } from '../domain/commitment.ts';
import type { IrmAssessment } from '../domain/irm-assessment.ts';
import type { Language } from '../i18n/language.ts';
import { translate } from '../i18n/translate.ts';
import type { IndicatorView, IrmView } from '../ledger/views/ledger-views.ts';
import type { SiteData } from './site-data.ts';
import { escapeHtml, label, paragraphs, pick, t, when } from './site-text.ts';

/** Where a commitment's page lives inside a language folder. */
export function commitmentFile(code: string): string {
  return `commitments/${code.toLowerCase()}.html`;
}

/** The IRM's findings as a definition list; `null` where the IRM has not reported. */
export function irmFindings(view: IrmView | undefined, lang: Language): string {
  const rows: Array<[string, string]> = [];
  const review: IrmAssessment | undefined = view?.review;
  const results: IrmAssessment | undefined = view?.results;
  if (review) {
    const source = review.reportUrl ? ` (<a href="${escapeHtml(review.reportUrl)}">${t('publicrecord.irm.report.action_plan_review', lang)}</a>)` : '';
    if (review.verifiable) rows.push([t('publicrecord.irm.verifiable', lang), label('publicrecord.irm.verifiable', review.verifiable, lang) + source]);
    if (review.relevant !== undefined) {
      const values = (review.values ?? []).map((v) => label('domain.ogpValue', v, lang)).join(', ');
      rows.push([t('publicrecord.irm.relevant', lang), `${t(review.relevant ? 'publicrecord.yes' : 'publicrecord.no', lang)}${values ? ` — ${values}` : ''}`]);
    }
    if (review.potentialForResults) rows.push([t('publicrecord.irm.potential', lang), label('publicrecord.irm.potential', review.potentialForResults, lang)]);
    if (review.promising !== undefined) rows.push([t('publicrecord.irm.promising', lang), t(review.promising ? 'publicrecord.yes' : 'publicrecord.no', lang)]);
  }
  if (results) {
    const source = results.reportUrl ? ` (<a href="${escapeHtml(results.reportUrl)}">${t('publicrecord.irm.report.results_report', lang)}</a>)` : '';
    if (results.completion) rows.push([t('publicrecord.irm.completion', lang), label('publicrecord.irm.completion', results.completion, lang) + source]);
    if (results.didItOpenGovernment) rows.push([t('publicrecord.irm.dioG', lang), label('publicrecord.irm.dioG', results.didItOpenGovernment, lang)]);
  }
  if (rows.length === 0) return `<p>${t('publicrecord.site.irm.none', lang)}</p>`;
  const summaries = [review?.summary, results?.summary].map((s) => pick(s, lang)).filter((s) => s !== '');
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>${summaries.map((s) => `<p>${s}</p>`).join('')}`;
}

/** The tracker's latest status of one indicator, with its period. */
export function latestStatus(indicator: IndicatorView, lang: Language): string {
  const update = indicator.latestUpdate;
  if (!update) return t('publicrecord.site.progress.none', lang);
  return `${label('domain.trackerStatus', update.status, lang)} <span class="muted">(${escapeHtml(update.reportingPeriod)})</span>`;
}

/** One commitment: the plan's own record, its milestones and indicators with the tracker's latest status, the IRM's findings, its sign-offs. */
export function commitmentPage(commitment: Commitment, data: SiteData, lang: Language): { title: string; body: string } {
  const { views } = data;
  const field = (key: Parameters<typeof t>[0], text: Commitment['description'] | undefined) => {
    const html = paragraphs(pick(text, lang));
    return html ? `<h2>${t(key, lang)}</h2>${html}` : '';
  };
  const indicators = views.indicators.filter((i) => i.commitmentId === commitment.id);
  const milestones = [...commitment.milestones]
    .map((milestone) => {
      const rows = indicators
        .filter((i) => i.milestoneCode === milestone.code)
        .map(
          (i) =>
            `<tr><th scope="row">${escapeHtml(i.indicator.code)}</th><td>${pick(i.indicator.text, lang)}</td><td>${pick(i.indicator.deadline, lang)}</td><td>${i.indicator.leadDept.map(escapeHtml).join(', ')}</td><td>${latestStatus(i, lang)}</td></tr>`,
        )
        .join('');
      const table = rows
        ? `<table><caption>${t('publicrecord.site.commitment.indicatorsOf', lang, { code: milestone.code })}</caption><thead><tr><th scope="col">${t('publicrecord.site.col.code', lang)}</th><th scope="col">${t('publicrecord.site.col.indicator', lang)}</th><th scope="col">${t('publicrecord.site.col.deadline', lang)}</th><th scope="col">${t('publicrecord.site.col.lead', lang)}</th><th scope="col">${t('publicrecord.site.col.latest', lang)}</th></tr></thead><tbody>${rows}</tbody></table>`
        : '';
      return `<h3>${escapeHtml(milestone.code)} — ${pick(milestone.text, lang)}</h3>${table}`;
    })
    .join('\n');
  const signOffs = views.signOffs.filter((s) => s.subjectKind === 'commitment' && s.subjectId === commitment.id);
  const signOffRows = signOffs
    .map(
      (s) =>
        `<tr><td>${label('domain.signOffTrack', s.track, lang)}</td><td>${label(`domain.${s.track === 'government' ? 'governmentSignOffState' : s.track === 'csn' ? 'csnSignOffState' : 'msfSignOffState'}`, s.latest.state, lang)}</td><td>${when(s.recordedAt)}</td><td>${t(s.isChangedSinceSigned ? 'publicrecord.site.signoffs.changed' : 'publicrecord.site.signoffs.current', lang)}</td></tr>`,
    )
    .join('');
  const facts: Array<[string, string]> = [
    [t('publicrecord.site.commitment.decision', lang), label('domain.inclusionDecision', commitment.inclusionDecision, lang)],
    [t('publicrecord.site.commitment.values', lang), commitment.ogpValues.map((v) => label('domain.ogpValue', v, lang)).join(', ')],
    [t('publicrecord.site.commitment.lead', lang), commitment.leadInstitutions.map(escapeHtml).join(', ')],
    [t('publicrecord.site.commitment.support', lang), commitment.supportInstitutions.map(escapeHtml).join(', ')],
    [t('publicrecord.site.commitment.dates', lang), commitment.startDate || commitment.endDate ? `${when(commitment.startDate)} – ${when(commitment.endDate)}` : ''],
  ].filter(([, v]) => v !== '') as Array<[string, string]>;
  const body = [
    `<p class="breadcrumb"><a href="../commitments.html">${t('publicrecord.site.nav.commitments', lang)}</a></p>`,
    `<h1>${escapeHtml(commitment.code)} — ${pick(commitment.title, lang)}</h1>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    field('publicrecord.site.commitment.issue', commitment.issueToBeAddressed),
    field('publicrecord.site.commitment.description', commitment.description),
    field('publicrecord.site.commitment.theory', commitment.theoryOfChange),
    field('publicrecord.site.commitment.rationale', commitment.valuesRationale),
    `<h2>${t('publicrecord.site.commitment.milestones', lang)}</h2>`,
    milestones || `<p>${t('publicrecord.site.none', lang)}</p>`,
    `<h2>${t('publicrecord.site.nav.irm', lang)}</h2>`,
    irmFindings(views.irm.find((v) => v.commitmentId === commitment.id), lang),
    `<h2>${t('publicrecord.site.nav.signoffs', lang)}</h2>`,
    signOffRows
      ? `<table><caption>${t('publicrecord.site.signoffs.of', lang, { code: commitment.code })}</caption><thead><tr><th scope="col">${t('publicrecord.site.col.track', lang)}</th><th scope="col">${t('publicrecord.site.col.state', lang)}</th><th scope="col">${t('publicrecord.site.col.recorded', lang)}</th><th scope="col">${t('publicrecord.site.col.version', lang)}</th></tr></thead><tbody>${signOffRows}</tbody></table>`
      : `<p>${t('publicrecord.site.none', lang)}</p>`,
  ].join('\n');
  return { title: `${commitment.code} — ${commitment.title[lang] || commitment.title[lang === 'en' ? 'fr' : 'en']}`, body };
}

/** The list of commitments, each with its decision, the tracker's latest statuses and the IRM's headline findings. */
export function commitmentsPage(data: SiteData, lang: Language): { title: string; body: string } {
  const { views } = data;
  const rows = views.commitments
    .map(({ commitment }) => {
      const irm = views.irm.find((v) => v.commitmentId === commitment.id);
      const statuses = irm
        ? (['NS', 'LP', 'SP', 'C'] as const)
            .filter((s) => irm.tracker.statuses[s])
            .map((s) => t('exports.notes.labelValue', lang, { label: translate(`domain.trackerStatus.${s}`, lang), value: irm.tracker.statuses[s]! }))
            .join('<br>')
        : '';
      const design = irm?.review?.potentialForResults ? label('publicrecord.irm.potential', irm.review.potentialForResults, lang) : '';
      const done = irm?.results?.completion ? label('publicrecord.irm.completion', irm.results.completion, lang) : '';
      return `<tr><th scope="row"><a href="${commitmentFile(commitment.code)}">${escapeHtml(commitment.code)}</a></th><td>${pick(commitment.title, lang)}</td><td>${label('domain.inclusionDecision', commitment.inclusionDecision, lang)}</td><td>${statuses || t('publicrecord.site.progress.none', lang)}</td><td>${design}</td><td>${done}</td></tr>`;
    })
    .join('');
  const body = [
    `<h1>${t('publicrecord.site.nav.commitments', lang)}</h1>`,
    rows
      ? `<table><caption>${t('publicrecord.site.commitments.caption', lang)}</caption><thead><tr><th scope="col">${t('publicrecord.site.col.code', lang)}</th><th scope="col">${t('publicrecord.site.col.title', lang)}</th><th scope="col">${t('publicrecord.site.commitment.decision', lang)}</th><th scope="col">${t('publicrecord.site.col.tracker', lang)}</th><th scope="col">${t('publicrecord.irm.potential', lang)}</th><th scope="col">${t('publicrecord.irm.completion', lang)}</th></tr></thead><tbody>${rows}</tbody></table>`
      : `<p>${t('publicrecord.site.none', lang)}</p>`,
  ].join('\n');
  return { title: translate('publicrecord.site.nav.commitments', lang), body };
}
