import type { DocLocation } from '../../../shared/docs/document-model.ts';
import type { ReadFinding } from '../../../shared/docs/read-finding.ts';
import type { BilingualText } from '../../../shared/domain/bilingual-text.ts';
import { checkCommitment, type Finding } from '../../../shared/rules/index.ts';
import { MILESTONE_COLUMNS, TEMPLATE_FIELDS } from '../../../shared/docs/template-fields.ts';
import { addonLanguage } from './addon-language.ts';
import { readCommitments } from './read-commitments.ts';

export type CheckItem = { source: 'rule' | 'read'; rule?: string; severity: 'error' | 'warn' | 'info'; message: BilingualText; location: DocLocation; field?: BilingualText };
export type CommitmentCheck = { code: string; title: BilingualText; location: DocLocation; items: CheckItem[] };
export type DocumentCheck = { commitments: CommitmentCheck[]; unplaced: CheckItem[] };

/** A rule's path (`milestones[2].endDate`) → where the parser read it; the commitment's heading otherwise. */
function locate(path: string, locations: Record<string, DocLocation>, fallback: DocLocation): DocLocation {
  const milestone = /^milestones\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (milestone) {
    const column = milestone[2] === 'endDate' ? 'deadline' : milestone[2];
    return locations[`milestones[${milestone[1]}].${column}`] ?? locations[`milestones[${milestone[1]}]`] ?? fallback;
  }
  return locations[path.split(/[.[]/)[0]!] ?? fallback;
}

/** The template label a rule's path is about, so "written in English only" says which field. */
function fieldOf(path: string, codes: string[]): BilingualText | undefined {
  const milestone = /^milestones\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (milestone) {
    const code = codes[Number(milestone[1])] ?? '';
    const column = MILESTONE_COLUMNS.find((c) => c.key === (milestone[2] === 'endDate' ? 'deadline' : milestone[2]));
    return column ? { en: `${code} — ${column.label.en}`, fr: `${code} — ${column.label.fr}` } : { en: code, fr: code };
  }
  const root = path.split(/[.[]/)[0];
  if (root === 'title') return { en: 'Title', fr: 'Titre' };
  return TEMPLATE_FIELDS.find((f) => f.key === root)?.label;
}

const SEVERITY_ORDER = { error: 0, warn: 1, info: 2 };

/**
 * The shared rules on each commitment (checkCommitment) plus what the parser could not read, each
 * with the place in the document it is about. The plan period is the commitment's own dates when
 * given, else 2025-2029 (Canada's current plan), so a lone draft is still checked.
 */
export function checkDocument(): DocumentCheck {
  const reading = readCommitments(addonLanguage());
  const today = new Date().toISOString().slice(0, 10);
  const fromRead = (finding: ReadFinding): CheckItem => ({ source: 'read', severity: finding.severity, message: finding.message, location: finding.location });
  const commitments = reading.commitments.map(({ commitment, findings, parsed }) => {
    const heading = { block: parsed.headingBlock };
    const period = { start: commitment.startDate ?? '2025-01-01', end: commitment.endDate && commitment.endDate >= (commitment.startDate ?? '') ? commitment.endDate : '2029-12-31' };
    const ruleItems = checkCommitment(commitment, { today, period }).map(
      (f: Finding): CheckItem => {
        const field = fieldOf(f.path, commitment.milestones.map((m) => m.code));
        return { source: 'rule', rule: f.rule, severity: f.severity, message: f.message, location: locate(f.path, parsed.locations, heading), ...(field ? { field } : {}) };
      },
    );
    const readItems = [...reading.parsed.findings.filter((f) => f.commitmentCode === commitment.code), ...findings].map(fromRead);
    const items = [...readItems, ...ruleItems].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return { code: commitment.code, title: commitment.title, location: heading, items };
  });
  const unplaced = reading.parsed.findings.filter((f) => !f.commitmentCode).map(fromRead);
  return { commitments, unplaced };
}
