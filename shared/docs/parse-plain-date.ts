const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month);
}

/**
 * A date as drafters write one, to an ISO date: `2026-03-31`, `31 March 2026`, `March 31, 2026`,
 * `31 mars 2026`, and a month alone (`March 2026`, `By March 2026`, `D’ici mars 2026`, `2026-03`),
 * which means its last day, as a deadline does. Anything else (a season, "Ongoing", "2026-27") is
 * not a date: undefined, never a guess.
 */
export function parsePlainDate(text: string): string | undefined {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*(by( the end of)?|d\s*['’]\s*ici( la fin de)?|avant le|au plus tard le)\s+/, '')
    .replace(/(\d)(st|nd|rd|th|er)\b/g, '$1')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(plain);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  }
  m = /^(\d{4})-(\d{2})$/.exec(plain);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` : undefined;
  }
  m = /^(?:le )?(\d{1,2}) ([a-z]+) (\d{4})$/.exec(plain) ?? null;
  if (m && MONTHS[m[2]!]) {
    const [d, mo, y] = [Number(m[1]), MONTHS[m[2]!]!, Number(m[3])];
    return isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  m = /^([a-z]+) (\d{1,2}) (\d{4})$/.exec(plain);
  if (m && MONTHS[m[1]!]) {
    const [mo, d, y] = [MONTHS[m[1]!]!, Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  m = /^([a-z]+) (\d{4})$/.exec(plain);
  if (m && MONTHS[m[1]!]) {
    const [mo, y] = [MONTHS[m[1]!]!, Number(m[2])];
    return `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`;
  }
  return undefined;
}
