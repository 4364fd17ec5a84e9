import type { Language } from '../../shared/i18n/language.ts';
import { formatMeetingClock, formatMeetingDay } from '../../shared/ledger/exports/format-meeting-time.ts';
import type { JoinableMeeting } from '../../shared/protocol/extension-messages.ts';
import type { Translate } from './make-translate.ts';

/**
 * The ledger's meetings on now or soon, above the set-up form: one button each, so every attendee
 * annotates the one meeting a coordinator scheduled instead of starting a copy of it. Times are
 * shown on the meeting's clock, else this computer's.
 */
export function JoinMeetings(props: { t: Translate; language: Language; entries: readonly JoinableMeeting[]; timeZone?: string; onJoin: (meetingId: string) => void; problem?: string }) {
  const { t, language } = props;
  if (props.entries.length === 0) return null;
  return (
    <section class="join" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('join.heading')}</h2>
      <ul>
        {props.entries.map((entry) => {
          const { meeting } = entry;
          const zone = meeting.timeZone ?? props.timeZone;
          return (
            <li key={meeting.id}>
              <button type="button" onClick={() => props.onJoin(meeting.id)}>
                {t('join.button', { title: meeting.title, day: formatMeetingDay(meeting.startsAt, language, zone), time: formatMeetingClock(meeting.startsAt, language, zone), name: entry.ownerName })}
              </button>
            </li>
          );
        })}
      </ul>
      {props.problem ? <p role="alert" class="problem">{props.problem}</p> : null}
    </section>
  );
}
