import { canonicalJson } from '../../../shared/domain/canonical-json.ts';
import type { SignOffProcedure, SignOffStep } from '../../../shared/domain/sign-off-procedure.ts';
import type { MemberRecord } from '../../../shared/ledger/members-codec.ts';
import type { LedgerViews } from '../../../shared/ledger/views/index.ts';
import { appendAsConsole, type ConsoleAnswer, type ConsoleError, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';
import { MEMBERS_TAB } from './ledger-tabs.ts';
import { resolveMember } from './resolve-member.ts';
import { sha256Hex } from './sha256-hex.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { bilingualMessage } from '../../../shared/i18n/translate.ts';

type SideInput = { signerEn?: unknown; signerFr?: unknown; minDays?: unknown };
export type ProcedureInput = { government?: SideInput; csn?: SideInput; decisionEn?: unknown; decisionFr?: unknown };
type AgreeingSide = 'government' | 'csn';

/**
 * The version both sides agree to: the procedure's terms without its state, so recording it as agreed
 * keeps the hash the signatories signed, and any change of terms asks them again.
 */
export function procedureVersionHash(procedure: SignOffProcedure): string {
  const { state: _state, ...terms } = procedure;
  const { agreedAt: _agreedAt, ...unsigned } = terms as typeof terms & { agreedAt?: string };
  return sha256Hex(canonicalJson(unsigned));
}

/** Who agreed the current terms for each side: the latest concluded sign-off of that track on this version. */
export function procedureAgreement(views: LedgerViews): Partial<Record<AgreeingSide, { name: string; at: string }>> {
  const procedure = views.records.procedure;
  if (!procedure) return {};
  const hash = procedureVersionHash(procedure);
  const out: Partial<Record<AgreeingSide, { name: string; at: string }>> = {};
  for (const view of views.signOffs) {
    if (view.subjectKind !== 'procedure' || view.subjectId !== procedure.id || view.latest.versionHash !== hash) continue;
    if (view.track === 'government' && view.latest.state === 'approved') out.government = { name: view.recordedBy.name, at: view.recordedAt };
    if (view.track === 'csn' && view.latest.state === 'endorse') out.csn = { name: view.recordedBy.name, at: view.recordedAt };
  }
  return out;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function sideSteps(side: AgreeingSide, input: SideInput | undefined, errors: ConsoleError[]): SignOffStep[] {
  const en = text(input?.signerEn);
  const fr = text(input?.signerFr);
  if (en === '' && fr === '') errors.push({ path: `${side}.signer`, message: bilingualMessage('console.procedure.error.signer') });
  const raw = text(input?.minDays);
  const days = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(days >= 1 && days <= 365)) errors.push({ path: `${side}.minDays`, message: bilingualMessage('console.procedure.error.minDays') });
  return [{ label: { en, fr }, signerRole: side === 'government' ? 'gov_signatory' : 'csn_signatory', minReviewDays: days }];
}

function requireCoordinator(): { ok: true; member: MemberRecord } | { ok: false; answer: ConsoleAnswer } {
  const user = consoleUser();
  if (!user.ok) return { ok: false, answer: refused(user.reason) };
  const member = consoleMember(user.email, readMemberRecords());
  if (!member) return { ok: false, answer: refused('console.error.notLinked') };
  return { ok: true, member };
}

/**
 * Console › Procedure: the coordinator proposes the terms (one signing step per side with its minimum
 * review days, and how decisions are made) as a `procedure.agreed` event in state `draft`. Changed terms
 * are a new version: agreements recorded on the old one no longer count.
 */
export function consoleProposeProcedure(input: ProcedureInput): ConsoleAnswer {
  const who = requireCoordinator();
  if (!who.ok) return who.answer;
  const errors: ConsoleError[] = [];
  const govSteps = sideSteps('government', input?.government, errors);
  const csnSteps = sideSteps('csn', input?.csn, errors);
  if (errors.length > 0) return { ok: false, errors };
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const decisionMaking = { en: text(input?.decisionEn), fr: text(input?.decisionFr) };
  const procedure: SignOffProcedure = {
    id: ledger.views.records.procedure?.id ?? Utilities.getUuid(),
    govSteps,
    csnSteps,
    ...(decisionMaking.en === '' && decisionMaking.fr === '' ? {} : { decisionMaking }),
    state: 'draft',
  };
  return appendAsConsole(who.member, [{ type: 'procedure.agreed', payload: { procedure } }]);
}

/**
 * Console › Procedure: one side's signatory agrees the current terms (`signoff.recorded` on the
 * procedure's version: `approved` on the government track, `endorse` on the CSN's). The signatory is the
 * console's coordinator if they hold that side's signatory role, or whoever's member token is typed in,
 * so a signatory of the other side signs as themselves. The authorisation (R20) decides. Once both sides
 * agreed this version, the coordinator's `procedure.agreed` in state `agreed` follows, and R17 is met.
 */
export function consoleAgreeProcedure(input: { side?: unknown; token?: unknown }): ConsoleAnswer {
  const who = requireCoordinator();
  if (!who.ok) return who.answer;
  const side = input?.side;
  if (side !== 'government' && side !== 'csn') return refused('schema.notAllowed', { values: 'government, csn' }, 'side');
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const procedure = ledger.views.records.procedure;
  if (!procedure) return refused('console.procedure.error.nothingToAgree');
  const token = text(input?.token);
  let signer = who.member;
  if (token !== '') {
    const [rows = []] = readTabs(ledgerSpreadsheetId(), [MEMBERS_TAB]);
    const found = resolveMember(rows, token);
    if (!found) return refused('console.procedure.error.badToken', undefined, 'token');
    signer = found;
  }
  const signOff = {
    id: Utilities.getUuid(),
    subject: { kind: 'procedure', id: procedure.id },
    versionHash: procedureVersionHash(procedure),
    track: side,
    state: side === 'government' ? 'approved' : 'endorse',
    signerRole: side === 'government' ? 'gov_signatory' : 'csn_signatory',
  };
  const signed = appendAsConsole(signer, [{ type: 'signoff.recorded', payload: signOff }], token === '' ? { member: signer } : { token });
  if (!signed.ok) return signed;
  const after = readConsoleLedger();
  if (!after.ok || procedure.state === 'agreed') return signed;
  const agreement = procedureAgreement(after.views);
  if (!agreement.government || !agreement.csn) return signed;
  const { state: _draft, ...terms } = procedure;
  return appendAsConsole(who.member, [{ type: 'procedure.agreed', payload: { procedure: { ...terms, state: 'agreed', agreedAt: new Date().toISOString() } } }]);
}
