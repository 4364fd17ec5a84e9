import type { Member } from '../../../../shared/domain/member.ts';
import type { ClientEvent, ClientEventOf } from '../../../../shared/ledger/event-catalogue.ts';
import type { EventType } from '../../../../shared/ledger/event-type.ts';
import { commitmentVersionHash } from '../../../../shared/domain/commitment-version-hash.ts';
import * as domain from '../../domain/examples.ts';
import { sha256 } from './digest.ts';

/** A valid v4-shaped UUID numbered n, so tests can make many distinct ids. */
export const uuid = (n: number): string => `0b6f4d2e-8a51-4c1e-9d4a-${n.toString(16).padStart(12, '0')}`;

const envelope = { v: 1 as const, at: '2026-01-14T15:20:34.000Z' };

/** A proposal as submitted: no disposition nor response, those are `proposal.disposed`'s. */
const { disposition: _disposition, reasonedResponse: _response, ...submittedProposal } = domain.proposal;
/** A meeting as a snapshot states it: notes not started (the notes events move them on). */
const scheduledMeeting = { ...domain.meeting, notesStatus: { en: 'none' as const, fr: 'none' as const } };

/** One valid client event of every v1 type, built from the domain examples. */
export const SAMPLE_EVENTS: { [T in EventType]: ClientEventOf<T> } = {
  'annotation.created': { ...envelope, id: uuid(1), type: 'annotation.created', source: 'extension', entityId: 'ann-1', payload: domain.annotation },
  'annotation.updated': { ...envelope, id: uuid(2), type: 'annotation.updated', source: 'extension', entityId: 'ann-1', payload: { ...domain.annotation, text: 'Deadline kept.' } },
  'annotation.deleted': { ...envelope, id: uuid(3), type: 'annotation.deleted', source: 'extension', entityId: 'ann-1', payload: { meetingId: domain.meeting.id } },
  'tag.created': { ...envelope, id: uuid(4), type: 'tag.created', source: 'docs', payload: { tag: domain.documentTag } },
  'tag.updated': { ...envelope, id: uuid(5), type: 'tag.updated', source: 'docs', entityId: domain.documentTag.id, payload: { tag: { ...domain.documentTag, actionStatus: 'done' } } },
  'tag.removed': { ...envelope, id: uuid(6), type: 'tag.removed', source: 'docs', entityId: domain.documentTag.id, payload: { docId: domain.documentTag.docId } },
  'commitment.upserted': { ...envelope, id: uuid(7), type: 'commitment.upserted', source: 'docs', payload: { commitment: domain.commitment, versionHash: commitmentVersionHash(domain.commitment, sha256), docId: domain.documentTag.docId } },
  'proposal.submitted': { ...envelope, id: uuid(8), type: 'proposal.submitted', source: 'sheet', payload: { proposal: submittedProposal } },
  'proposal.disposed': { ...envelope, id: uuid(9), type: 'proposal.disposed', source: 'sheet', payload: { proposalId: domain.proposal.id, disposition: 'partially_adopted', response: domain.proposal.reasonedResponse } },
  'signoff.recorded': { ...envelope, id: uuid(10), type: 'signoff.recorded', source: 'docs', payload: domain.signOff },
  'verdict.issued': { ...envelope, id: uuid(11), type: 'verdict.issued', source: 'sheet', payload: { verdict: domain.partnershipVerdict } },
  'procedure.agreed': { ...envelope, id: uuid(12), type: 'procedure.agreed', source: 'sheet', payload: { procedure: domain.signOffProcedure } },
  'workplan.updated': { ...envelope, id: uuid(13), type: 'workplan.updated', source: 'sheet', payload: { workplan: domain.workplan } },
  'meeting.scheduled': { ...envelope, id: uuid(14), type: 'meeting.scheduled', source: 'sheet', payload: { meeting: scheduledMeeting } },
  'meeting.updated': { ...envelope, id: uuid(15), type: 'meeting.updated', source: 'extension', entityId: domain.meeting.id, payload: { meeting: { ...scheduledMeeting, chairSide: 'government' } } },
  'meeting.held': { ...envelope, id: uuid(16), type: 'meeting.held', source: 'extension', payload: { meetingId: domain.meeting.id, startedAt: '2026-01-14T15:02:00.000Z', endedAt: '2026-01-14T16:55:00.000Z' } },
  'meeting.notes_published': { ...envelope, id: uuid(17), type: 'meeting.notes_published', source: 'sheet', payload: { meetingId: domain.meeting.id, language: 'bilingual', url: 'https://open.canada.ca/notes/2026-01', headHash: 'ef'.repeat(32) } },
  'meeting.notes_drafted': { ...envelope, id: uuid(21), type: 'meeting.notes_drafted', source: 'extension', payload: { meetingId: domain.meeting.id, attribution: 'side', languages: ['en', 'fr'], annotationIds: ['ann-1'] } },
  'meeting.notes_approved': { ...envelope, id: uuid(22), type: 'meeting.notes_approved', source: 'sheet', payload: { meetingId: domain.meeting.id, draftEventId: uuid(21), draftHash: 'b'.repeat(64) } },
  'meeting.cancelled': { ...envelope, id: uuid(23), type: 'meeting.cancelled', source: 'sheet', payload: { meetingId: domain.meeting.id, reason: { en: 'Postponed: the draft plan is not ready.', fr: 'Reportée : l’ébauche du plan n’est pas prête.' } } },
  'stakeholder.upserted': { ...envelope, id: uuid(18), type: 'stakeholder.upserted', source: 'sheet', payload: { stakeholder: domain.stakeholder } },
  'outreach.logged': { ...envelope, id: uuid(19), type: 'outreach.logged', source: 'sheet', payload: { activity: domain.outreachActivity } },
  'update.reported': { ...envelope, id: uuid(20), type: 'update.reported', source: 'sheet', payload: { update: domain.progressUpdate } },
  'plan.recorded': { ...envelope, id: uuid(21), type: 'plan.recorded', source: 'sheet', payload: { plan: domain.actionPlan } },
  'irm.assessed': { ...envelope, id: uuid(22), type: 'irm.assessed', source: 'sheet', payload: { assessment: domain.irmAssessment } },
};

export const ALL_SAMPLE_EVENTS: ClientEvent[] = Object.values(SAMPLE_EVENTS);

/** A member holding every role on the given side: the role table, not the member, decides. */
export const memberWith = (roles: Member['roles'], side: Member['side'] = 'csn'): Member => ({
  id: `member-${side}-${roles.join('-') || 'none'}`,
  name: 'Jo Cohen',
  org: 'Open North',
  side,
  roles,
});
