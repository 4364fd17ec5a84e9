import type { Finding } from './finding.ts';

/** `joinPath('commitments[0]', 'milestones[1].text')` → `commitments[0].milestones[1].text`. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Moves findings of a nested record under its place in the enclosing one. */
export function prefixFindings(prefix: string, findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, path: joinPath(prefix, finding.path) }));
}
