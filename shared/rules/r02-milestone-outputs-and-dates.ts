import type { Commitment } from '../domain/commitment.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { RuleContext } from './rule-context.ts';
import { isBilingualBlank } from './is-blank.ts';
import type { BilingualText } from '../domain/bilingual-text.ts';
import { makeFindingPerLanguage } from './make-finding.ts';

/**
 * A due date the rules cannot check because the plan gives it in words only ("Fall 2027",
 * "Ongoing": Canada's 2025-29 plan and tracker do so for most items). Saying so once, as a hint, is
 * honest; an error per item would drown a real plan. No deadline at all is still an error.
 */
function undatable(path: string, code: string, deadline: BilingualText): Finding {
  const words = (lang: 'en' | 'fr') => (deadline[lang].trim() || deadline[lang === 'en' ? 'fr' : 'en']).trim().slice(0, 80);
  return makeFindingPerLanguage('R2', 'info', path, 'rules.R2.undatableDeadline', { en: { code, deadline: words('en') }, fr: { code, deadline: words('fr') } });
}

/**
 * R2: each milestone has an expected output and a due date inside the plan period; each indicator
 * has a text (the indicator is its own measure) and a due month inside the period. Missing output or
 * date, or a date before the plan starts, is an error; a date after the plan ends only a warning,
 * because Canada's trackers carry such items ("Completion by March 2026").
 */
export function checkMilestoneOutputsAndDates(commitment: Commitment, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { start, end } = context.period;
  commitment.milestones.forEach((milestone, m) => {
    const at = `milestones[${m}]`;
    const code = milestone.code;
    if (isBilingualBlank(milestone.expectedOutputs)) {
      findings.push(makeFinding('R2', 'error', `${at}.expectedOutputs`, 'rules.R2.missingOutput', { code }));
    }
    const due = milestone.endDate;
    if (due === undefined && milestone.deadline && !isBilingualBlank(milestone.deadline)) {
      findings.push(undatable(`${at}.endDate`, code, milestone.deadline));
    } else if (due === undefined) {
      findings.push(makeFinding('R2', 'error', `${at}.endDate`, 'rules.R2.missingDueDate', { code }));
    } else if (due < start) {
      findings.push(makeFinding('R2', 'error', `${at}.endDate`, 'rules.R2.dueBeforePlanStart', { code, date: due, start }));
    } else if (due > end) {
      findings.push(makeFinding('R2', 'warn', `${at}.endDate`, 'rules.R2.dueAfterPlanEnd', { code, date: due, end }));
    }
    milestone.indicators.forEach((indicator, i) => {
      const where = `${at}.indicators[${i}]`;
      const indicatorCode = indicator.code;
      if (isBilingualBlank(indicator.text)) {
        findings.push(makeFinding('R2', 'error', `${where}.text`, 'rules.R2.missingIndicatorText', { code: indicatorCode }));
      }
      const month = indicator.dueDate;
      if (month === undefined && !isBilingualBlank(indicator.deadline)) {
        findings.push(undatable(`${where}.dueDate`, indicatorCode, indicator.deadline));
      } else if (month === undefined) {
        findings.push(makeFinding('R2', 'error', `${where}.dueDate`, 'rules.R2.missingDueDate', { code: indicatorCode }));
      } else if (month < start.slice(0, 7)) {
        findings.push(
          makeFinding('R2', 'error', `${where}.dueDate`, 'rules.R2.dueBeforePlanStart', { code: indicatorCode, date: month, start }),
        );
      } else if (month > end.slice(0, 7)) {
        findings.push(
          makeFinding('R2', 'warn', `${where}.dueDate`, 'rules.R2.dueAfterPlanEnd', { code: indicatorCode, date: month, end }),
        );
      }
    });
  });
  return findings;
}
