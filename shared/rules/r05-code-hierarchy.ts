import type { Commitment } from '../domain/commitment.ts';
import type { ProgressUpdate } from '../domain/progress-update.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';

/** `C01.1` is a child of `C01`; `C01.10` is not a child of `C01.1`. */
function isChildCode(child: string, parent: string): boolean {
  return child.startsWith(`${parent}.`) && !child.slice(parent.length + 1).includes('.');
}

/**
 * R5 (error), Canada's code hierarchy: a milestone code starts with its commitment's code
 * (`C01` → `C01.1`) and an indicator code with its milestone's (`C01.1` → `C01.1.1`); codes are
 * not reused within a commitment.
 */
export function checkCodeHierarchy(commitment: Commitment): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const checkUnique = (path: string, code: string) => {
    if (seen.has(code)) findings.push(makeFinding('R5', 'error', path, 'rules.R5.duplicateCode', { code }));
    seen.add(code);
  };
  commitment.milestones.forEach((milestone, m) => {
    const path = `milestones[${m}].code`;
    if (!isChildCode(milestone.code, commitment.code)) {
      findings.push(
        makeFinding('R5', 'error', path, 'rules.R5.milestonePrefix', { code: milestone.code, parent: commitment.code }),
      );
    }
    checkUnique(path, milestone.code);
    milestone.indicators.forEach((indicator, i) => {
      const indicatorPath = `milestones[${m}].indicators[${i}].code`;
      if (!isChildCode(indicator.code, milestone.code)) {
        findings.push(
          makeFinding('R5', 'error', indicatorPath, 'rules.R5.indicatorPrefix', { code: indicator.code, parent: milestone.code }),
        );
      }
      checkUnique(indicatorPath, indicator.code);
    });
  });
  return findings;
}

/** R5 across the plan: no two commitments share a code. */
export function checkCommitmentCodesUnique(commitments: readonly Commitment[]): Finding[] {
  const seen = new Set<string>();
  return commitments.flatMap((commitment, c) => {
    const isDuplicate = seen.has(commitment.code);
    seen.add(commitment.code);
    return isDuplicate
      ? [makeFinding('R5', 'error', `commitments[${c}].code`, 'rules.R5.duplicateCode', { code: commitment.code })]
      : [];
  });
}

/** R5 on a tracker row: its milestone belongs to its commitment and its indicator to its milestone. */
export function checkUpdateCodes(update: ProgressUpdate): Finding[] {
  const findings: Finding[] = [];
  if (!isChildCode(update.milestoneCode, update.commitmentCode)) {
    findings.push(
      makeFinding('R5', 'error', 'milestoneCode', 'rules.R5.milestonePrefix', {
        code: update.milestoneCode,
        parent: update.commitmentCode,
      }),
    );
  }
  if (!isChildCode(update.indicatorCode, update.milestoneCode)) {
    findings.push(
      makeFinding('R5', 'error', 'indicatorCode', 'rules.R5.indicatorPrefix', {
        code: update.indicatorCode,
        parent: update.milestoneCode,
      }),
    );
  }
  return findings;
}
