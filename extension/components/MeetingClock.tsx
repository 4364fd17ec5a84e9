import { useEffect, useState } from 'preact/hooks';
import { formatMeetingClock } from '../../shared/ledger/exports/format-meeting-time.ts';
import { formatOffset } from '../../shared/ledger/exports/format-offset.ts';
import type { Language } from '../../shared/i18n/language.ts';
import type { Translate } from './make-translate.ts';

/**
 * The meeting's clock while annotating: time since Start (what each annotation is stamped with) and
 * the start time in the meeting's zone. Not a live region: a screen reader hears it when it asks.
 */
export function MeetingClock(props: { t: Translate; language: Language; startedAt: string; timeZone?: string; now: () => Date }) {
  const { t, startedAt, now } = props;
  const elapsed = () => Math.max(0, now().getTime() - Date.parse(startedAt));
  const [ms, setMs] = useState(elapsed);
  useEffect(() => {
    setMs(elapsed());
    const timer = setInterval(() => setMs(elapsed()), 1000);
    return () => clearInterval(timer);
  }, [startedAt, now]);
  return (
    <p class="meeting-clock">
      <span class="visually-hidden">{t('notes.clock.label')} </span>
      <time role="timer" aria-label={t('notes.clock.label')} dateTime={`PT${Math.floor(ms / 1000)}S`}>{formatOffset(ms)}</time>
      <span class="clock-since"> · {t('notes.clock.since', { time: formatMeetingClock(startedAt, props.language, props.timeZone) })}</span>
    </p>
  );
}
