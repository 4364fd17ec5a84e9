import type { Commitment } from '../domain/commitment.ts';
import { CORE_OGP_VALUES } from '../domain/ogp-value.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import { isBilingualBlank } from './is-blank.ts';

const REQUIRED_TEXTS = [
  ['title', 'rules.R1.missingTitle'],
  ['issueToBeAddressed', 'rules.R1.missingProblem'],
  ['description', 'rules.R1.missingDescription'],
  ['theoryOfChange', 'rules.R1.missingTheoryOfChange'],
] as const satisfies readonly (readonly [keyof Commitment, MessageKey])[];

/**
 * R1 (error): the template is filled in: title, problem, description, theory of change, a lead
 * institution, start and end dates, a milestone, and a core OGP value with its rationale.
 */
export function checkCommitmentCompleteness(commitment: Commitment): Finding[] {
  const findings: Finding[] = [];
  const add = (path: string, key: MessageKey) => findings.push(makeFinding('R1', 'error', path, key));
  for (const [field, key] of REQUIRED_TEXTS) {
    if (isBilingualBlank(commitment[field])) add(field, key);
  }
  if (commitment.leadInstitutions.every((name) => name.trim() === '')) add('leadInstitutions', 'rules.R1.missingLeadInstitution');
  if (commitment.startDate === undefined) add('startDate', 'rules.R1.missingStartDate');
  if (commitment.endDate === undefined) add('endDate', 'rules.R1.missingEndDate');
  if (commitment.startDate !== undefined && commitment.endDate !== undefined && commitment.endDate < commitment.startDate) {
    add('endDate', 'rules.R1.endBeforeStart');
  }
  if (commitment.milestones.length === 0) add('milestones', 'rules.R1.noMilestone');
  if (!commitment.ogpValues.some((value) => CORE_OGP_VALUES.includes(value))) add('ogpValues', 'rules.R1.noCoreValue');
  if (isBilingualBlank(commitment.valuesRationale)) add('valuesRationale', 'rules.R1.missingValuesRationale');
  return findings;
}
