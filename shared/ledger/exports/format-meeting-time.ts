import type { Language } from '../../i18n/language.ts';

/** Canadian conventions: "2:05 p.m." in English, "14 h 05" in French. */
const LOCALES: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' };

/** A time zone Intl knows, else UTC (a record made before zones were kept, or a zone this runtime lacks). */
function usableZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function validMs(iso: string): number | undefined {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : undefined;
}

/** `Tuesday, December 1, 2026` / `mardi 1 décembre 2026`, the day in the meeting's zone. */
export function formatMeetingDay(iso: string, language: Language, timeZone?: string): string {
  const ms = validMs(iso);
  if (ms === undefined) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeZone: usableZone(timeZone) }).format(ms);
}

/** `2:05 p.m.` / `14 h 05`, the clock time in the meeting's zone. */
export function formatMeetingClock(iso: string, language: Language, timeZone?: string): string {
  const ms = validMs(iso);
  if (ms === undefined) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { hour: 'numeric', minute: '2-digit', timeZone: usableZone(timeZone) }).format(ms);
}

/** The zone's short name at that moment (`EST`, `HNE`, `UTC`), so a reader elsewhere knows which clock. */
export function formatZoneName(iso: string, language: Language, timeZone?: string): string {
  const ms = validMs(iso);
  const zone = usableZone(timeZone);
  if (ms === undefined) return zone;
  const part = new Intl.DateTimeFormat(LOCALES[language], { timeZoneName: 'short', timeZone: zone })
    .formatToParts(ms)
    .find((piece) => piece.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** The calendar day (`2026-12-01`) in the meeting's zone, for file names and grouping. */
export function meetingDayKey(iso: string, timeZone?: string): string {
  const ms = validMs(iso);
  if (ms === undefined) return iso.slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: usableZone(timeZone) }).format(ms);
}
