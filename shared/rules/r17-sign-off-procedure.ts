import type { SignOffProcedure, SignOffStep } from '../domain/sign-off-procedure.ts';
import type { Finding } from './finding.ts';
import { daysBetween, dayOf } from './iso-date-math.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import type { RuleContext } from './rule-context.ts';
import { hasPlanReached } from './has-plan-reached.ts';

type SideTrack = 'government' | 'csn';

/** A side's steps run one after another, so its window must hold all their minimum days. */
function minimumDays(procedure: SignOffProcedure, track: SideTrack): number {
  const steps: readonly SignOffStep[] = track === 'government' ? procedure.govSteps : procedure.csnSteps;
  return steps.reduce((total, step) => total + step.minReviewDays, 0);
}

/**
 * R17 (error): the sign-off procedure is agreed by both sides before drafting starts (the work
 * plan's `drafting` phase, or the plan's status); every government or CSN sign-off window, planned
 * in the work plan or recorded on a sign-off, lasts at least the sum of that side's minimum review
 * days (counted from the day it opens to the day it closes) and closes before publication (the end
 * of the work plan's `finalizing` phase).
 */
export function checkSignOffProcedure(records: PlanRecords, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { procedure, workplan } = records;
  const draftingStart = workplan?.phases.find((phase) => phase.phase === 'drafting')?.starts;
  const hasDraftingStarted =
    hasPlanReached(records.plan, 'drafting') || (draftingStart !== undefined && draftingStart <= context.today);
  if (procedure === undefined) {
    if (hasDraftingStarted) findings.push(makeFinding('R17', 'error', 'procedure', 'rules.R17.noProcedure'));
    return findings;
  }
  if (procedure.state === 'draft') {
    if (hasDraftingStarted) findings.push(makeFinding('R17', 'error', 'procedure.state', 'rules.R17.notAgreed'));
  } else if (draftingStart !== undefined && dayOf(procedure.agreedAt) > draftingStart) {
    findings.push(
      makeFinding('R17', 'error', 'procedure.agreedAt', 'rules.R17.agreedAfterDrafting', {
        agreed: dayOf(procedure.agreedAt),
        start: draftingStart,
      }),
    );
  }
  const publication = workplan?.phases.find((phase) => phase.phase === 'finalizing')?.ends;
  const checkWindow = (path: string, track: SideTrack, opens: string, closes: string) => {
    const days = daysBetween(opens, closes);
    const minimum = minimumDays(procedure, track);
    if (days < minimum) {
      const key = track === 'government' ? 'rules.R17.governmentWindowTooShort' : 'rules.R17.csnWindowTooShort';
      findings.push(makeFinding('R17', 'error', path, key, { days, minimum }));
    }
    if (publication !== undefined && dayOf(closes) > publication) {
      findings.push(makeFinding('R17', 'error', path, 'rules.R17.windowAfterPublication', { closes: dayOf(closes), publication }));
    }
  };
  workplan?.phases.forEach((phase, p) => {
    phase.signOffWindows.forEach((window, w) => {
      if (window.track === 'msf') return;
      checkWindow(`workplan.phases[${p}].signOffWindows[${w}].closes`, window.track, window.opens, window.closes);
    });
  });
  records.signOffs.forEach((signOff, s) => {
    if (signOff.track === 'msf' || signOff.windowOpens === undefined || signOff.windowCloses === undefined) return;
    checkWindow(`signOffs[${s}].windowCloses`, signOff.track, signOff.windowOpens, signOff.windowCloses);
  });
  return findings;
}
