import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import { CANADA_MSF_TARGET, type RuleContext } from './rule-context.ts';

/**
 * R24 (info): the forum's membership in the stakeholder registry (`msfRole`) matches the terms of
 * reference: by default Canada's 8 civil-society and 4 government members, one of the civil-society
 * members its co-chair. Co-chairs count as members of their side.
 */
export function checkMsfComposition(records: PlanRecords, context: RuleContext): Finding[] {
  const target = context.msfTarget ?? CANADA_MSF_TARGET;
  const members = records.stakeholders.filter((s) => s.msfRole !== undefined && s.msfMember !== false);
  const civilSociety = members.filter((s) => s.msfRole === 'cs_member' || s.msfRole === 'cs_co_chair').length;
  const government = members.filter((s) => s.msfRole === 'gov_member' || s.msfRole === 'gov_co_chair').length;
  const coChairs = members.filter((s) => s.msfRole === 'cs_co_chair').length;
  const findings: Finding[] = [];
  if (civilSociety !== target.civilSociety) {
    findings.push(
      makeFinding('R24', 'info', 'stakeholders', 'rules.R24.civilSocietyCount', { count: civilSociety, target: target.civilSociety }),
    );
  }
  if (government !== target.government) {
    findings.push(makeFinding('R24', 'info', 'stakeholders', 'rules.R24.governmentCount', { count: government, target: target.government }));
  }
  if (coChairs !== target.civilSocietyCoChairs) {
    findings.push(
      makeFinding('R24', 'info', 'stakeholders', 'rules.R24.coChairCount', { count: coChairs, target: target.civilSocietyCoChairs }),
    );
  }
  return findings;
}
