import { CocreationPhase } from '../../../shared/domain/cocreation-phase.ts';
import type { SignOffSubjectKind } from '../../../shared/domain/sign-off.ts';
import type { Workplan, WorkplanPhase } from '../../../shared/domain/workplan.ts';
import { bilingualMessage } from '../../../shared/i18n/translate.ts';
import { appendAsConsole, type ConsoleAnswer, type ConsoleError, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';

/** What each phase's sign-off windows are for: the text that phase produces (ogp-domain §2.4). */
export const WINDOW_SUBJECT: Readonly<Record<CocreationPhase, SignOffSubjectKind>> = {
  planning: 'workplan',
  idea_generation: 'workplan',
  refining_ideas: 'commitment',
  drafting: 'commitment',
  public_review: 'commitment',
  finalizing: 'action_plan',
};

type WindowInput = { opens?: unknown; closes?: unknown };
type PhaseInput = { phase?: unknown; starts?: unknown; ends?: unknown; owner?: unknown; government?: WindowInput; csn?: WindowInput };
type CapacityInput = { people?: unknown; daysPerMonth?: unknown };
export type WorkplanInput = { phases?: unknown; capacity?: { government?: CapacityInput; csn?: CapacityInput } };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function amount(value: unknown): number {
  const raw = text(value).replace(',', '.');
  return /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
}

/**
 * Console › Work plan: the phases with dates up to publication (the end of `finalizing`), one sign-off
 * window per side and phase, and each side's staff capacity, as one `workplan.updated` snapshot. A phase
 * with no dates is left out; half a pair of dates is refused, naming the phase. Field paths in refusals
 * name the phase (`phases.drafting.starts`), as the form does, not an index that skipped phases shift.
 */
export function consoleSaveWorkplan(input: WorkplanInput): ConsoleAnswer {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const member = consoleMember(user.email, readMemberRecords());
  if (!member) return refused('console.error.notLinked');
  const errors: ConsoleError[] = [];
  const phases: WorkplanPhase[] = [];
  const order: CocreationPhase[] = [];
  const given = Array.isArray(input?.phases) ? (input.phases as PhaseInput[]) : [];
  for (const phase of CocreationPhase.options) {
    const row = given.find((p) => p?.phase === phase);
    const starts = text(row?.starts);
    const ends = text(row?.ends);
    const label = (language: 'en' | 'fr') => bilingualMessage(`domain.cocreationPhase.${phase}`)[language];
    if (starts === '' && ends === '') continue;
    if (starts === '' || ends === '') {
      const m = { en: bilingualMessage('console.workplan.error.incomplete', { phase: label('en') }).en, fr: bilingualMessage('console.workplan.error.incomplete', { phase: label('fr') }).fr };
      errors.push({ path: `phases.${phase}.${starts === '' ? 'starts' : 'ends'}`, message: m });
      continue;
    }
    const windows: WorkplanPhase['signOffWindows'] = [];
    for (const track of ['government', 'csn'] as const) {
      const opens = text(row?.[track]?.opens);
      const closes = text(row?.[track]?.closes);
      if (opens === '' && closes === '') continue;
      if (opens === '' || closes === '') {
        const m = { en: bilingualMessage('console.workplan.error.window', { phase: label('en') }).en, fr: bilingualMessage('console.workplan.error.window', { phase: label('fr') }).fr };
        errors.push({ path: `phases.${phase}.${track}.${opens === '' ? 'opens' : 'closes'}`, message: m });
        continue;
      }
      windows.push({ subjectKind: WINDOW_SUBJECT[phase], track, opens, closes });
    }
    const owner = row?.owner === 'government' || row?.owner === 'csn' ? row.owner : 'joint';
    phases.push({ phase, starts, ends, owner, signOffWindows: windows });
    order.push(phase);
  }
  const capacity = { government: { people: 0, daysPerMonth: 0 }, csn: { people: 0, daysPerMonth: 0 } };
  for (const side of ['government', 'csn'] as const) {
    for (const field of ['people', 'daysPerMonth'] as const) {
      const value = amount(input?.capacity?.[side]?.[field]);
      if (Number.isNaN(value)) errors.push({ path: `capacity.${side}.${field}`, message: bilingualMessage('console.workplan.error.number') });
      else capacity[side][field] = value;
    }
  }
  if (errors.length === 0 && phases.length === 0) errors.push({ path: 'phases', message: bilingualMessage('console.workplan.error.noPhase') });
  if (errors.length > 0) return { ok: false, errors };
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const known = ledger.views.records.workplan;
  const workplan: Workplan = {
    id: known?.id ?? Utilities.getUuid(),
    ...(known?.planId === undefined ? {} : { planId: known.planId }),
    phases,
    capacity,
    ...(known?.publishedAt === undefined ? {} : { publishedAt: known.publishedAt }),
  };
  const answer = appendAsConsole(member, [{ type: 'workplan.updated', payload: { workplan } }]);
  if (answer.ok) return answer;
  // `workplan.phases[2].signOffWindows[0].closes` → `phases.drafting.government.closes`
  return {
    ok: false,
    errors: answer.errors.map((error) => ({
      ...error,
      path: error.path
        .replace(/^workplan\./, '')
        .replace(/^phases\[(\d+)\]\.signOffWindows\[(\d+)\]/, (_all, p: string, w: string) => `phases.${order[Number(p)]}.${phases[Number(p)]!.signOffWindows[Number(w)]!.track}`)
        .replace(/^phases\[(\d+)\]/, (_all, p: string) => `phases.${order[Number(p)]}`),
    })),
  };
}
