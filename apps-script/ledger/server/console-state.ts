import type { BilingualText } from '../../../shared/domain/bilingual-text.ts';
import type { Role } from '../../../shared/domain/role.ts';
import type { Side } from '../../../shared/domain/side.ts';
import type { SignOffProcedure } from '../../../shared/domain/sign-off-procedure.ts';
import type { Workplan } from '../../../shared/domain/workplan.ts';
import type { Language } from '../../../shared/i18n/language.ts';
import { bilingualMessage } from '../../../shared/i18n/translate.ts';
import type { Finding } from '../../../shared/rules/finding.ts';
import { type DashboardRow, dashboardRows } from '../../../shared/ledger/views/index.ts';
import type { ConsoleError } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';
import { procedureAgreement } from './console-procedure.ts';
import { userLanguage } from './user-language.ts';
import { type DigestRecipient, digestRecipients, isWeeklyEmailOn } from './console-weekly-email.ts';
import { type VerdictCriterionEvidence, verdictEvidence } from './console-verdict.ts';
import { commitmentMatches, type OutreachCoverage, outreachCoverage, type RegistryCoverage, registryCoverage } from './console-stakeholders.ts';
import type { OutreachActivity } from '../../../shared/domain/outreach-activity.ts';
import type { Stakeholder } from '../../../shared/domain/stakeholder.ts';
import { type ConsoleMeeting, consoleMeetings, repositoryDocuments, suggestedChair } from './console-meetings.ts';

export type ConsoleMember = { id: string; name: string; org: string; side: Side; roles: Role[]; issuedAt: string; revokedAt?: string };

export type ConsoleProposal = {
  id: string;
  text: string;
  channel: string;
  submittedBy?: string;
  submittedAt: string;
  disposition: string;
  response?: BilingualText;
  docUrl?: string;
  needsResponse: boolean;
  hasResponse: boolean;
};

/** Everything the console shows, in one answer: the sidebar asks again after each write. */
export type ConsoleState =
  | {
      ok: true;
      language: Language;
      today: string;
      me?: ConsoleMember;
      members: ConsoleMember[];
      procedure?: SignOffProcedure;
      agreement: { government?: { name: string; at: string }; csn?: { name: string; at: string } };
      workplan?: Workplan;
      findings: Finding[];
      proposals: ConsoleProposal[];
      coverage: { owing: number; responded: number };
      head: { seq: number; hash: string };
      dashboard: DashboardRow[];
      weeklyEmail: boolean;
      digestRecipients: DigestRecipient[];
      criteria: VerdictCriterionEvidence[];
      verdict?: { outcome: string; issuedAt: string };
      stakeholders: Stakeholder[];
      coverageByGroup: RegistryCoverage;
      matches: ReturnType<typeof commitmentMatches>;
      outreach: OutreachActivity[];
      outreachCoverage: OutreachCoverage;
      meetings: ConsoleMeeting[];
      suggestedChair: string;
      repository: ReturnType<typeof repositoryDocuments>;
    }
  | { ok: false; language: Language; errors: ConsoleError[] };

/** Console: the state the sidebar renders. Token hashes never leave the sheet. */
export function consoleState(): ConsoleState {
  const language = userLanguage();
  const user = consoleUser();
  if (!user.ok) return { ok: false, language, errors: [{ path: '', message: bilingualMessage(user.reason) }] };
  const records = readMemberRecords();
  const ledger = readConsoleLedger();
  if (!ledger.ok) return { ok: false, language, errors: [{ path: '', message: bilingualMessage('console.error.logUnreadable') }] };
  const { views } = ledger;
  const publicMember = ({ record }: (typeof records)[number]): ConsoleMember => ({
    id: record.id,
    name: record.name,
    org: record.org,
    side: record.side,
    roles: [...record.roles],
    issuedAt: record.issuedAt,
    ...(record.revokedAt === undefined ? {} : { revokedAt: record.revokedAt }),
  });
  const me = consoleMember(user.email, records);
  const dashboard = views.dashboard;
  return {
    ok: true,
    language,
    today: ledger.today,
    ...(me ? { me: publicMember({ row: 0, record: me }) } : {}),
    members: records.map(publicMember),
    ...(views.records.procedure ? { procedure: views.records.procedure } : {}),
    agreement: procedureAgreement(views),
    ...(views.records.workplan ? { workplan: views.records.workplan } : {}),
    findings: dashboard.findings,
    proposals: views.proposals.map(({ proposal, needsResponse, hasResponse }) => ({
      id: proposal.id,
      text: proposal.text,
      channel: proposal.channel,
      ...(proposal.submittedBy === undefined ? {} : { submittedBy: proposal.submittedBy }),
      submittedAt: proposal.submittedAt,
      disposition: proposal.disposition,
      ...(proposal.reasonedResponse ? { response: proposal.reasonedResponse.text } : {}),
      ...(proposal.reasonedResponse?.docUrl ? { docUrl: proposal.reasonedResponse.docUrl } : {}),
      needsResponse,
      hasResponse,
    })),
    coverage: { owing: dashboard.proposals.owingResponse, responded: dashboard.proposals.responded },
    head: dashboard.head,
    dashboard: dashboardRows(dashboard),
    weeklyEmail: isWeeklyEmailOn(),
    digestRecipients: digestRecipients(records, language),
    criteria: verdictEvidence(views, SpreadsheetApp.getActive().getUrl()),
    ...(dashboard.verdict ? { verdict: dashboard.verdict } : {}),
    stakeholders: views.stakeholders,
    coverageByGroup: registryCoverage(views.stakeholders),
    matches: commitmentMatches(views),
    outreach: views.outreach,
    outreachCoverage: outreachCoverage(views.outreach),
    meetings: consoleMeetings(views),
    suggestedChair: suggestedChair(views),
    repository: repositoryDocuments(views),
  };
}
