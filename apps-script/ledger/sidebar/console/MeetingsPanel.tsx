import { useState } from 'preact/hooks';
import { ChairSide, MeetingType, VenueType } from '../../../../shared/domain/meeting.ts';
import { type ConsoleError, IcsFile } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Field, Problems, Saved } from './FormBits.tsx';

/** `2026-12-08T14:00` typed in the coordinator's local time → an ISO instant; '' stays '' (the server says it is missing). */
const toInstant = (local: string) => {
  if (local === '') return '';
  const ms = Date.parse(local);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : local;
};

/** Console › Meetings: schedule (chair side suggested by rotation, R18), the ICS of the schedule, the list and the Repository of published documents. */
export function MeetingsPanel() {
  const { t, language, state, server, write } = useConsole();
  const [form, setForm] = useState({ title: '', type: 'msf_regular', startsAt: '', endsAt: '', venueType: 'neutral', venueName: '', remoteUrl: '', agenda: '', chairSide: state.suggestedChair });
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm((f) => ({ ...f, [key]: e.currentTarget.value }));

  async function schedule(event: Event) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const outcome = await write(() => server.consoleScheduleMeeting({ ...form, startsAt: toInstant(form.startsAt), endsAt: toInstant(form.endsAt) }));
    setBusy(false);
    setErrors(outcome.ok ? [] : outcome.errors);
    setSaved(outcome.ok);
    if (outcome.ok) setForm((f) => ({ ...f, title: '', startsAt: '', endsAt: '', agenda: '' }));
  }

  async function downloadIcs() {
    const outcome = await write(() => server.consoleMeetingsIcs());
    const file = outcome.ok ? IcsFile.safeParse(outcome.value) : null;
    if (!file?.success) {
      if (!outcome.ok) setErrors(outcome.errors);
      return;
    }
    const url = URL.createObjectURL(new Blob([file.data.ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.data.filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const labels = { title: t('console.meetings.name'), startsAt: t('console.meetings.startsAt'), endsAt: t('console.meetings.endsAt'), remoteUrl: t('console.meetings.remoteUrl'), venueName: t('console.meetings.venueName'), agenda: t('console.meetings.agenda') };
  return (
    <div>
      <form class="card" aria-labelledby="meeting-title" onSubmit={schedule} noValidate>
        <h2 id="meeting-title">{t('console.meetings.title')}</h2>
        <Problems errors={errors} labels={labels} />
        <Field id="meeting-name" label={t('console.meetings.name')} error={errorFor(errors, 'title')}>
          {(aria) => <input {...aria} type="text" value={form.title} onInput={set('title')} />}
        </Field>
        <Field id="meeting-type" label={t('console.meetings.type')}>
          {(aria) => (
            <select {...aria} value={form.type} onChange={set('type')}>
              {MeetingType.options.map((o) => (
                <option key={o} value={o}>
                  {t(`domain.meetingType.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="meeting-starts" label={t('console.meetings.startsAt')} error={errorFor(errors, 'startsAt')}>
          {(aria) => <input {...aria} type="datetime-local" value={form.startsAt} onInput={set('startsAt')} />}
        </Field>
        <Field id="meeting-ends" label={`${t('console.meetings.endsAt')} ${t('console.optional')}`} error={errorFor(errors, 'endsAt')}>
          {(aria) => <input {...aria} type="datetime-local" value={form.endsAt} onInput={set('endsAt')} />}
        </Field>
        <Field id="meeting-venue-type" label={t('console.meetings.venueType')}>
          {(aria) => (
            <select {...aria} value={form.venueType} onChange={set('venueType')}>
              {VenueType.options.map((o) => (
                <option key={o} value={o}>
                  {t(`domain.venueType.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="meeting-venue-name" label={`${t('console.meetings.venueName')} ${t('console.optional')}`} error={errorFor(errors, 'venueName')}>
          {(aria) => <input {...aria} type="text" value={form.venueName} onInput={set('venueName')} />}
        </Field>
        <Field id="meeting-remote" label={`${t('console.meetings.remoteUrl')} ${t('console.optional')}`} error={errorFor(errors, 'remoteUrl')}>
          {(aria) => <input {...aria} type="url" value={form.remoteUrl} onInput={set('remoteUrl')} />}
        </Field>
        <Field id="meeting-agenda" label={`${t('console.meetings.agenda')} ${t('console.optional')}`} error={errorFor(errors, 'agenda')}>
          {(aria) => <textarea {...aria} rows={3} value={form.agenda} onInput={set('agenda')} />}
        </Field>
        <Field id="meeting-chair" label={t('console.meetings.chairSide')} hint={t('console.meetings.suggested', { side: t(`domain.chairSide.${state.suggestedChair}`) })}>
          {(aria) => (
            <select {...aria} value={form.chairSide} onChange={set('chairSide')}>
              {ChairSide.options.map((o) => (
                <option key={o} value={o}>
                  {t(`domain.chairSide.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t('console.saving') : t('console.meetings.schedule')}
        </button>
        {saved ? <Saved text={t('console.saved')} /> : null}
      </form>
      <section class="card" aria-labelledby="meetings-list-title">
        <h2 id="meetings-list-title">{t('console.meetings.listTitle')}</h2>
        <button type="button" class="secondary" onClick={downloadIcs}>
          {t('console.meetings.ics')}
        </button>
        {state.meetings.length === 0 ? <p>{t('console.meetings.none')}</p> : null}
        <ul class="list">
          {state.meetings.map((m) => (
            <li key={m.id}>
              <p class="item-title">{m.title}</p>
              <p class="meta">
                {`${new Date(m.startsAt).toLocaleString(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeStyle: 'short' })} · ${t(`domain.meetingType.${m.type}`)}`}
                <br />
                {`${t(`domain.venueType.${m.venueType}`)} · ${t(`domain.chairSide.${m.chairSide}`)} · ${m.notesPublishedAt ? t('console.meetings.notesPublished') : t('console.meetings.notesMissing')}`}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="repository-title">
        <h2 id="repository-title">{t('console.meetings.repository')}</h2>
        {state.repository.length === 0 ? <p>{t('console.meetings.repositoryNone')}</p> : null}
        <ul class="findings">
          {state.repository.map((doc, i) => (
            <li key={i}>
              {`${t(`console.meetings.doc.${doc.kind}`)}${language === 'fr' ? ' : ' : ': '}`}
              <a href={doc.url} target="_blank" rel="noopener noreferrer">
                {doc.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
