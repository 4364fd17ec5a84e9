import type { ProgressUpdate } from '../../../shared/domain/progress-update.ts';
import type { TrackerStatus } from '../../../shared/domain/tracker-status.ts';
import { NAP6, NAP6_PLAN, nap6Commitments } from '../../fixtures/tracker/nap6-records.ts';
import { createHash } from 'node:crypto';
import { commitmentVersionHash } from '../../../shared/domain/commitment-version-hash.ts';
import type { Commitment } from '../../../shared/domain/commitment.ts';
import * as example from '../domain/examples.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { draftVersionHash, notesFromDraft } from '../../../shared/ledger/exports/notes-from-draft.ts';
import { foldEvents } from '../../../shared/ledger/views/fold-events.ts';

// A ledger a year into Canada's 2025-2029 plan, for the repository site: the real plan, two of its
// real commitments (C01, C04, from ckanext-canada's nap6.yaml), a forum meeting whose notes draft both
// co-chairs approved, then published in both languages, proposals (one carrying markup and a formula, to show nothing runs), sign-offs
// on both tracks, the CSN's verdict, tracker updates (the schema's own example text) and the IRM's
// findings. Client events; `side` says which member sends each (signatories speak for their side).

export type SampleEvent = { side: 'government' | 'csn'; event: Record<string, unknown> };

const [c01, c04] = nap6Commitments(['C01', 'C04']);
const ex = NAP6.example;
let n = 0;
const id = () => `5e7a0000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
const at = (day: number) => new Date(Date.UTC(2026, 0, 10 + day, 15, 0, 0)).toISOString();
const ev = (side: SampleEvent['side'], type: string, payload: unknown, day: number, extra: Record<string, unknown> = {}): SampleEvent => ({
  side,
  event: { v: 1, id: id(), type, at: at(day), source: 'sheet', payload, ...extra },
});

const update = (over: Partial<ProgressUpdate>): ProgressUpdate => ({
  reportingPeriod: ex.reporting_period!, commitmentCode: 'C01', milestoneCode: 'C01.1', indicatorCode: 'C01.1.1', status: ex.status as TrackerStatus,
  progress: { en: ex.progress_en!, fr: ex.progress_fr! }, evidence: { en: ex.evidence_en!, fr: ex.evidence_fr! }, challenges: { en: ex.challenges_en!, fr: ex.challenges_fr! },
  ...over,
});

// A snapshot carries no notes status of its own: only meeting.notes_published publishes (issue 8).
// A submission carries only the proposal: its disposition and reasoned response come with proposal.disposed.
const { disposition: _disposition, reasonedResponse: _response, ...submitted } = example.proposal;

const meeting = { ...example.meeting, id: 'msf-2026-01-14', planId: NAP6_PLAN.id, notesStatus: { en: 'none' as const, fr: 'none' as const } };

// The ledger computes version hashes itself and refuses any other (issue 8): send the real ones.
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const c01Text: Commitment = { ...c01!, leadInstitutions: ['rcmp-grc', 'tbs-sct'], issueToBeAddressed: { en: 'People want a say in how the RCMP and the federal government set their openness priorities.', fr: 'La population veut avoir son mot à dire sur la façon dont la GRC et le gouvernement fédéral fixent leurs priorités en matière d’ouverture.' } };
const c04Text: Commitment = { ...c04!, leadInstitutions: ['jus'] };
const C01_HASH = commitmentVersionHash(c01Text, sha256);
const C04_HASH = commitmentVersionHash(c04Text, sha256);

/**
 * The version of the notes draft in `before` (what the console shows the co-chairs and they approve):
 * computed from the events as any client computes it, so the sample's approvals are real ones.
 */
function draftVersion(before: readonly SampleEvent[]): string {
  const stored = before.map(({ side, event }, i) => ({ ...event, seq: i + 1, receivedAt: event.at, hash: '0'.repeat(64), actor: { memberId: side, name: side, org: '', side } }) as unknown as StoredEvent);
  const views = foldEvents(stored, { today: '2026-02-01' });
  return draftVersionHash(notesFromDraft(views.meetings.find((m) => m.meeting.id === meeting.id)!, views.annotations, views.commitments)!, sha256);
}

/** Every event, in the order a coordinator would have recorded them. The hostile proposal is number 3. */
export function sampleEvents(headHashAtNotes = 'ab'.repeat(32)): SampleEvent[] {
  n = 0;
  const start = [
    ev('government', 'plan.recorded', { plan: NAP6_PLAN }, 0),
    ev('government', 'commitment.upserted', { commitment: c01Text, versionHash: C01_HASH }, 0),
    ev('government', 'commitment.upserted', { commitment: c04Text, versionHash: C04_HASH }, 0),
    ev('government', 'meeting.scheduled', { meeting }, 1),
    ev('government', 'meeting.held', { meetingId: meeting.id, startedAt: meeting.startsAt, endedAt: meeting.endsAt }, 4),
    ev('government', 'meeting.notes_drafted', { meetingId: meeting.id, attribution: 'side', languages: ['en', 'fr'], annotationIds: [] }, 5),
  ];
  const draft = { meetingId: meeting.id, draftEventId: start.at(-1)!.event.id, draftHash: draftVersion(start) };
  return [
    ...start,
    // Each side's co-chair approves the draft for their side; only then may it be published (the ledger's gate).
    ev('government', 'meeting.notes_approved', draft, 5),
    ev('csn', 'meeting.notes_approved', draft, 5),
    ev('government', 'meeting.notes_published', { meetingId: meeting.id, language: 'bilingual', url: 'https://open.canada.ca/en/multi-stakeholder-forum-open-government', headHash: headHashAtNotes, draftHash: draft.draftHash }, 6),
    ev('government', 'proposal.submitted', { proposal: { ...submitted, id: 'proposal-0042', linkedCommitments: [c01!.id] } }, 2),
    ev('government', 'proposal.disposed', { proposalId: 'proposal-0042', disposition: 'partially_adopted', response: example.proposal.reasonedResponse }, 7),
    ev('government', 'proposal.submitted', { proposal: { id: 'proposal-0043', channel: 'email', submittedBy: 'Réseau <b>citoyen</b>', submittedAt: at(3), theme: '<script>alert(1)</script>', text: '=HYPERLINK("http://evil.example","click") and <img src=x onerror=alert(2)>', language: 'fr', linkedCommitments: [] } }, 3),
    ev('government', 'proposal.disposed', { proposalId: 'proposal-0043', disposition: 'out_of_scope', response: { text: { en: 'Out of scope for this plan: it concerns provincial services.', fr: 'Hors du champ de ce plan : elle porte sur des services provinciaux.' } } }, 8),
    ev('government', 'signoff.recorded', { ...example.signOff, id: id(), subject: { kind: 'commitment', id: c01!.id }, versionHash: C01_HASH, track: 'government', state: 'approved', signerRole: 'gov_signatory', comment: undefined, recordedBy: undefined }, 9),
    ev('csn', 'signoff.recorded', { ...example.signOff, id: id(), subject: { kind: 'commitment', id: c01!.id }, versionHash: C01_HASH, recordedBy: undefined }, 9),
    ev('csn', 'verdict.issued', { verdict: { ...example.partnershipVerdict, planId: NAP6_PLAN.id } }, 10),
    ev('government', 'update.reported', { update: update({}) }, 11),
    ev('government', 'update.reported', { update: update({ indicatorCode: 'C01.1.2', status: 'C', progress: { en: '+3 regional sessions held; consultation closed', fr: '+3 séances régionales tenues; consultation terminée' }, evidence: undefined, challenges: undefined }) }, 11),
    ev('government', 'irm.assessed', { assessment: { ...example.irmAssessment, reportUrl: undefined, commitmentId: c01!.id, planId: NAP6_PLAN.id } }, 12),
    ev('government', 'irm.assessed', { assessment: { id: 'irm-apr-2025-c04', planId: NAP6_PLAN.id, commitmentId: c04!.id, commitmentCode: 'C04', report: 'action_plan_review', verifiable: 'not_verifiable', relevant: true, values: ['transparency'] } }, 12),
  ];
}
