import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Commitment } from '../domain/commitment.ts';
import type { Milestone } from '../domain/milestone.ts';
import { MILESTONE_COLUMNS, TEMPLATE_FIELDS } from './template-fields.ts';

/** One field that differs between the signed version and the current one, shown in both languages. */
export type FieldChange = { path: string; label: BilingualText; before: BilingualText; after: BilingualText };

const TITLE = { en: 'Title', fr: 'Titre' };

function asText(value: unknown): BilingualText {
  if (value === undefined || value === null) return { en: '', fr: '' };
  if (typeof value === 'object' && value !== null && 'en' in value && 'fr' in value) {
    const text = value as BilingualText;
    return { en: text.en, fr: text.fr };
  }
  if (Array.isArray(value)) {
    const joined = value.map((item) => (typeof item === 'object' && item !== null && 'name' in item ? String((item as { name: unknown }).name) : String(item))).join(', ');
    return { en: joined, fr: joined };
  }
  if (typeof value === 'object') {
    const joined = Object.values(value as Record<string, unknown>).filter((v) => v !== undefined).join(', ');
    return { en: joined, fr: joined };
  }
  return { en: String(value), fr: String(value) };
}

const same = (a: BilingualText, b: BilingualText) => a.en === b.en && a.fr === b.fr;

/**
 * What changed between two versions of a commitment, field by field in template order, then
 * milestone by milestone (by code): the "changed since signed" a signatory reads.
 */
export function diffCommitments(before: Commitment, after: Commitment): FieldChange[] {
  const changes: FieldChange[] = [];
  const push = (path: string, label: BilingualText, a: unknown, b: unknown) => {
    const [x, y] = [asText(a), asText(b)];
    if (!same(x, y)) changes.push({ path, label, before: x, after: y });
  };
  push('title', TITLE, before.title, after.title);
  for (const field of TEMPLATE_FIELDS) push(field.key, field.label, before[field.key as keyof Commitment], after[field.key as keyof Commitment]);
  const codes = [...new Set([...before.milestones, ...after.milestones].map((m) => m.code))];
  for (const code of codes) {
    const [a, b] = [before.milestones.find((m) => m.code === code), after.milestones.find((m) => m.code === code)];
    for (const column of MILESTONE_COLUMNS.slice(1)) {
      const key = column.key as 'text' | 'expectedOutputs' | 'deadline';
      const pick = (m: Milestone | undefined) => (m ? m[key] : undefined);
      push(`milestones.${code}.${key}`, { en: `${code} — ${column.label.en}`, fr: `${code} — ${column.label.fr}` }, pick(a), pick(b));
    }
  }
  return changes;
}
