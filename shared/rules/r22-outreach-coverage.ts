import type { Finding } from './finding.ts';
import { translate } from '../i18n/translate.ts';
import { makeFinding, makeFindingPerLanguage } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import type { RuleContext } from './rule-context.ts';

/**
 * R22 (info), outreach beyond self-selected groups: every co-creation phase of the work plan that
 * has started (all but `planning`) logs at least one `targeted_outreach` activity; and a report of
 * how the registry's participants were recruited (targeted outreach against self-selected), counting
 * only those whose channel is known.
 */
export function checkOutreachCoverage(records: PlanRecords, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  records.workplan?.phases.forEach((phase, p) => {
    if (phase.phase === 'planning' || phase.starts > context.today) return;
    const isReached = records.outreach.some(
      (activity) => activity.phase === phase.phase && activity.recruitmentChannel === 'targeted_outreach',
    );
    if (!isReached) {
      const label = (language: 'en' | 'fr') => translate(`domain.cocreationPhase.${phase.phase}`, language);
      findings.push(
        makeFindingPerLanguage('R22', 'info', `workplan.phases[${p}]`, 'rules.R22.noTargetedOutreach', {
          en: { phase: label('en') },
          fr: { phase: label('fr') },
        }),
      );
    }
  });
  const known = records.stakeholders.filter((s) => s.recruitmentChannel !== undefined);
  if (known.length > 0) {
    const targeted = known.filter((s) => s.recruitmentChannel === 'targeted_outreach').length;
    const selfSelected = known.filter((s) => s.recruitmentChannel === 'self_selected').length;
    findings.push(
      makeFinding('R22', 'info', 'stakeholders', 'rules.R22.recruitmentShare', {
        targeted,
        selfSelected,
        total: known.length,
        targetedPercent: Math.round((100 * targeted) / known.length),
        selfSelectedPercent: Math.round((100 * selfSelected) / known.length),
      }),
    );
  }
  return findings;
}
