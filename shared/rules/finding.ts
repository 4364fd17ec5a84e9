import type { BilingualText } from '../domain/bilingual-text.ts';

export const SEVERITIES = ['error', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The rule codes of ogp-domain.md §5. */
export const RULE_CODES = [
  'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12',
  'R13', 'R14', 'R15', 'R16', 'R17', 'R18', 'R19', 'R20', 'R21', 'R22', 'R23', 'R24',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/**
 * One thing a drafter or coordinator should look at: which rule, how serious, where in the
 * checked record (`milestones[2].expectedOutputs`, `meetings[3].chairSide`; `""` is the record
 * itself) and what to do about it, in English and French.
 */
export type Finding = {
  rule: RuleCode;
  severity: Severity;
  path: string;
  message: BilingualText;
};
