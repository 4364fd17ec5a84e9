import { useState } from 'preact/hooks';
import { CocreationPhase } from '../../../../shared/domain/cocreation-phase.ts';
import { OutreachMethod } from '../../../../shared/domain/outreach-activity.ts';
import { RecruitmentChannel } from '../../../../shared/domain/recruitment-channel.ts';
import { Region } from '../../../../shared/domain/region.ts';
import { Sector } from '../../../../shared/domain/sector.ts';
import type { ConsoleError, LoadedState } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import type { ConsoleKey } from './console-messages.ts';
import { errorFor, Problems, Saved, SelectField, TallyLine, TextField } from './FormBits.tsx';

type Activity = LoadedState['outreach'][number];

const FIELDS = ['date', 'phase', 'method', 'recruitmentChannel', 'targetGroup', 'audienceSector', 'audienceRegion', 'language', 'organisations', 'participantsReached', 'newOrgsCount', 'accessibilityMeasures', 'notes'] as const;
type Form = Record<(typeof FIELDS)[number], string>;

/** The phase under way today by the work plan (the latest one started), else the first: the form's starting choice. */
function currentPhase(state: LoadedState): string {
  const started = (state.workplan?.phases ?? []).filter((p) => p.starts <= state.today);
  return started.at(-1)?.phase ?? 'planning';
}

const blankForm = (state: LoadedState): Form => ({
  date: state.today,
  phase: currentPhase(state),
  method: 'in_person_session',
  recruitmentChannel: 'targeted_outreach',
  targetGroup: '',
  audienceSector: '',
  audienceRegion: '',
  language: 'bilingual',
  organisations: '',
  participantsReached: '',
  newOrgsCount: '0',
  accessibilityMeasures: '',
  notes: '',
});

/** Console › Stakeholders › Outreach log (R22): what the coordinators did to reach people, its coverage beside it, and the form that logs one more. */
export function OutreachLog() {
  const { t, state, server, write } = useConsole();
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [saved, setSaved] = useState(false);
  const c = state.outreachCoverage;
  const labelOf: Record<keyof Form, string> = {
    date: t('outreach.date'),
    phase: t('outreach.phase'),
    method: t('outreach.method'),
    recruitmentChannel: t('outreach.recruitment'),
    targetGroup: t('outreach.targetGroup'),
    audienceSector: t('outreach.sector'),
    audienceRegion: t('outreach.region'),
    language: t('outreach.language'),
    organisations: t('outreach.organisations'),
    participantsReached: t('outreach.participants'),
    newOrgsCount: t('outreach.newOrgs'),
    accessibilityMeasures: t('outreach.accessibility'),
    notes: t('outreach.notes'),
  };
  const languageName = (key: string) => (key === 'bilingual' ? t('outreach.bilingual') : key === 'unknown' ? t('outreach.unaimed') : t(`common.language.${key}` as ConsoleKey));
  const word = (prefix: string) => (key: string) => (key === 'unknown' ? t('outreach.unaimed') : t(`${prefix}.${key}` as ConsoleKey));

  async function save(event: Event) {
    event.preventDefault();
    if (!form) return;
    const outcome = await write(() => server.consoleLogOutreach(form));
    if (outcome.ok) {
      setForm(null);
      setErrors([]);
      setSaved(true);
    } else setErrors(outcome.errors);
  }
  const field = (key: keyof Form) => ({
    id: `outreach-${key}`,
    label: labelOf[key],
    value: form?.[key] ?? '',
    error: errorFor(errors, key),
  });
  const set = (key: keyof Form) => (value: string) => setForm((f) => (f ? { ...f, [key]: value } : f));
  const choices = (values: readonly string[], name: (v: string) => string) => values.map((v) => [v, name(v)] as const);

  return (
    <section class="card" aria-labelledby="outreach-title">
      <h2 id="outreach-title">{t('outreach.title')}</h2>
      {c.activities > 0 ? (
        <div class="coverage-box">
          <h3>{t('outreach.coverage')}</h3>
          <p>
            {t('outreach.summary', {
              activities: c.activities,
              targeted: c.targeted,
              percent: Math.round((100 * c.targeted) / c.activities),
              people: c.participantsReached,
              orgs: c.organisations,
            })}
          </p>
          <TallyLine label={t('console.stakeholders.bySector')} counts={c.bySector} name={word('domain.sector')} />
          <TallyLine label={t('console.stakeholders.byRegion')} counts={c.byRegion} name={word('domain.region')} />
          <TallyLine label={t('console.stakeholders.byLanguage')} counts={c.byLanguage} name={languageName} />
        </div>
      ) : (
        <p>{t('outreach.none')}</p>
      )}
      {saved ? <Saved text={t('outreach.saved')} /> : null}
      {form ? (
        <form class="inline-form" aria-labelledby="outreach-form-title" onSubmit={save} noValidate>
          <h3 id="outreach-form-title">{t('outreach.formTitle')}</h3>
          <Problems errors={errors} labels={labelOf} />
          <TextField {...field('date')} type="date" onInput={set('date')} />
          <SelectField {...field('phase')} onChange={set('phase')} options={choices(CocreationPhase.options, (v) => t(`domain.cocreationPhase.${v}` as ConsoleKey))} />
          <SelectField {...field('method')} onChange={set('method')} options={choices(OutreachMethod.options, (v) => t(`domain.outreachMethod.${v}` as ConsoleKey))} />
          <SelectField
            {...field('recruitmentChannel')}
            hint={t('outreach.recruitmentHelp')}
            onChange={set('recruitmentChannel')}
            options={choices(RecruitmentChannel.options, (v) => t(`domain.recruitmentChannel.${v}` as ConsoleKey))}
          />
          <fieldset>
            <legend>{t('outreach.audience')}</legend>
            <TextField {...field('targetGroup')} onInput={set('targetGroup')} />
            <SelectField {...field('audienceSector')} blank={t('outreach.anySector')} onChange={set('audienceSector')} options={choices(Sector.options, word('domain.sector'))} />
            <SelectField {...field('audienceRegion')} blank={t('outreach.anyRegion')} onChange={set('audienceRegion')} options={choices(Region.options, word('domain.region'))} />
            <SelectField {...field('language')} onChange={set('language')} options={choices(['bilingual', 'en', 'fr'], languageName)} />
          </fieldset>
          <TextField {...field('organisations')} rows={3} onInput={set('organisations')} />
          <TextField {...field('participantsReached')} inputMode="numeric" onInput={set('participantsReached')} />
          <TextField {...field('newOrgsCount')} inputMode="numeric" onInput={set('newOrgsCount')} />
          <TextField {...field('accessibilityMeasures')} onInput={set('accessibilityMeasures')} />
          <TextField {...field('notes')} rows={3} onInput={set('notes')} />
          <div class="buttons">
            <button type="submit">{t('outreach.save')}</button>
            <button type="button" class="secondary" onClick={() => {
                setForm(null);
                setErrors([]);
              }}>
              {t('console.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => {
            setForm(blankForm(state));
            setSaved(false);
          }}>
          {t('outreach.open')}
        </button>
      )}
      {state.outreach.length > 0 ? (
        <ul class="list outreach-list">
          {[...state.outreach].reverse().map((a) => (
            <ActivityItem key={a.id} activity={a} languageName={languageName} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ActivityItem({ activity: a, languageName }: { activity: Activity; languageName: (key: string) => string }) {
  const { t } = useConsole();
  const audience = [a.audienceSector ? t(`domain.sector.${a.audienceSector}`) : '', a.audienceRegion ? t(`domain.region.${a.audienceRegion}`) : '', languageName(a.language)].filter(Boolean).join(' · ');
  return (
    <li>
      <p class="item-title">{t('outreach.item', { date: a.date, method: t(`domain.outreachMethod.${a.method}`), group: a.targetGroup })}</p>
      <p class="meta">
        {`${t(`domain.cocreationPhase.${a.phase}`)} · ${t(`domain.recruitmentChannel.${a.recruitmentChannel}`)}`}
        <br />
        {audience}
        <br />
        {t('outreach.reached', { people: a.participantsReached, orgs: a.newOrgsCount })}
      </p>
      {a.organisations && a.organisations.length > 0 ? <p class="meta">{a.organisations.join(', ')}</p> : null}
      {a.accessibilityMeasures ? <p class="meta">{a.accessibilityMeasures}</p> : null}
      {a.notes ? <p>{a.notes}</p> : null}
    </li>
  );
}
