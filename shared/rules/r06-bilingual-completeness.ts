import type { Commitment } from '../domain/commitment.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import { isBlank } from './is-blank.ts';

function isBilingualText(value: unknown): value is { en: string; fr: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>).en === 'string' &&
    typeof (value as Record<string, unknown>).fr === 'string'
  );
}

/**
 * Every `{en, fr}` text inside `value` that is written in one language only. Both empty is not
 * R6's concern (R1 and R2 say which texts are required). Walks the whole record so a field added to
 * the schema later is checked too.
 */
export function findHalfTranslated(value: unknown, path = ''): Finding[] {
  if (isBilingualText(value)) {
    if (isBlank(value.en) === isBlank(value.fr)) return [];
    const missing = isBlank(value.en) ? 'en' : 'fr';
    const at = path === '' ? missing : `${path}.${missing}`;
    return [makeFinding('R6', 'error', at, missing === 'en' ? 'rules.R6.missingEnglish' : 'rules.R6.missingFrench')];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findHalfTranslated(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findHalfTranslated(item, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

/** R6 (error) on a commitment: every public text is in English and in French. */
export function checkCommitmentBilingual(commitment: Commitment): Finding[] {
  return findHalfTranslated(commitment);
}

/**
 * R6 across the plan's other public records: work plan, sign-off procedure, reasoned responses,
 * partnership verdicts, and meeting notes published in one language but not the other (both
 * languages go out in the same release). Tracker rows are R7's, the plan title R16's.
 */
export function checkPlanBilingual(records: PlanRecords): Finding[] {
  const findings = [
    ...(records.workplan ? findHalfTranslated(records.workplan, 'workplan') : []),
    ...(records.procedure ? findHalfTranslated(records.procedure, 'procedure') : []),
    ...records.proposals.flatMap((proposal, p) =>
      proposal.reasonedResponse ? findHalfTranslated(proposal.reasonedResponse, `proposals[${p}].reasonedResponse`) : [],
    ),
    ...findHalfTranslated(records.verdicts, 'verdicts'),
  ];
  records.meetings.forEach((meeting, m) => {
    const { en, fr } = meeting.notesStatus;
    if ((en === 'published') === (fr === 'published')) return;
    const missing = en === 'published' ? 'fr' : 'en';
    findings.push(
      makeFinding(
        'R6',
        'error',
        `meetings[${m}].notesStatus.${missing}`,
        missing === 'fr' ? 'rules.R6.notesOnlyInEnglish' : 'rules.R6.notesOnlyInFrench',
        { title: meeting.title },
      ),
    );
  });
  return findings;
}
