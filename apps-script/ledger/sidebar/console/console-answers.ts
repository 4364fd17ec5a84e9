import * as z from 'zod/mini';
import { BilingualText } from '../../../../shared/domain/bilingual-text.ts';
import { Role } from '../../../../shared/domain/role.ts';
import { Side } from '../../../../shared/domain/side.ts';
import { SignOffProcedure } from '../../../../shared/domain/sign-off-procedure.ts';
import { Workplan } from '../../../../shared/domain/workplan.ts';
import { VerdictOutcome } from '../../../../shared/domain/partnership-verdict.ts';
import { OutreachActivity } from '../../../../shared/domain/outreach-activity.ts';
import { Stakeholder } from '../../../../shared/domain/stakeholder.ts';
import { ChairSide, MeetingType, VenueType } from '../../../../shared/domain/meeting.ts';
import { Language } from '../../../../shared/i18n/language.ts';
import { Finding } from '../../../../shared/rules/finding.ts';

// What the console's server functions answer, checked on arrival: google.script.run carries whatever
// the server returned, and a stale sidebar may talk to a newer script.

export const ConsoleError = z.object({ path: z.string(), message: BilingualText });
export type ConsoleError = z.infer<typeof ConsoleError>;

const Head = z.object({ seq: z.number(), hash: z.string() });

export const WriteAnswer = z.union([
  z.object({ ok: z.literal(true), value: z.unknown(), head: z.optional(Head) }),
  z.object({ ok: z.literal(false), errors: z.array(ConsoleError) }),
]);
export type WriteAnswer = z.infer<typeof WriteAnswer>;

export const IcsFile = z.object({ ics: z.string().check(z.startsWith('BEGIN:VCALENDAR')), filename: z.string() });

export const IssuedToken = z.object({ token: z.string().check(z.regex(/^[0-9a-f]{64}$/)), memberId: z.string(), name: z.string() });

export const ConsoleMember = z.object({
  id: z.string(),
  name: z.string(),
  org: z.string(),
  side: Side,
  roles: z.array(Role),
  issuedAt: z.string(),
  revokedAt: z.optional(z.string()),
});
export type ConsoleMember = z.infer<typeof ConsoleMember>;

export const ConsoleProposal = z.object({
  id: z.string(),
  text: z.string(),
  channel: z.string(),
  submittedBy: z.optional(z.string()),
  submittedAt: z.string(),
  disposition: z.string(),
  response: z.optional(BilingualText),
  docUrl: z.optional(z.string()),
  needsResponse: z.boolean(),
  hasResponse: z.boolean(),
});
export type ConsoleProposal = z.infer<typeof ConsoleProposal>;

const Agreed = z.object({ name: z.string(), at: z.string() });

export const DashboardRow = z.object({ section: z.string(), figure: z.string(), value: z.string(), labelEn: z.string(), labelFr: z.string() });
export type DashboardRow = z.infer<typeof DashboardRow>;

const Approval = z.object({ name: z.string(), at: z.string(), isCurrent: z.boolean() });

/** A meeting's notes draft in review: who sent it, each co-chair's approval, whether this version is out. */
export const ConsoleNotes = z.object({
  draftEventId: z.string(),
  draftedAt: z.string(),
  draftedBy: z.string(),
  languages: z.array(Language),
  statements: z.number(),
  version: z.string(),
  approvals: z.object({ government: z.optional(Approval), csn: z.optional(Approval) }),
  publishedUrl: z.optional(z.string()),
});
export type ConsoleNotes = z.infer<typeof ConsoleNotes>;

/** What the Picker needs (consolePickerConfig), what a preview and a publication answer. */
export const PickerConfig = z.object({ token: z.string().check(z.minLength(1)), appId: z.string().check(z.regex(/^\d+$/)), developerKey: z.string().check(z.minLength(1)) });
export const NotesPreview = z.object({ html: z.string(), version: z.string() });
export const PublishedNotes = z.object({ url: z.string().check(z.regex(/^https:\/\//)), headHash: z.string(), title: z.string() });

export const ConsoleState = z.union([
  z.object({
    ok: z.literal(true),
    language: Language,
    today: z.string(),
    me: z.optional(ConsoleMember),
    members: z.array(ConsoleMember),
    procedure: z.optional(SignOffProcedure),
    agreement: z.object({ government: z.optional(Agreed), csn: z.optional(Agreed) }),
    workplan: z.optional(Workplan),
    findings: z.array(Finding),
    proposals: z.array(ConsoleProposal),
    coverage: z.object({ owing: z.number(), responded: z.number() }),
    head: Head,
    dashboard: z.array(DashboardRow),
    weeklyEmail: z.boolean(),
    digestRecipients: z.array(z.object({ memberId: z.string(), name: z.string(), side: Side, email: z.optional(z.string()), language: Language })),
    criteria: z.array(
      z.object({
        key: z.enum(['windows', 'chairs', 'notes', 'responses']),
        label: BilingualText,
        summary: BilingualText,
        suggested: VerdictOutcome,
        evidence: z.array(z.object({ label: z.string(), url: z.string() })),
      }),
    ),
    verdict: z.optional(z.object({ outcome: z.string(), issuedAt: z.string() })),
    stakeholders: z.array(Stakeholder),
    coverageByGroup: z.object({
      total: z.number(),
      bySector: z.record(z.string(), z.number()),
      byRegion: z.record(z.string(), z.number()),
      byLanguage: z.record(z.string(), z.number()),
      targeted: z.number(),
    }),
    matches: z.array(z.object({ code: z.string(), title: BilingualText, areas: z.array(z.string()), matches: z.array(z.string()) })),
    outreach: z.array(OutreachActivity),
    outreachCoverage: z.object({
      activities: z.number(),
      targeted: z.number(),
      participantsReached: z.number(),
      organisations: z.number(),
      bySector: z.record(z.string(), z.number()),
      byRegion: z.record(z.string(), z.number()),
      byLanguage: z.record(z.string(), z.number()),
    }),
    meetings: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        type: MeetingType,
        startsAt: z.string(),
        venueType: VenueType,
        chairSide: ChairSide,
        expectedChairSide: z.optional(ChairSide),
        remoteUrl: z.optional(z.string()),
        endsAt: z.optional(z.string()),
        venueName: z.optional(z.string()),
        agenda: z.optional(z.string()),
        heldAt: z.optional(z.string()),
        notesPublishedAt: z.optional(z.string()),
        notesUrl: z.optional(z.string()),
        notes: z.optional(ConsoleNotes),
        cancelled: z.optional(z.object({ at: z.string(), by: z.string(), reason: z.object({ en: z.string(), fr: z.string() }) })),
      }),
    ),
    suggestedChair: ChairSide,
    repository: z.array(z.object({ kind: z.enum(['notes', 'response', 'verdict']), title: z.string(), url: z.string(), at: z.optional(z.string()) })),
  }),
  z.object({ ok: z.literal(false), language: Language, errors: z.array(ConsoleError) }),
]);
export type ConsoleState = z.infer<typeof ConsoleState>;
export type LoadedState = Extract<ConsoleState, { ok: true }>;
