import { useState } from 'preact/hooks';
import { ChairSide, MeetingType, VenueType } from '../../../../shared/domain/meeting.ts';
import { type ConsoleError, IcsFile } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Field, Problems, Saved } from './FormBits.tsx';
import { NotesReview } from './NotesReview.tsx';
import { CancelMeeting } from './CancelMeeting.tsx';

/** `2026-12-08T14:00` typed in the coordinator's local time → an ISO instant; '' stays '' (the server says it is missing). */
const toInstant = (local: string) => {
  if (local === '') return '';
  const ms = Date.parse(local);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : local;
};

/** An ISO instant → the `datetime-local` value of that moment in the coordinator's own time zone. */
const toLocal = (iso: string | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
};

type Meeting = ReturnType<typeof useConsole>['state']['meetings'][number];

/**
 * Console › Meetings: schedule, or edit a scheduled meeting (chair side suggested by rotation, R18),
 * the ICS of the schedule, the list, and the notes drafts for the co-chairs to approve and publish.
 */
export function MeetingsPanel() {
  const { t, language, state, server, write } = useConsole();
  const blank = { title: '', type: 'msf_regular', startsAt: '', endsAt: '', venueType: 'neutral', venueName: '', remoteUrl: '', agenda: '', chairSide: state.suggestedChair };
  const [form, setForm] = useState(blank);
  const [editing, setEditing] = useState<Meeting | null>(null);
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm((f) => ({ ...f, [key]: e.currentTarget.value }));

  async function schedule(event: Event) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const fields = { ...form, startsAt: toInstant(form.startsAt), endsAt: toInstant(form.endsAt) };
    const outcome = await write(() => (editing ? server.consoleUpdateMeeting({ ...fields, id: editing.id }) : server.consoleScheduleMeeting(fields)));
    setBusy(false);
    setErrors(outcome.ok ? [] : outcome.errors);
    setSaved(outcome.ok);
    if (outcome.ok && editing) {
      setEditing(null);
      setForm({ ...blank, chairSide: form.chairSide });
    } else if (outcome.ok) setForm((f) => ({ ...f, title: '', startsAt: '', endsAt: '', agenda: '' }));
  }

  function edit(meeting: Meeting) {
    setEditing(meeting);
    setErrors([]);
    setSaved(false);
    setForm({
      title: meeting.title,
      type: meeting.type,
      startsAt: toLocal(meeting.startsAt),
      endsAt: toLocal(meeting.endsAt),
      venueType: meeting.venueType,
      venueName: meeting.venueName ?? '',
      remoteUrl: meeting.remoteUrl ?? '',
      agenda: meeting.agenda ?? '',
      chairSide: meeting.chairSide,
    });
    // The form is above the list: take the coordinator (and their screen reader) there.
    requestAnimationFrame(() => document.getElementById('meeting-name')?.focus());
  }

  function cancelEdit() {
    setEditing(null);
    setErrors([]);
    setForm(blank);
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
        <h2 id="meeting-title">{editing ? t('publish.editTitle', { title: editing.title }) : t('console.meetings.title')}</h2>
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
        <div class="buttons">
          <button type="submit" disabled={busy}>
            {busy ? t('console.saving') : editing ? t('publish.saveChanges') : t('console.meetings.schedule')}
          </button>
          {editing ? (
            <button type="button" class="secondary" onClick={cancelEdit}>
              {t('publish.cancelEdit')}
            </button>
          ) : null}
        </div>
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
                {/* A cancelled meeting owes no notes: its line says why it was called off instead (below). */}
                {[t(`domain.venueType.${m.venueType}`), t(`domain.chairSide.${m.chairSide}`), ...(m.cancelled ? [] : [m.notesPublishedAt ? t('console.meetings.notesPublished') : t('console.meetings.notesMissing')])].join(' · ')}
              </p>
              {m.cancelled ? <p class="meta cancelled">{t('gate.cancel.status', { reason: m.cancelled.reason[language] })}</p> : null}
              {m.cancelled ? null : (
                <button type="button" class="secondary" aria-label={t('publish.editLabel', { title: m.title })} onClick={() => edit(m)}>
                  {t('publish.edit')}
                </button>
              )}
              {m.cancelled || m.heldAt ? null : <CancelMeeting meeting={m} />}
            </li>
          ))}
        </ul>
      </section>
      <NotesReview />
    </div>
  );
}
