import { useState } from 'preact/hooks';
import { RecruitmentChannel } from '../../../../shared/domain/recruitment-channel.ts';
import { Region } from '../../../../shared/domain/region.ts';
import { Sector } from '../../../../shared/domain/sector.ts';
import type { Stakeholder } from '../../../../shared/domain/stakeholder.ts';
import type { ConsoleKey } from './console-messages.ts';
import type { ConsoleError } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Problems, Saved, SelectField, TallyLine, TextField } from './FormBits.tsx';
import { OutreachLog } from './OutreachLog.tsx';

/** Console › Stakeholders: the registry (seeded with the 26 signatories), its coverage (R22), the outreach log, and who to connect with each commitment (R21). */
export function StakeholdersPanel() {
  const { t, language, state, server, write } = useConsole();
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const c = state.coverageByGroup;
  const seeded = state.stakeholders.length >= 26;
  const percent = c.total === 0 ? 0 : Math.round((c.targeted / c.total) * 100);
  const unknownOr = (label: (key: string) => string) => (key: string) => (key === 'unknown' ? t('console.stakeholders.unknown') : label(key));
  async function seed() {
    const outcome = await write(() => server.consoleSeedSignatories());
    setErrors(outcome.ok ? [] : outcome.errors);
  }
  return (
    <div>
      <section class="card" aria-labelledby="registry-title">
        <h2 id="registry-title">{t('console.stakeholders.title')}</h2>
        <Problems errors={errors} />
        {seeded ? null : (
          <button type="button" onClick={seed}>
            {t('console.stakeholders.seed')}
          </button>
        )}
        {saved ? <Saved text={t('console.saved')} /> : null}
        {state.stakeholders.length === 0 ? <p>{t('console.stakeholders.none')}</p> : null}
        {c.total > 0 ? (
          <div class="coverage-box">
            <h3>{t('console.stakeholders.coverage')}</h3>
            <p>{t('console.stakeholders.targeted', { targeted: c.targeted, total: c.total, percent })}</p>
            <TallyLine label={t('console.stakeholders.bySector')} counts={c.bySector} name={unknownOr((k) => t(`domain.sector.${k}` as ConsoleKey))} />
            <TallyLine label={t('console.stakeholders.byRegion')} counts={c.byRegion} name={unknownOr((k) => t(`domain.region.${k}` as ConsoleKey))} />
            <TallyLine label={t('console.stakeholders.byLanguage')} counts={c.byLanguage} name={unknownOr((k) => t(`common.language.${k}` as ConsoleKey))} />
          </div>
        ) : null}
        <ul class="list">
          {state.stakeholders.map((s) => (
            <li key={s.id}>
              <p class="item-title">{s.name}</p>
              <p class="meta">
                {[s.sector ? t(`domain.sector.${s.sector}`) : '', s.region ? t(`domain.region.${s.region}`) : '', s.recruitmentChannel ? t(`domain.recruitmentChannel.${s.recruitmentChannel}`) : '', s.policyAreas.join(', ')]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {open === s.id ? (
                <StakeholderForm
                  stakeholder={s}
                  onDone={() => {
                    setOpen(null);
                    setSaved(true);
                  }}
                  onCancel={() => setOpen(null)}
                />
              ) : (
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    setOpen(s.id);
                    setSaved(false);
                  }}
                >
                  {t('console.stakeholders.edit', { name: s.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <OutreachLog />
      <section class="card" aria-labelledby="matches-title">
        <h2 id="matches-title">{t('console.stakeholders.matchesTitle')}</h2>
        {state.matches.length === 0 ? <p>{t('console.stakeholders.noCommitments')}</p> : null}
        <ul class="list">
          {state.matches.map((m) => (
            <li key={m.code}>
              <p class="item-title">{`${m.code} — ${m.title[language] || m.title.en}`}</p>
              <p class="meta">{m.areas.join(', ')}</p>
              <p>{m.matches.length > 0 ? m.matches.join(', ') : t('console.stakeholders.noMatch')}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function StakeholderForm({ stakeholder, onDone, onCancel }: { stakeholder: Stakeholder; onDone: () => void; onCancel: () => void }) {
  const { t, server, write } = useConsole();
  const [sector, setSector] = useState<string>(stakeholder.sector ?? '');
  const [region, setRegion] = useState<string>(stakeholder.region ?? '');
  const [preferredLanguage, setLanguage] = useState<string>(stakeholder.preferredLanguage ?? '');
  const [recruitmentChannel, setChannel] = useState<string>(stakeholder.recruitmentChannel ?? '');
  const [policyAreas, setAreas] = useState(stakeholder.policyAreas.join(', '));
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const id = stakeholder.id.replace(/[^A-Za-z0-9_-]/g, '_');
  async function save(event: Event) {
    event.preventDefault();
    const outcome = await write(() => server.consoleSaveStakeholder({ id: stakeholder.id, sector, region, preferredLanguage, recruitmentChannel, policyAreas }));
    if (outcome.ok) onDone();
    else setErrors(outcome.errors);
  }
  const unknown = t('console.stakeholders.unknown');
  const choices = (values: readonly string[], prefix: string) => values.map((v) => [v, t(`${prefix}.${v}` as ConsoleKey)] as const);
  return (
    <form class="inline-form" aria-label={t('console.stakeholders.edit', { name: stakeholder.name })} onSubmit={save} noValidate>
      <Problems errors={errors} labels={{ policyAreas: t('console.stakeholders.areas') }} />
      <SelectField id={`sector-${id}`} label={t('console.stakeholders.sector')} value={sector} onChange={setSector} blank={unknown} options={choices(Sector.options, 'domain.sector')} error={errorFor(errors, 'sector')} />
      <SelectField id={`region-${id}`} label={t('console.stakeholders.region')} value={region} onChange={setRegion} blank={unknown} options={choices(Region.options, 'domain.region')} error={errorFor(errors, 'region')} />
      <SelectField id={`language-${id}`} label={t('console.stakeholders.language')} value={preferredLanguage} onChange={setLanguage} blank={unknown} options={choices(['en', 'fr'], 'common.language')} error={errorFor(errors, 'preferredLanguage')} />
      <SelectField id={`channel-${id}`} label={t('console.stakeholders.channel')} value={recruitmentChannel} onChange={setChannel} blank={unknown} options={choices(RecruitmentChannel.options, 'domain.recruitmentChannel')} error={errorFor(errors, 'recruitmentChannel')} />
      <TextField id={`areas-${id}`} label={t('console.stakeholders.areas')} value={policyAreas} onInput={setAreas} error={errorFor(errors, 'policyAreas')} />
      <div class="buttons">
        <button type="submit">{t('console.stakeholders.save')}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('console.cancel')}
        </button>
      </div>
    </form>
  );
}
