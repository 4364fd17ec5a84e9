import type { Stakeholder } from '../../../shared/domain/stakeholder.ts';
import { SIGNATORIES } from '../../../shared/seed/signatories.ts';
import type { LedgerViews } from '../../../shared/ledger/views/index.ts';
import { appendAsConsole, type ConsoleAnswer, refused } from './console-append.ts';
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
