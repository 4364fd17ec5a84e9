import { useEffect, useState } from 'preact/hooks';
import type { FieldError, ParseResult } from '../../shared/domain/parse-value.ts';
import type { Attribution, ChairSide, Meeting, MeetingType, VenueType } from '../../shared/domain/meeting.ts';
import type { Side } from '../../shared/domain/side.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { Translate } from './make-translate.ts';
import { suggestChairSide } from './suggest-chair-side.ts';

const MEETING_TYPES: MeetingType[] = ['msf_regular', 'cocreation_workshop', 'implementation_tracking', 'public_consultation', 'webinar', 'csn_internal', 'gov_internal'];
const VENUE_TYPES: VenueType[] = ['online_only', 'neutral', 'government_premises', 'cso_premises'];
const CHAIR_SIDES: ChairSide[] = ['government', 'csn', 'co_chaired'];
const ATTRIBUTIONS: Attribution[] = ['by_side', 'by_name', 'none'];
const SIDES: Side[] = ['government', 'csn', 'other'];

/** What the form hands over: a meeting without id, start time or notes status (the panel adds them). */
export type MeetingDraft = Pick<Meeting, 'title' | 'type' | 'venueType' | 'chairSide' | 'attendees' | 'attribution'> &
  Partial<Pick<Meeting, 'remoteUrl' | 'timeZone'>>;

type Props = {
  t: Translate;
  language: Language;
  history: readonly Meeting[];
  detectedTitle?: string;
  /** The meeting page's address, when the page beside the panel is a meeting: the remote link. */
  detectedUrl?: string;
  /** The meeting this computer ran last, so its attendees can be offered again. */
  lastMeeting?: Pick<Meeting, 'title' | 'attendees'>;
  /** Where this computer's clock is (IANA); the notes print times in it. */
  timeZone?: string;
  defaultAttendee?: { name: string; side: Side };
  onStart: (draft: MeetingDraft) => Promise<ParseResult<unknown>>;
};

type AttendeeRow = { key: number; name: string; side: Side };

export function MeetingSetup({ t, language, history, detectedTitle, detectedUrl, lastMeeting, timeZone, defaultAttendee, onStart }: Props) {
  const suggested = suggestChairSide(history);
  const [title, setTitle] = useState(detectedTitle ?? '');
  const [type, setType] = useState<MeetingType>('msf_regular');
  const [venueType, setVenueType] = useState<VenueType>('online_only');
  const [remoteUrl, setRemoteUrl] = useState(detectedUrl ?? '');
  const [chairSide, setChairSide] = useState<ChairSide>(suggested ?? 'government');
  const [attribution, setAttribution] = useState<Attribution>('by_side');
  const [attendees, setAttendees] = useState<AttendeeRow[]>(
    defaultAttendee?.name ? [{ key: 0, ...defaultAttendee }] : [{ key: 0, name: '', side: defaultAttendee?.side ?? 'government' }],
  );
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  // Suggestions that arrive later (the page's title, the ledger's meetings) fill only what the user
  // has not touched: nothing typed is ever replaced.
  const [touched, setTouched] = useState({ title: false, chair: false, remoteUrl: false });
  const [lastAdded, setLastAdded] = useState('');
  useEffect(() => {
    if (detectedTitle && !touched.title) setTitle(detectedTitle);
  }, [detectedTitle, touched.title]);
  useEffect(() => {
    if (detectedUrl && !touched.remoteUrl) setRemoteUrl(detectedUrl);
  }, [detectedUrl, touched.remoteUrl]);
  const addLastAttendees = () => {
    if (!lastMeeting) return;
    let added = 0;
    setAttendees((rows) => {
      const named = rows.filter((row) => row.name.trim());
      const known = new Set(named.map((row) => row.name.trim().toLowerCase()));
      let key = Math.max(-1, ...rows.map((row) => row.key));
      const fresh = lastMeeting.attendees
        .filter((person) => !known.has(person.name.toLowerCase()))
        .map((person) => ({ key: ++key, name: person.name, side: person.side }));
      added = fresh.length;
      return [...named, ...fresh];
    });
    setLastAdded(t('notes.setup.lastAttendeesDone', { count: added }));
  };
  useEffect(() => {
    if (suggested && !touched.chair) setChairSide(suggested);
  }, [suggested, touched.chair]);
  const defaultName = defaultAttendee?.name;
  const defaultSide = defaultAttendee?.side;
  useEffect(() => {
    if (!defaultName || !defaultSide) return;
    setAttendees((rows) => (rows.length === 1 && !rows[0]!.name ? [{ key: rows[0]!.key, name: defaultName, side: defaultSide }] : rows));
  }, [defaultName, defaultSide]);

  const updateAttendee = (key: number, change: Partial<AttendeeRow>) =>
    setAttendees((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!title.trim()) {
      setErrors([{ path: '', code: 'required', message: bilingualMessage('extension.setup.titleRequired') }]);
      return;
    }
    setBusy(true);
    const draft: MeetingDraft = {
      title: title.trim(),
      type,
      venueType,
      chairSide,
      attribution,
      attendees: attendees.filter((row) => row.name.trim()).map((row) => ({ name: row.name.trim(), side: row.side })),
      ...(remoteUrl.trim() ? { remoteUrl: remoteUrl.trim() } : {}),
      ...(timeZone ? { timeZone } : {}),
    };
    const result = await onStart(draft);
    setBusy(false);
    setErrors(result.ok ? [] : result.errors);
  };

  return (
    <form class="setup" onSubmit={submit} aria-labelledby="setup-heading" noValidate>
      <h2 id="setup-heading">{t('extension.setup.heading')}</h2>
      {detectedTitle ? <p class="hint">{t('extension.setup.fromPage', { title: detectedTitle })}</p> : null}
      <label for="meeting-title">{t('extension.setup.title')}</label>
      <input id="meeting-title" value={title} onInput={(e) => {
          setTitle(e.currentTarget.value);
          setTouched((now) => ({ ...now, title: true }));
        }} maxLength={200} aria-required="true" autoComplete="off" />

      <label for="meeting-type">{t('extension.setup.type')}</label>
      <select id="meeting-type" value={type} onChange={(e) => setType(e.currentTarget.value as MeetingType)}>
        {MEETING_TYPES.map((value) => (
          <option key={value} value={value}>{t(`domain.meetingType.${value}`)}</option>
        ))}
      </select>

      <label for="venue-type">{t('extension.setup.venueType')}</label>
      <select id="venue-type" value={venueType} onChange={(e) => setVenueType(e.currentTarget.value as VenueType)}>
        {VENUE_TYPES.map((value) => (
          <option key={value} value={value}>{t(`domain.venueType.${value}`)}</option>
        ))}
      </select>

      <label for="remote-url">{t('extension.setup.remoteUrl')}</label>
      <input
        id="remote-url"
        type="url"
        value={remoteUrl}
        onInput={(e) => {
          setRemoteUrl(e.currentTarget.value);
          setTouched((now) => ({ ...now, remoteUrl: true }));
        }}
        aria-describedby="remote-url-hint"
        autoComplete="off"
      />
      <p id="remote-url-hint" class="hint">
        {detectedUrl && remoteUrl === detectedUrl ? `${t('notes.setup.remoteFromPage')} ` : ''}
        {t('extension.setup.remoteUrlHint')}
      </p>

      <label for="chair-side">{t('extension.setup.chairSide')}</label>
      <select id="chair-side" value={chairSide} onChange={(e) => {
          setChairSide(e.currentTarget.value as ChairSide);
          setTouched((now) => ({ ...now, chair: true }));
        }} aria-describedby="chair-hint">
        {CHAIR_SIDES.map((value) => (
          <option key={value} value={value}>{t(`domain.chairSide.${value}`)}</option>
        ))}
      </select>
      <p id="chair-hint" class="hint">
        {suggested
          ? t('extension.setup.chairSuggested', { side: t(`domain.chairSide.${suggested}`) })
          : t('extension.setup.chairNoHistory')}
      </p>

      <label for="attribution">{t('extension.setup.attribution')}</label>
      <select id="attribution" value={attribution} onChange={(e) => setAttribution(e.currentTarget.value as Attribution)}>
        {ATTRIBUTIONS.map((value) => (
          <option key={value} value={value}>{t(`domain.attribution.${value}`)}</option>
        ))}
      </select>

      <fieldset>
        <legend>{t('extension.setup.attendees')}</legend>
        {attendees.map((row, index) => (
          <div class="attendee" key={row.key}>
            <input
              aria-label={t('extension.setup.attendeeName', { n: index + 1 })}
              value={row.name}
              maxLength={200}
              onInput={(e) => updateAttendee(row.key, { name: e.currentTarget.value })}
            />
            <select
              aria-label={t('extension.setup.attendeeSide', { n: index + 1 })}
              value={row.side}
              onChange={(e) => updateAttendee(row.key, { side: e.currentTarget.value as Side })}
            >
              {SIDES.map((side) => (
                <option key={side} value={side}>{t(`common.side.${side}`)}</option>
              ))}
            </select>
            <button type="button" onClick={() => setAttendees((rows) => rows.filter((r) => r.key !== row.key))}>
              {t('extension.setup.removeAttendee', { n: index + 1 })}
            </button>
          </div>
        ))}
        <div class="row-actions wrap">
          <button
            type="button"
            onClick={() => setAttendees((rows) => [...rows, { key: Math.max(-1, ...rows.map((r) => r.key)) + 1, name: '', side: 'csn' }])}
          >
            {t('extension.setup.addAttendee')}
          </button>
          {lastMeeting && lastMeeting.attendees.length > 0 ? (
            <button type="button" onClick={addLastAttendees}>
              {t('notes.setup.lastAttendees', { title: lastMeeting.title, count: lastMeeting.attendees.length })}
            </button>
          ) : null}
        </div>
        <p role="status" class="announce">{lastAdded}</p>
      </fieldset>
      {timeZone ? <p class="hint">{t('notes.setup.timeZone', { zone: timeZone })}</p> : null}

      {errors.length > 0 ? (
        <FieldErrors
          lead={t('extension.setup.refused')}
          errors={errors}
          language={language}
          labels={{
            title: t('extension.common.fieldLabel', { label: t('extension.setup.title') }),
            remoteUrl: t('extension.common.fieldLabel', { label: t('extension.setup.remoteUrl') }),
            ...Object.fromEntries(
              attendees.map((_row, index) => [
                `attendees[${index}].name`,
                t('extension.common.fieldLabel', { label: t('extension.setup.attendeeName', { n: index + 1 }) }),
              ]),
            ),
          }}
        />
      ) : null}
      <button type="submit" class="primary" disabled={busy}>
        {t('extension.setup.start')}
      </button>
    </form>
  );
}
