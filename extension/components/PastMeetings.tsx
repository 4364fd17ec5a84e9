import type { Language } from '../../shared/i18n/language.ts';
import { formatMeetingDay } from '../../shared/ledger/exports/format-meeting-time.ts';
import type { MeetingRecord } from '../services/meeting-record.ts';
import type { makeTranslate } from './make-translate.ts';

/** Meetings this computer ended, newest first, so their notes can be corrected, sent and followed later. */
export function PastMeetings(props: { t: ReturnType<typeof makeTranslate>; language: Language; meetings: readonly MeetingRecord[]; onOpen: (id: string) => void }) {
  const { t } = props;
  const ended = props.meetings.filter((record) => record.endedAt).slice(0, 5);
  if (ended.length === 0) return null;
  return (
    <section class="past-meetings" aria-labelledby="past-heading">
      <h2 id="past-heading">{t('notes.past.heading')}</h2>
      <ul>
        {ended.map((record) => (
          <li key={record.id}>
            <button type="button" class="link" onClick={() => props.onOpen(record.id)}>
              {t('notes.past.open', { title: record.meeting.title, day: formatMeetingDay(record.meeting.startsAt, props.language, record.meeting.timeZone) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
