import * as z from 'zod/mini';
import { BilingualText } from '../domain/bilingual-text.ts';

export const SEVERITIES = ['error', 'warn', 'info'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** The rule codes of ogp-domain.md §5. */
export const RULE_CODES = [
  'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12',
  'R13', 'R14', 'R15', 'R16', 'R17', 'R18', 'R19', 'R20', 'R21', 'R22', 'R23', 'R24',
] as const;
export const RuleCode = z.enum(RULE_CODES);
export type RuleCode = z.infer<typeof RuleCode>;

/**
 * One thing a drafter or coordinator should look at: which rule, how serious, where in the
 * checked record (`milestones[2].expectedOutputs`, `meetings[3].chairSide`; `""` is the record
 * itself) and what to do about it, in English and French. A schema too, for findings that cross
 * a boundary (server to sidebar).
 */
export const Finding = z.object({
  rule: RuleCode,
  severity: Severity,
  path: z.string(),
  message: BilingualText,
});
export type Finding = z.infer<typeof Finding>;
