import { ProposalDisposition } from '../../../shared/domain/proposal.ts';
import { appendAsConsole, type ConsoleAnswer, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';

export type DispositionInput = { proposalId?: unknown; disposition?: unknown; responseEn?: unknown; responseFr?: unknown; docUrl?: unknown };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const NO_RESPONSE_OWED = new Set(['pending', 'adopted']);

/**
 * Console › Proposals: the forum's answer to one proposal (`proposal.disposed`), by a coordinator (R9).
 * The payload would take a response in one language; the console asks for both, since the response is
 * published and Canada publishes in English and French of equal quality (R6).
 */
export function consoleDisposeProposal(input: DispositionInput): ConsoleAnswer {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const member = consoleMember(user.email, readMemberRecords());
  if (!member) return refused('console.error.notLinked');
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const proposalId = text(input?.proposalId);
  if (!ledger.views.proposals.some((view) => view.proposal.id === proposalId)) return refused('schema.required', undefined, 'proposalId');
  const disposition = ProposalDisposition.safeParse(input?.disposition);
  if (!disposition.success) return refused('schema.notAllowed', { values: ProposalDisposition.options.join(', ') }, 'disposition');
  const en = text(input?.responseEn);
  const fr = text(input?.responseFr);
  const docUrl = text(input?.docUrl);
  const owes = !NO_RESPONSE_OWED.has(disposition.data);
  if (owes && (en === '' || fr === '')) return refused('console.proposals.error.bothLanguages', undefined, en === '' ? 'response.text.en' : 'response.text.fr');
  const hasResponse = en !== '' || fr !== '';
  const payload = {
    proposalId,
    disposition: disposition.data,
    ...(hasResponse ? { response: { text: { en, fr }, ...(docUrl === '' ? {} : { docUrl }) } } : {}),
  };
  return appendAsConsole(member, [{ type: 'proposal.disposed', payload }]);
}
