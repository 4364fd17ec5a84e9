import { OutreachActivity } from '../../../shared/domain/outreach-activity.ts';
import { parseValue } from '../../../shared/domain/parse-value.ts';
import type { Stakeholder } from '../../../shared/domain/stakeholder.ts';
import { bilingualMessage } from '../../../shared/i18n/translate.ts';
import { SIGNATORIES } from '../../../shared/seed/signatories.ts';
import type { LedgerViews } from '../../../shared/ledger/views/index.ts';
import { appendAsConsole, type ConsoleAnswer, type ConsoleError, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';

/** Coverage of the registry (R22): counts by sector, region and language (unknown counted as such), and the share recruited by targeted outreach. */
export type RegistryCoverage = {
  total: number;
  bySector: Record<string, number>;
  byRegion: Record<string, number>;
  byLanguage: Record<string, number>;
  targeted: number;
};

export function registryCoverage(stakeholders: readonly Stakeholder[]): RegistryCoverage {
  const tally = (pick: (s: Stakeholder) => string | undefined) => {
    const out: Record<string, number> = {};
    for (const s of stakeholders) {
      const key = pick(s) ?? 'unknown';
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  };
  return {
    total: stakeholders.length,
    bySector: tally((s) => s.sector),
    byRegion: tally((s) => s.region),
    byLanguage: tally((s) => s.preferredLanguage),
    targeted: stakeholders.filter((s) => s.recruitmentChannel === 'targeted_outreach').length,
  };
}

/** Coverage of the outreach log (R22): activities by the sector, region and language of their audience ('unknown' where not aimed at one), how many were targeted, and who they reached. */
export type OutreachCoverage = {
  activities: number;
  targeted: number;
  participantsReached: number;
  organisations: number;
  bySector: Record<string, number>;
  byRegion: Record<string, number>;
  byLanguage: Record<string, number>;
};

export function outreachCoverage(activities: readonly OutreachActivity[]): OutreachCoverage {
  const tally = (pick: (a: OutreachActivity) => string | undefined) => {
    const out: Record<string, number> = {};
    for (const a of activities) {
      const key = pick(a) ?? 'unknown';
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  };
  // The same organisation reached twice counts once, whatever its spelling's case and spacing.
  const organisations = new Set(activities.flatMap((a) => a.organisations ?? []).map((name) => name.trim().toLowerCase().replace(/\s+/g, ' ')));
  return {
    activities: activities.length,
    targeted: activities.filter((a) => a.recruitmentChannel === 'targeted_outreach').length,
    participantsReached: activities.reduce((sum, a) => sum + a.participantsReached, 0),
    organisations: organisations.size,
    bySector: tally((a) => a.audienceSector),
    byRegion: tally((a) => a.audienceRegion),
    byLanguage: tally((a) => a.language),
  };
}

/** R21: for each commitment, the registry entries whose policy areas match one of its own (case and spacing ignored). */
export function commitmentMatches(views: LedgerViews): Array<{ code: string; title: { en: string; fr: string }; areas: string[]; matches: string[] }> {
  const norm = (area: string) => area.trim().toLowerCase();
  return views.commitments.map(({ commitment }) => {
    const areas = new Set(commitment.policyAreas.map(norm));
    return {
      code: commitment.code,
      title: commitment.title,
      areas: commitment.policyAreas,
      matches: views.stakeholders.filter((s) => s.policyAreas.some((a) => areas.has(norm(a)))).map((s) => s.name),
    };
  });
}

function coordinator() {
  const user = consoleUser();
  if (!user.ok) return { ok: false as const, answer: refused(user.reason) };
  const member = consoleMember(user.email, readMemberRecords());
  return member ? { ok: true as const, member } : { ok: false as const, answer: refused('console.error.notLinked') };
}

/** Console › Stakeholders: the letter's 26 signatories into the registry, once (those already there are left as they are). */
export function consoleSeedSignatories(): ConsoleAnswer {
  const who = coordinator();
  if (!who.ok) return who.answer;
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const known = new Set(ledger.views.stakeholders.map((s) => s.id));
  const missing = SIGNATORIES.filter((s) => !known.has(s.id));
  if (missing.length === 0) return { ok: true, value: null };
  return appendAsConsole(
    who.member,
    missing.map((stakeholder) => ({ type: 'stakeholder.upserted', payload: { stakeholder } })),
  );
}

export type StakeholderInput = { id?: unknown; sector?: unknown; region?: unknown; preferredLanguage?: unknown; recruitmentChannel?: unknown; policyAreas?: unknown };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Console › Stakeholders: one entry's sector, region, language, recruitment channel and policy areas, as a new snapshot. An empty choice means unknown. */
export function consoleSaveStakeholder(input: StakeholderInput): ConsoleAnswer {
  const who = coordinator();
  if (!who.ok) return who.answer;
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const known = ledger.views.stakeholders.find((s) => s.id === text(input?.id));
  if (!known) return refused('schema.required', undefined, 'id');
  const { sector: _s, region: _r, preferredLanguage: _l, recruitmentChannel: _c, ...rest } = known;
  const optional = (key: string, value: unknown) => (text(value) === '' ? {} : { [key]: text(value) });
  const stakeholder = {
    ...rest,
    ...optional('sector', input?.sector),
    ...optional('region', input?.region),
    ...optional('preferredLanguage', input?.preferredLanguage),
    ...optional('recruitmentChannel', input?.recruitmentChannel),
    policyAreas: [...new Set(text(input?.policyAreas).split(/[,;\n]/).map((a) => a.trim()).filter((a) => a !== ''))],
  };
  const answer = appendAsConsole(who.member, [{ type: 'stakeholder.upserted', payload: { stakeholder } }]);
  return answer.ok ? answer : { ok: false, errors: answer.errors.map((e) => ({ ...e, path: e.path.replace(/^stakeholder\./, '') })) };
}

export type OutreachInput = {
  date?: unknown;
  phase?: unknown;
  method?: unknown;
  recruitmentChannel?: unknown;
  targetGroup?: unknown;
  audienceSector?: unknown;
  audienceRegion?: unknown;
  language?: unknown;
  organisations?: unknown;
  participantsReached?: unknown;
  newOrgsCount?: unknown;
  accessibilityMeasures?: unknown;
  notes?: unknown;
};

/** A count as the form sends it: digits only (no sign, no decimals, no "1e3"), else the field's own refusal. */
function count(value: unknown, path: string, errors: ConsoleError[]): number {
  const digits = typeof value === 'number' ? String(value) : text(value);
  if (/^\d{1,9}$/.test(digits)) return Number(digits);
  errors.push({ path, message: bilingualMessage('outreach.error.count') });
  return 0;
}

/**
 * Console › Stakeholders: one entry of the outreach log (`outreach.logged`), through the ledger's own
 * write path. Refused with every reason at once, nothing stored, when a count is not a whole number, the
 * date is not a real day or is after today (the log records what took place), more organisations are
 * new than are listed, or the schema refuses a field (an unknown channel, an empty audience).
 */
export function consoleLogOutreach(input: OutreachInput): ConsoleAnswer {
  const who = coordinator();
  if (!who.ok) return who.answer;
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const errors: ConsoleError[] = [];
  const date = text(input?.date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    errors.push({ path: 'date', message: bilingualMessage('outreach.error.date') });
  } else if (date > ledger.today) {
    errors.push({ path: 'date', message: bilingualMessage('outreach.error.future', { today: ledger.today }) });
  }
  const participantsReached = count(input?.participantsReached, 'participantsReached', errors);
  const newOrgsCount = count(input?.newOrgsCount, 'newOrgsCount', errors);
  const organisations = [...new Set(text(input?.organisations).split(/[\n;]/).map((name) => name.trim()).filter((name) => name !== ''))];
  if (organisations.length > 0 && newOrgsCount > organisations.length) {
    errors.push({ path: 'newOrgsCount', message: bilingualMessage('outreach.error.newOrgs', { count: newOrgsCount, listed: organisations.length }) });
  }
  const optional = (key: string, value: unknown) => (text(value) === '' ? {} : { [key]: text(value) });
  const activity = {
    id: Utilities.getUuid(),
    phase: text(input?.phase),
    targetGroup: text(input?.targetGroup),
    method: text(input?.method),
    recruitmentChannel: text(input?.recruitmentChannel),
    date,
    language: text(input?.language),
    accessibilityMeasures: text(input?.accessibilityMeasures),
    participantsReached,
    newOrgsCount,
    ...optional('audienceSector', input?.audienceSector),
    ...optional('audienceRegion', input?.audienceRegion),
    ...(organisations.length > 0 ? { organisations } : {}),
    ...optional('notes', input?.notes),
  };
  // The schema's reasons for the other fields beside the form's own, so every reason shows at once.
  const parsed = parseValue(OutreachActivity, activity);
  for (const e of parsed.ok ? [] : parsed.errors) if (!errors.some((own) => own.path === e.path)) errors.push({ path: e.path, message: e.message });
  if (errors.length > 0) return { ok: false, errors };
  const answer = appendAsConsole(who.member, [{ type: 'outreach.logged', payload: { activity } }]);
  return answer.ok ? answer : { ok: false, errors: answer.errors.map((e) => ({ ...e, path: e.path.replace(/^activity\./, '') })) };
}
