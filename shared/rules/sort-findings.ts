import type { Finding } from './finding.ts';

const CHUNK = /(\d+)|(\D+)/g;

/** Compares text with digit runs taken as numbers, so `milestones[2]` comes before `milestones[10]`. */
export function compareNatural(a: string, b: string): number {
  const left = a.match(CHUNK) ?? [];
  const right = b.match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const isNumberX = /^\d/.test(x);
    const isNumberY = /^\d/.test(y);
    if (isNumberX && isNumberY) return Number(x) - Number(y) || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** Rule order (R2 before R10), then path order; equal keys keep their order (Array.sort is stable). */
export function compareFindings(a: Finding, b: Finding): number {
  return compareNatural(a.rule, b.rule) || compareNatural(a.path, b.path);
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
