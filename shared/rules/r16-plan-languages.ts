import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import { isBlank } from './is-blank.ts';

/**
 * R16 (error): the plan is written in English and French (Official Languages Act), and the English
 * version exists for the OGP submission. Its title is the first thing published, so both must be set.
 */
export function checkPlanLanguages(records: PlanRecords): Finding[] {
  const { plan } = records;
  if (plan === undefined) return [];
  const findings: Finding[] = [];
  if (!plan.languages.includes('en')) findings.push(makeFinding('R16', 'error', 'plan.languages', 'rules.R16.noEnglish'));
  if (!plan.languages.includes('fr')) findings.push(makeFinding('R16', 'error', 'plan.languages', 'rules.R16.noFrench'));
  if (isBlank(plan.title.en)) findings.push(makeFinding('R16', 'error', 'plan.title.en', 'rules.R16.titleMissingEnglish'));
  if (isBlank(plan.title.fr)) findings.push(makeFinding('R16', 'error', 'plan.title.fr', 'rules.R16.titleMissingFrench'));
  return findings;
}
