/** Milliseconds since the meeting started → `0:07:05`; unknown → `–:––:––`. */
export function formatOffset(offsetMs: number | undefined): string {
  if (offsetMs === undefined || !Number.isFinite(offsetMs) || offsetMs < 0) return '–:––:––';
  const total = Math.floor(offsetMs / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}
