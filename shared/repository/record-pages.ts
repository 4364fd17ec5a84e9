import type { Language } from '../i18n/language.ts';
import { translate } from '../i18n/translate.ts';
import type { SiteData } from './site-data.ts';
import { commitmentFile, irmFindings } from './commitment-page.ts';
import { escapeHtml, label, paragraphs, pick, t, when } from './site-text.ts';

type Page = { title: string; body: string };

const th = (text: string) => `<th scope="col">${text}</th>`;
const table = (caption: string, headers: string[], rows: string[]) =>
  `<table><caption>${caption}</caption><thead><tr>${headers.map(th).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;

/** Meetings as held, each with its published notes and the chain head printed in them. */
export function meetingsPage(data: SiteData, lang: Language): Page {
  const rows = data.views.meetings.map(({ meeting, attendanceBySide, cancelled }) => {
    const published = meeting.notesStatus[lang] === 'published' || meeting.notesStatus.en === 'published' || meeting.notesStatus.fr === 'published';
    const status = published && meeting.notesUrl ? `<a href="${escapeHtml(meeting.notesUrl)}">${t('publicrecord.site.meetings.notes', lang)}</a>` : label('domain.notesStatus', meeting.notesStatus[lang], lang);
    // A cancelled meeting owes no notes: the reason the coordinators gave, in the page's language, instead.
    const notes = cancelled ? `<strong class="cancelled">${escapeHtml(translate('gate.cancel.status', lang, { reason: cancelled.reason[lang] }))}</strong>` : status;
    const heads = data.notesHeads.filter((h) => h.meetingId === meeting.id).map((h) => `<code>${escapeHtml(h.hash)}</code>`);
    const attendance = `${attendanceBySide.government} / ${attendanceBySide.csn} / ${attendanceBySide.other}`;
    return `<tr><td>${when(meeting.heldAt ?? meeting.startsAt)}</td><th scope="row">${escapeHtml(meeting.title)}</th><td>${label('domain.meetingType', meeting.type, lang)}</td><td>${label('domain.chairSide', meeting.chairSide, lang)}</td><td>${label('domain.venueType', meeting.venueType, lang)}</td><td>${attendance}</td><td>${notes}</td><td class="hash">${heads.join('<br>')}</td></tr>`;
  });
  const body = [
    `<h1>${t('publicrecord.site.nav.meetings', lang)}</h1>`,
    `<p>${t('publicrecord.site.meetings.intro', lang)}</p>`,
    rows.length > 0
      ? table(t('publicrecord.site.meetings.caption', lang), [
          t('publicrecord.site.col.date', lang), t('publicrecord.site.col.title', lang), t('publicrecord.site.col.type', lang), t('publicrecord.site.col.chair', lang),
          t('publicrecord.site.col.venue', lang), t('publicrecord.site.col.attendance', lang), t('publicrecord.site.col.notes', lang), t('publicrecord.site.col.notesHead', lang),
        ], rows)
      : `<p>${t('publicrecord.site.none', lang)}</p>`,
  ].join('\n');
  return { title: translate('publicrecord.site.nav.meetings', lang), body };
}

/** Every proposal as submitted (in its own language), its disposition and the forum's reasoned response. */
export function proposalsPage(data: SiteData, lang: Language): Page {
  const codes = new Map(data.views.commitments.map(({ commitment }) => [commitment.id, commitment.code]));
  const items = data.views.proposals.map(({ proposal, needsResponse }) => {
    const own = proposal.language ? ` lang="${proposal.language}"` : '';
    const response = proposal.reasonedResponse;
    const responseHtml = response
      ? `<h3>${t('publicrecord.site.proposals.response', lang)}</h3>${paragraphs(pick(response.text, lang))}${response.docUrl ? `<p><a href="${escapeHtml(response.docUrl)}">${t('publicrecord.site.proposals.responseDoc', lang)}</a></p>` : ''}`
      : needsResponse
        ? `<p class="warning">${t('publicrecord.site.proposals.owed', lang)}</p>`
        : '';
    const linked = proposal.linkedCommitments
      .map((id) => codes.get(id))
      .filter((code): code is string => code !== undefined)
      .map((code) => `<a href="${commitmentFile(code)}">${escapeHtml(code)}</a>`)
      .join(', ');
    const facts: Array<[string, string]> = [
      [t('publicrecord.site.col.date', lang), when(proposal.submittedAt)],
      [t('publicrecord.site.proposals.channel', lang), label('domain.proposalChannel', proposal.channel, lang)],
      ...(proposal.submittedBy ? [[t('publicrecord.site.proposals.by', lang), escapeHtml(proposal.submittedBy)] as [string, string]] : []),
      [t('publicrecord.site.proposals.disposition', lang), label('domain.disposition', proposal.disposition, lang)],
      ...(linked ? [[t('publicrecord.site.nav.commitments', lang), linked] as [string, string]] : []),
    ];
    const heading = proposal.theme ? escapeHtml(proposal.theme) : t('publicrecord.site.proposals.untitled', lang);
    return `<article class="record"><h2>${heading}</h2><dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl><blockquote${own}>${paragraphs(escapeHtml(proposal.text))}</blockquote>${responseHtml}</article>`;
  });
  const owed = data.views.proposals.filter((p) => p.needsResponse).length;
  const answered = data.views.proposals.filter((p) => p.needsResponse && p.hasResponse).length;
  const body = [
    `<h1>${t('publicrecord.site.nav.proposals', lang)}</h1>`,
    `<p>${t('publicrecord.site.proposals.coverage', lang, { answered, owed })}</p>`,
    items.length > 0 ? items.join('\n') : `<p>${t('publicrecord.site.none', lang)}</p>`,
  ].join('\n');
  return { title: translate('publicrecord.site.nav.proposals', lang), body };
}

/** Sign-offs on both tracks, by subject, and the CSN's verdict on the partnership. */
export function signOffsPage(data: SiteData, lang: Language): Page {
  const { views } = data;
  const codes = new Map(views.commitments.map(({ commitment }) => [commitment.id, commitment.code]));
  const stateKey = (track: string) => (track === 'government' ? 'domain.governmentSignOffState' : track === 'csn' ? 'domain.csnSignOffState' : 'domain.msfSignOffState');
  const rows = views.signOffs.map((s) => {
    const code = s.subjectKind === 'commitment' ? codes.get(s.subjectId) : undefined;
    const subject = code ? `<a href="${commitmentFile(code)}">${escapeHtml(code)}</a>` : escapeHtml(s.subjectId);
    const comment = s.latest.comment ? escapeHtml(s.latest.comment) : '';
    return `<tr><td>${label('domain.signOffSubjectKind', s.subjectKind, lang)}</td><th scope="row">${subject}</th><td>${label('domain.signOffTrack', s.track, lang)}</td><td>${label(stateKey(s.track), s.latest.state, lang)}</td><td>${when(s.recordedAt)}</td><td>${label('common.side', s.recordedBy.side, lang)}</td><td>${t(s.isChangedSinceSigned ? 'publicrecord.site.signoffs.changed' : 'publicrecord.site.signoffs.current', lang)}</td><td>${comment}</td></tr>`;
  });
  const verdicts = views.records.verdicts.map((verdict) => {
    const criteria = verdict.criteria
      .map((c) => `<li>${pick(c.label, lang)} — ${label('domain.verdictOutcome', c.assessment, lang)}${c.evidence.length > 0 ? ` (${c.evidence.map((e) => `<a href="${escapeHtml(e.url)}">${escapeHtml(e.label)}</a>`).join(', ')})` : ''}</li>`)
      .join('');
    return `<article class="record"><h3>${label('domain.verdictOutcome', verdict.verdict, lang)}</h3><p class="muted">${t('publicrecord.site.verdict.issued', lang, { date: when(verdict.issuedAt) })}</p>${paragraphs(pick(verdict.rationale, lang))}<ul>${criteria}</ul>${verdict.publishedDocUrl ? `<p><a href="${escapeHtml(verdict.publishedDocUrl)}">${t('publicrecord.site.verdict.doc', lang)}</a></p>` : ''}</article>`;
  });
  const body = [
    `<h1>${t('publicrecord.site.nav.signoffs', lang)}</h1>`,
    `<p>${t('publicrecord.site.signoffs.intro', lang)}</p>`,
    rows.length > 0
      ? table(t('publicrecord.site.signoffs.caption', lang), [
          t('publicrecord.site.col.subjectKind', lang), t('publicrecord.site.col.subject', lang), t('publicrecord.site.col.track', lang), t('publicrecord.site.col.state', lang),
          t('publicrecord.site.col.recorded', lang), t('publicrecord.site.col.side', lang), t('publicrecord.site.col.version', lang), t('publicrecord.site.col.comment', lang),
        ], rows)
      : `<p>${t('publicrecord.site.none', lang)}</p>`,
    `<h2>${t('publicrecord.site.verdict.title', lang)}</h2>`,
    verdicts.length > 0 ? verdicts.join('\n') : `<p>${t('publicrecord.site.verdict.none', lang)}</p>`,
  ].join('\n');
  return { title: translate('publicrecord.site.nav.signoffs', lang), body };
}

/** Progress as reported to Canada's tracker, latest reporting period first. */
export function progressPage(data: SiteData, lang: Language): Page {
  const periods = [...new Set(data.views.updates.map((u) => u.reportingPeriod))].sort().reverse();
  const sections = periods.map((period) => {
    const rows = data.views.updates
      .filter((u) => u.reportingPeriod === period)
      .map((u) => `<tr><th scope="row">${escapeHtml(u.indicatorCode)}</th><td>${label('domain.trackerStatus', u.status, lang)}</td><td>${paragraphs(pick(u.progress, lang)) || (lang === 'en' ? 'NIL' : 'NUL')}</td><td>${paragraphs(pick(u.evidence, lang))}</td><td>${paragraphs(pick(u.challenges, lang))}</td></tr>`);
    return `<h2>${escapeHtml(period)}</h2>${table(t('publicrecord.site.progress.caption', lang, { period }), [t('publicrecord.site.col.indicator', lang), t('publicrecord.site.col.state', lang), t('publicrecord.site.col.progress', lang), t('publicrecord.site.col.evidence', lang), t('publicrecord.site.col.challenges', lang)], rows)}`;
  });
  const body = [`<h1>${t('publicrecord.site.nav.progress', lang)}</h1>`, `<p>${t('publicrecord.site.progress.intro', lang)}</p>`, sections.length > 0 ? sections.join('\n') : `<p>${t('publicrecord.site.none', lang)}</p>`].join('\n');
  return { title: translate('publicrecord.site.nav.progress', lang), body };
}

/** The IRM's findings per commitment, beside the tracker's latest statuses. */
export function irmPage(data: SiteData, lang: Language): Page {
  const titles = new Map(data.views.commitments.map(({ commitment }) => [commitment.id, commitment.title]));
  const sections = data.views.irm.map((view) => {
    const statuses = (['NS', 'LP', 'SP', 'C'] as const).filter((s) => view.tracker.statuses[s]).map((s) => t('exports.notes.labelValue', lang, { label: translate(`domain.trackerStatus.${s}`, lang), value: view.tracker.statuses[s]! })).join(', ');
    const tracker = view.tracker.latestPeriod
      ? t('publicrecord.site.irm.tracker', lang, { period: view.tracker.latestPeriod, statuses: statuses })
      : t('publicrecord.site.irm.trackerNone', lang);
    return `<section aria-labelledby="irm-${escapeHtml(view.commitmentCode)}"><h2 id="irm-${escapeHtml(view.commitmentCode)}"><a href="${commitmentFile(view.commitmentCode)}">${escapeHtml(view.commitmentCode)}</a> — ${pick(titles.get(view.commitmentId), lang)}</h2>${irmFindings(view, lang)}<p>${tracker}</p></section>`;
  });
  const body = [`<h1>${t('publicrecord.site.nav.irm', lang)}</h1>`, `<p>${t('publicrecord.site.irm.intro', lang)}</p>`, sections.length > 0 ? sections.join('\n') : `<p>${t('publicrecord.site.none', lang)}</p>`].join('\n');
  return { title: translate('publicrecord.site.nav.irm', lang), body };
}

/** The verification page; its script (assets/verify.js) does the work in the reader's browser. */
export function verifyPage(data: SiteData, lang: Language): Page {
  const heads = [...new Set(data.notesHeads.map((h) => h.hash))];
  const body = [
    `<h1>${t('publicrecord.site.nav.verify', lang)}</h1>`,
    `<p>${t('publicrecord.site.verify.intro', lang)}</p>`,
    `<ol><li>${t('publicrecord.site.verify.step1', lang)}</li><li>${t('publicrecord.site.verify.step2', lang)}</li><li>${t('publicrecord.site.verify.step3', lang)}</li></ol>`,
    `<form id="verify-form" data-log="../ledger/events.jsonl" data-head="${escapeHtml(data.stamp.head.hash)}" data-notes-heads="${escapeHtml(heads.join(' '))}">`,
    `<p><label for="known-head">${t('publicrecord.site.verify.headLabel', lang)}</label><br><input id="known-head" name="known-head" type="text" size="66" spellcheck="false" autocomplete="off" aria-describedby="known-head-help"><br><span id="known-head-help" class="muted">${t('publicrecord.site.verify.headHelp', lang)}</span></p>`,
    `<p><label for="log-file">${t('publicrecord.site.verify.fileLabel', lang)}</label><br><input id="log-file" name="log-file" type="file" accept=".jsonl,application/x-ndjson,text/plain"></p>`,
    `<p><button type="submit">${t('publicrecord.site.verify.button', lang)}</button></p>`,
    '</form>',
    `<div id="verify-result" role="status" aria-live="polite"><p>${t('publicrecord.site.verify.waiting', lang)}</p></div>`,
    `<noscript><p>${t('publicrecord.site.verify.noscript', lang)}</p></noscript>`,
  ].join('\n');
  return { title: translate('publicrecord.site.nav.verify', lang), body };
}
