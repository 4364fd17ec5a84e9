import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  ActionPlan,
  Annotation,
  ChairSide,
  Commitment,
  CsnSignOffState,
  DocumentTag,
  GovernmentSignOffState,
  Indicator,
  Meeting,
  Milestone,
  NotesStatus,
  OgpValue,
  Organisation,
  OutreachActivity,
  PartnershipVerdict,
  Person,
  ProgressUpdate,
  Proposal,
  RecruitmentChannel,
  Region,
  Side,
  SignOff,
  SignOffProcedure,
  Stakeholder,
  TagKind,
  TrackerStatus,
  VerdictOutcome,
  Workplan,
  parseValue,
} from '../../../shared/domain/index.ts';
import { AnnotationKind } from '../../../shared/domain/annotation-kind.ts';
import type { MessageKey } from '../../../shared/i18n/catalogue.ts';
import { Language } from '../../../shared/i18n/language.ts';
import { bilingualMessage, type MessageParams } from '../../../shared/i18n/translate.ts';
import * as example from './examples.ts';

/** A copy of `value` with the field at a dotted path (`milestones.0.code`) replaced, or removed when `next` is undefined. */
function withField(value: object, dotted: string, next: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const parts = dotted.split('.');
  let target: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  const last = parts.at(-1)!;
  if (next === undefined) delete target[last];
  else target[last] = next;
  return copy;
}

const tooLong = 'x'.repeat(10_001);
const oneOf = (schema: { options: readonly string[] }) => ({ values: schema.options.join(', ') });

describe('domain schemas accept realistic Canadian records', () => {
  it.each<[string, z.ZodMiniType, unknown]>([
    ['ActionPlan', ActionPlan, example.actionPlan],
    ['Commitment', Commitment, example.commitment],
    ['Milestone', Milestone, example.milestone],
    ['Indicator', Indicator, example.indicator],
    ['Indicator with a nap5-style code C05.2.07', Indicator, { ...example.indicator, code: 'C05.2.07' }],
    ['ProgressUpdate', ProgressUpdate, example.progressUpdate],
    ['Proposal', Proposal, example.proposal],
    ['Proposal sent anonymously, not yet disposed', Proposal, { ...example.proposal, submittedBy: undefined, disposition: 'pending', reasonedResponse: undefined }],
    ['DocumentTag', DocumentTag, example.documentTag],
    ['DocumentTag anchored by its quote only', DocumentTag, { ...example.documentTag, anchor: { type: 'quote' } }],
    ['Annotation', Annotation, example.annotation],
    ['Annotation with only the five fixed fields', Annotation, { meetingId: 'm-1', kind: 'note', text: '' }],
    ['Meeting', Meeting, example.meeting],
    ['Meeting online only, no venue name', Meeting, { ...example.meeting, venueType: 'online_only', venueName: undefined }],
    ['SignOffProcedure agreed', SignOffProcedure, example.signOffProcedure],
    ['SignOffProcedure still a draft', SignOffProcedure, { ...example.signOffProcedure, state: 'draft', agreedAt: undefined }],
    ['SignOff on the CSN track', SignOff, example.signOff],
    ['SignOff on the government track', SignOff, { ...example.signOff, track: 'government', state: 'approved_with_changes' }],
    ['SignOff on the MSF track', SignOff, { ...example.signOff, subject: { kind: 'meeting_notes', id: 'msf-2026-01-14' }, track: 'msf', state: 'agreed' }],
    ['PartnershipVerdict', PartnershipVerdict, example.partnershipVerdict],
    ['Workplan', Workplan, example.workplan],
    ['Organisation', Organisation, example.organisation],
    ['Person', Person, example.person],
    ['Stakeholder', Stakeholder, example.stakeholder],
    ['OutreachActivity', OutreachActivity, example.outreachActivity],
  ])('%s', (_name, schema, value) => {
    const result = parseValue(schema, value);
    expect(result).toEqual({ ok: true, value: expect.anything() });
  });

  it('keeps a half-written commitment so rules can report what is missing', () => {
    const draft = {
      ...example.commitment,
      title: { en: 'Open data for results', fr: '' },
      ogpValues: [],
      leadInstitutions: [],
      startDate: undefined,
      endDate: undefined,
      milestones: [],
    };
    expect(parseValue(Commitment, draft).ok).toBe(true);
  });

  it('keeps extra optional fields other tools add to an annotation out of the parsed value', () => {
    const result = parseValue(Annotation, { ...example.annotation, platform: 'google-meet' });
    expect(result.ok && 'platform' in result.value).toBe(false);
  });
});

describe('domain schemas refuse bad values with the field path and a bilingual message', () => {
  it.each<[string, z.ZodMiniType, unknown, string, MessageKey, MessageParams?]>([
    ['commitment code without two digits', Commitment, withField(example.commitment, 'code', 'C1'), 'code', 'domain.error.commitmentCode'],
    ['commitment code given a milestone code', Commitment, withField(example.commitment, 'code', 'C01.1'), 'code', 'domain.error.commitmentCode'],
    ['milestone code malformed', Commitment, withField(example.commitment, 'milestones.0.code', 'C1.1'), 'milestones[0].code', 'domain.error.milestoneCode'],
    ['indicator code with two levels', Commitment, withField(example.commitment, 'milestones.0.indicators.0.code', 'C01.1'), 'milestones[0].indicators[0].code', 'domain.error.indicatorCode'],
    ['indicator due month 13', Indicator, withField(example.indicator, 'dueDate', '2026-13'), 'dueDate', 'domain.error.yearMonth'],
    ['indicator due date given as a full date', Indicator, withField(example.indicator, 'dueDate', '2026-03-31'), 'dueDate', 'domain.error.yearMonth'],
    ['OGP value not in the list', Commitment, withField(example.commitment, 'ogpValues', ['transparency', 'openness']), 'ogpValues[1]', 'schema.notAllowed', oneOf(OgpValue)],
    ['French title over the text cap', Commitment, withField(example.commitment, 'title.fr', tooLong), 'title.fr', 'schema.tooLong', { maximum: 10_000 }],
    ['commitment without a title', Commitment, withField(example.commitment, 'title', undefined), 'title', 'schema.required'],
    ['commitment start on 30 February', Commitment, withField(example.commitment, 'startDate', '2025-02-30'), 'startDate', 'schema.badFormat', { format: 'date' }],
    ['OGP id of the wrong shape', Commitment, withField(example.commitment, 'ogpId', 'CA79'), 'ogpId', 'domain.error.ogpId'],
    ['inclusion decision outside its three values', Commitment, withField(example.commitment, 'inclusionDecision', 'approved'), 'inclusionDecision', 'schema.notAllowed', { values: 'pending, included, not_included' }],
    ['policy official without a name', Commitment, withField(example.commitment, 'policyOfficials', [{ name: '' }]), 'policyOfficials[0].name', 'schema.required'],
    ['plan ending before it starts', ActionPlan, withField(example.actionPlan, 'periodEnd', '2025-01-01'), 'periodEnd', 'domain.error.periodOrder'],
    ['plan in Spanish', ActionPlan, withField(example.actionPlan, 'languages', ['en', 'es']), 'languages[1]', 'schema.notAllowed', oneOf(Language)],
    ['reporting period as a quarter', ActionPlan, withField(example.actionPlan, 'reportingPeriods', ['2025-Q4']), 'reportingPeriods[0]', 'domain.error.yearMonth'],
    ['forum rules link that runs script', ActionPlan, withField(example.actionPlan, 'forumRulesPublicUrl', 'javascript:alert(1)'), 'forumRulesPublicUrl', 'domain.error.httpUrl'],
    ['plan sequence number 0', ActionPlan, withField(example.actionPlan, 'sequenceNo', 0), 'sequenceNo', 'schema.tooSmall', { minimum: 1 }],
    ['tracker status not in the tracker', ProgressUpdate, withField(example.progressUpdate, 'status', 'DONE'), 'status', 'schema.notAllowed', oneOf(TrackerStatus)],
    ['progress without its French', ProgressUpdate, withField(example.progressUpdate, 'progress.fr', undefined), 'progress.fr', 'schema.required'],
    ['update with an indicator code as milestone', ProgressUpdate, withField(example.progressUpdate, 'milestoneCode', 'C01.1.1'), 'milestoneCode', 'domain.error.milestoneCode'],
    ['empty proposal', Proposal, withField(example.proposal, 'text', ''), 'text', 'schema.required'],
    ['reasoned response link over FTP', Proposal, withField(example.proposal, 'reasonedResponse.docUrl', 'ftp://open.canada.ca/r.pdf'), 'reasonedResponse.docUrl', 'domain.error.httpUrl'],
    ['proposal disposition unknown', Proposal, withField(example.proposal, 'disposition', 'rejected'), 'disposition', 'schema.notAllowed', { values: 'pending, adopted, partially_adopted, merged, deferred_to_next_plan, out_of_scope, not_adopted' }],
    ['document tag kind "note" (webinar only)', DocumentTag, withField(example.documentTag, 'kind', 'note'), 'kind', 'schema.notAllowed', oneOf(TagKind)],
    ['document tag anchored to a bookmark', DocumentTag, withField(example.documentTag, 'anchor', { type: 'bookmark' }), 'anchor.type', 'schema.unknownKind'],
    ['annotation kind unknown', Annotation, withField(example.annotation, 'kind', 'todo'), 'kind', 'schema.notAllowed', oneOf(AnnotationKind)],
    ['annotation before the meeting started', Annotation, withField(example.annotation, 'offsetMs', -5), 'offsetMs', 'schema.tooSmall', { minimum: 0 }],
    ['annotation over the text cap', Annotation, withField(example.annotation, 'text', tooLong), 'text', 'schema.tooLong', { maximum: 10_000 }],
    ['annotation without a meeting', Annotation, withField(example.annotation, 'meetingId', undefined), 'meetingId', 'schema.required'],
    ['remote link to a local file', Meeting, withField(example.meeting, 'remoteUrl', 'file:///etc/passwd'), 'remoteUrl', 'domain.error.httpUrl'],
    ['chair side spelled civil_society', Meeting, withField(example.meeting, 'chairSide', 'civil_society'), 'chairSide', 'schema.notAllowed', oneOf(ChairSide)],
    ['meeting ending before it starts', Meeting, withField(example.meeting, 'endsAt', '2026-01-14T14:00:00.000Z'), 'endsAt', 'domain.error.endsBeforeStart'],
    ['attendee on an unknown side', Meeting, withField(example.meeting, 'attendees.1.side', 'ngo'), 'attendees[1].side', 'schema.notAllowed', oneOf(Side)],
    ['French notes status unknown', Meeting, withField(example.meeting, 'notesStatus.fr', 'final'), 'notesStatus.fr', 'schema.notAllowed', oneOf(NotesStatus)],
    ['agreed procedure with no agreement date', SignOffProcedure, withField(example.signOffProcedure, 'agreedAt', undefined), 'agreedAt', 'schema.required'],
    ['review window of zero days', SignOffProcedure, withField(example.signOffProcedure, 'govSteps.0.minReviewDays', 0), 'govSteps[0].minReviewDays', 'schema.tooSmall', { minimum: 1 }],
    ['procedure with no CSN step', SignOffProcedure, withField(example.signOffProcedure, 'csnSteps', []), 'csnSteps', 'schema.atLeastOne'],
    ['CSN record saying "approved"', SignOff, withField(example.signOff, 'state', 'approved'), 'state', 'schema.notAllowed', oneOf(CsnSignOffState)],
    ['government record saying "endorse"', SignOff, { ...example.signOff, track: 'government', state: 'endorse' }, 'state', 'schema.notAllowed', oneOf(GovernmentSignOffState)],
    ['sign-off on an unknown track', SignOff, withField(example.signOff, 'track', 'parliament'), 'track', 'schema.unknownKind'],
    ['sign-off window closing before it opens', SignOff, withField(example.signOff, 'windowCloses', '2025-03-01T00:00:00.000Z'), 'windowCloses', 'domain.error.windowOrder'],
    ['sign-off on a version hash that is not SHA-256', SignOff, withField(example.signOff, 'versionHash', 'abc123'), 'versionHash', 'schema.sha256'],
    ['sign-off subject kind unknown', SignOff, withField(example.signOff, 'subject.kind', 'budget'), 'subject.kind', 'schema.notAllowed', { values: 'procedure, workplan, commitment, action_plan, meeting_notes' }],
    ['verdict outside its three values', PartnershipVerdict, withField(example.partnershipVerdict, 'verdict', 'yes'), 'verdict', 'schema.notAllowed', oneOf(VerdictOutcome)],
    ['verdict with no criteria', PartnershipVerdict, withField(example.partnershipVerdict, 'criteria', []), 'criteria', 'schema.atLeastOne'],
    ['evidence link that is not a web address', PartnershipVerdict, withField(example.partnershipVerdict, 'criteria.0.evidence.0.url', 'see the minutes'), 'criteria[0].evidence[0].url', 'domain.error.httpUrl'],
    ['work plan phase ending before it starts', Workplan, withField(example.workplan, 'phases.0.ends', '2023-12-31'), 'phases[0].ends', 'domain.error.periodOrder'],
    ['sign-off window in the work plan reversed', Workplan, withField(example.workplan, 'phases.1.signOffWindows.0.closes', '2025-03-01'), 'phases[1].signOffWindows[0].closes', 'domain.error.windowOrder'],
    ['negative staff capacity', Workplan, withField(example.workplan, 'capacity.csn.people', -1), 'capacity.csn.people', 'schema.tooSmall', { minimum: 0 }],
    ['recruitment channel unknown', Stakeholder, withField(example.stakeholder, 'recruitmentChannel', 'word_of_mouth'), 'recruitmentChannel', 'schema.notAllowed', oneOf(RecruitmentChannel)],
    ['preferred language Spanish', Stakeholder, withField(example.stakeholder, 'preferredLanguage', 'es'), 'preferredLanguage', 'schema.notAllowed', oneOf(Language)],
    ['region spelled out', Stakeholder, withField(example.stakeholder, 'region', 'Ontario'), 'region', 'schema.notAllowed', oneOf(Region)],
    ['participants reached as a fraction', OutreachActivity, withField(example.outreachActivity, 'participantsReached', 2.5), 'participantsReached', 'schema.wrongType', { expected: 'int' }],
    ['outreach date in day/month/year', OutreachActivity, withField(example.outreachActivity, 'date', '20/03/2024'), 'date', 'schema.badFormat', { format: 'date' }],
    ['organisation website on localhost', Organisation, withField(example.organisation, 'website', 'http://localhost:8080'), 'website', 'domain.error.httpUrl'],
    ['remote link longer than any browser keeps', Meeting, withField(example.meeting, 'remoteUrl', `https://meet.google.com/${'a'.repeat(2030)}`), 'remoteUrl', 'schema.tooLong', { maximum: 2048 }],
    ['person email over 254 characters', Person, withField(example.person, 'email', `${'a'.repeat(250)}@tbs-sct.gc.ca`), 'email', 'schema.tooLong', { maximum: 254 }],
    ['person email without a domain', Person, withField(example.person, 'email', 'a.tremblay'), 'email', 'schema.badFormat', { format: 'email' }],
  ])('%s', (_name, schema, value, path, key, params) => {
    const result = parseValue(schema, value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ path, message: bilingualMessage(key, params) }));
    for (const error of result.errors) {
      expect(error.message.en).not.toBe('');
      expect(error.message.fr).not.toBe('');
      expect(error.message.fr).not.toBe(error.message.en);
    }
  });
});
