import type { CsnSignOffState, GovernmentSignOffState, SignOff } from '../domain/sign-off.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';

const GOVERNMENT_DECISIONS: readonly GovernmentSignOffState[] = ['approved', 'approved_with_changes', 'declined'];
const CSN_POSITIONS: readonly CsnSignOffState[] = ['endorse', 'endorse_with_reservations', 'decline_to_endorse'];

function isGovernmentDecision(signOff: SignOff, commitmentId: string, approves: boolean): boolean {
  if (signOff.track !== 'government' || signOff.subject.kind !== 'commitment' || signOff.subject.id !== commitmentId) {
    return false;
  }
  return approves ? signOff.state === 'approved' || signOff.state === 'approved_with_changes' : signOff.state === 'declined';
}

/**
 * R20 (error), decision rights, as the records show them (the ledger also refuses such events by
 * role when they arrive):
 * - a government decision (approved / declined) is recorded by a government member with the
 *   government signatory role, a CSN position (endorse / decline to endorse) by a CSN member with the
 *   CSN signatory role, and a partnership verdict by a CSN member (when the record says who);
 * - a commitment marked included or not included has a government decision that says so: only the
 *   government sets inclusion.
 */
export function checkDecisionRights(records: PlanRecords): Finding[] {
  const findings: Finding[] = [];
  records.signOffs.forEach((signOff, s) => {
    const { signerRole, recordedBy } = signOff;
    if (signOff.track === 'government' && GOVERNMENT_DECISIONS.includes(signOff.state)) {
      if (recordedBy !== undefined && recordedBy.side !== 'government') {
        findings.push(makeFinding('R20', 'error', `signOffs[${s}].recordedBy`, 'rules.R20.governmentDecisionByOtherSide'));
      }
      if (signerRole !== undefined && signerRole !== 'gov_signatory') {
        findings.push(makeFinding('R20', 'error', `signOffs[${s}].signerRole`, 'rules.R20.governmentDecisionByOtherRole'));
      }
    }
    if (signOff.track === 'csn' && CSN_POSITIONS.includes(signOff.state)) {
      if (recordedBy !== undefined && recordedBy.side !== 'csn') {
        findings.push(makeFinding('R20', 'error', `signOffs[${s}].recordedBy`, 'rules.R20.csnPositionByOtherSide'));
      }
      if (signerRole !== undefined && signerRole !== 'csn_signatory') {
        findings.push(makeFinding('R20', 'error', `signOffs[${s}].signerRole`, 'rules.R20.csnPositionByOtherRole'));
      }
    }
  });
  records.verdicts.forEach((verdict, v) => {
    if (verdict.issuedBy !== undefined && verdict.issuedBy.side !== 'csn') {
      findings.push(makeFinding('R20', 'error', `verdicts[${v}].issuedBy`, 'rules.R20.verdictByOtherSide'));
    }
  });
  records.commitments.forEach((commitment, c) => {
    const decision = commitment.inclusionDecision;
    if (decision === 'pending') return;
    const approves = decision === 'included';
    if (!records.signOffs.some((signOff) => isGovernmentDecision(signOff, commitment.id, approves))) {
      findings.push(
        makeFinding(
          'R20',
          'error',
          `commitments[${c}].inclusionDecision`,
          approves ? 'rules.R20.includedWithoutDecision' : 'rules.R20.excludedWithoutDecision',
          { code: commitment.code },
        ),
      );
    }
  });
  return findings;
}
