/**
 * The next free commitment code after the highest one in use (`C01` when none), so codes never
 * repeat even when one in the middle was deleted. Undefined past C99, the last code Canada's
 * tracker format (`C\d{2}`) allows.
 */
export function nextCommitmentCode(used: readonly string[]): string | undefined {
  const highest = Math.max(0, ...used.map((code) => /^C(\d{2})$/.exec(code)).filter((m) => m !== null).map((m) => Number(m[1])));
  return highest >= 99 ? undefined : `C${String(highest + 1).padStart(2, '0')}`;
}
