import type { BilingualText } from '../../../shared/domain/bilingual-text.ts';
import type { EvidenceLink, PartnershipVerdict, VerdictOutcome } from '../../../shared/domain/partnership-verdict.ts';
import { bilingualMessage } from '../../../shared/i18n/translate.ts';
import type { LedgerViews } from '../../../shared/ledger/views/index.ts';
import type { RuleCode } from '../../../shared/rules/finding.ts';
import { appendAsConsole, type ConsoleAnswer, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';
import { MEMBERS_TAB } from './ledger-tabs.ts';
import { resolveMember } from './resolve-member.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

/** One condition of partnership the CSN weighs, with what the ledger shows about it. */
export type VerdictCriterionEvidence = {
  key: 'windows' | 'chairs' | 'notes' | 'responses';
  label: BilingualText;
  /** What the ledger says, in a sentence per language. */
  summary: BilingualText;
  /** `conditions_met` when the rule finds nothing, else `partially_met`: a suggestion, the CSN decides. */
  suggested: VerdictOutcome;
  evidence: EvidenceLink[];
};

const CRITERIA = [
  ['windows', 'R17', 'console.verdict.criterion.windows'],
  ['chairs', 'R18', 'console.verdict.criterion.chairs'],
  ['notes', 'R12', 'console.verdict.criterion.notes'],
  ['responses', 'R9', 'console.verdict.criterion.responses'],
] as const satisfies ReadonlyArray<readonly [VerdictCriterionEvidence['key'], RuleCode, string]>;

/**
 * The CSN's criteria (ogp-domain §3.12) with the ledger's evidence: how many findings the matching
 * rule has (R17 windows, R18 chairs, R12 notes, R9 responses), and links to the ledger itself and to
 * every published set of notes and reasoned response.
 */
export function verdictEvidence(views: LedgerViews, ledgerUrl: string): VerdictCriterionEvidence[] {
  const findings = views.dashboard.findings;
  const ledger: EvidenceLink = { label: 'Cocreate ledger', url: ledgerUrl };
  return CRITERIA.map(([key, rule, labelKey]) => {
    const count = findings.filter((f) => f.rule === rule && (key !== 'windows' || f.path.includes('indow'))).length;
    const links: EvidenceLink[] = [ledger];
    if (key === 'notes') for (const m of views.meetings) if (m.meeting.notesUrl) links.push({ label: m.meeting.title, url: m.meeting.notesUrl });
    if (key === 'responses') for (const p of views.proposals) if (p.proposal.reasonedResponse?.docUrl) links.push({ label: p.proposal.id, url: p.proposal.reasonedResponse.docUrl });
    return {
      key,
      label: bilingualMessage(labelKey),
      summary: bilingualMessage(count === 0 ? 'console.verdict.noFinding' : count === 1 ? 'console.verdict.finding' : 'console.verdict.findings', { rule, count }),
      suggested: count === 0 ? 'conditions_met' : 'partially_met',
      evidence: links.slice(0, 20),
    };
  });
}

export type VerdictInput = { assessments?: unknown; verdict?: unknown; rationaleEn?: unknown; rationaleFr?: unknown; token?: unknown };

const OUTCOMES = new Set(['conditions_met', 'partially_met', 'not_met']);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Console › Verdict: the CSN's partnership verdict (`verdict.issued`), with an assessment per criterion
 * and the ledger's evidence attached. Only a CSN signatory issues it (R20): the console's coordinator if
 * they are one, or whoever's member token is typed in. The rationale is published, so both languages.
 */
export function consoleIssueVerdict(input: VerdictInput): ConsoleAnswer {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const me = consoleMember(user.email, readMemberRecords());
  if (!me) return refused('console.error.notLinked');
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const criteria = verdictEvidence(ledger.views, SpreadsheetApp.getActive().getUrl());
  const given = Array.isArray(input?.assessments) ? input.assessments : [];
  const bad = criteria.findIndex((_c, i) => !OUTCOMES.has(String(given[i])));
  if (bad >= 0) return refused('console.verdict.error.assessment', undefined, `assessments[${bad}]`);
  if (!OUTCOMES.has(String(input?.verdict))) return refused('console.verdict.error.assessment', undefined, 'verdict');
  const rationale = { en: text(input?.rationaleEn), fr: text(input?.rationaleFr) };
  if (rationale.en === '' || rationale.fr === '') return refused('console.verdict.error.rationale', undefined, rationale.en === '' ? 'rationale.en' : 'rationale.fr');
  const token = text(input?.token);
  let signer = me;
  if (token !== '') {
    const [rows = []] = readTabs(ledgerSpreadsheetId(), [MEMBERS_TAB]);
    const found = resolveMember(rows, token);
    if (!found) return refused('console.procedure.error.badToken', undefined, 'token');
    signer = found;
  }
  const records = ledger.views.records;
  const verdict: PartnershipVerdict = {
    id: Utilities.getUuid(),
    // The plan the process was for: the action plan if the ledger knows it, else the work plan's.
    planId: records.plan?.id ?? records.workplan?.planId ?? records.workplan?.id ?? 'action-plan',
    criteria: criteria.map((c, i) => ({ label: c.label, assessment: String(given[i]) as VerdictOutcome, evidence: c.evidence })),
    verdict: String(input?.verdict) as VerdictOutcome,
    rationale,
    issuedAt: new Date().toISOString(),
  };
  return appendAsConsole(signer, [{ type: 'verdict.issued', payload: { verdict } }], token === '' ? { member: signer } : { token });
}
