import { describe, expect, it } from 'vitest';
import { entityKeyOf, EVENT_PAYLOADS, parseClientEvent } from '../../../shared/ledger/event-catalogue.ts';
import { EVENT_TYPES } from '../../../shared/ledger/event-type.ts';
import { MAX_TEXT_LENGTH } from '../../../shared/protocol/limits.ts';
import { SAMPLE_EVENTS, uuid } from './events/sample-events.ts';

const clone = <T>(value: T): T => structuredClone(value);

describe('event catalogue', () => {
  it('has a payload schema for every v1 event type and nothing else', () => {
    expect(Object.keys(EVENT_PAYLOADS).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(EVENT_TYPES)('accepts a valid %s event as it was sent', (type) => {
    const result = parseClientEvent(clone(SAMPLE_EVENTS[type]));
    expect(result).toEqual({ ok: true, value: JSON.parse(JSON.stringify(SAMPLE_EVENTS[type])) });
  });

  it('accepts the annotation.created payload other tools write, with only the fixed fields', () => {
    const event = { v: 1, id: uuid(99), type: 'annotation.created', at: '2026-01-14T15:00:00Z', source: 'extension', entityId: 'a-9', payload: { meetingId: 'm', kind: 'note', text: '' } };
    expect(parseClientEvent(event).ok).toBe(true);
  });

  it('drops unknown payload fields rather than storing them', () => {
    const event = { ...clone(SAMPLE_EVENTS['annotation.created']), payload: { ...SAMPLE_EVENTS['annotation.created'].payload, secret: 'x' } };
    const result = parseClientEvent(event);
    expect(result.ok && 'secret' in result.value.payload).toBe(false);
  });

  const invalid: [string, unknown, string][] = [
    ['not an object', 'hello', ''],
    ['an unknown type', { ...SAMPLE_EVENTS['meeting.held'], type: 'meeting.rescheduled' }, 'type'],
    ['a wrong protocol version', { ...SAMPLE_EVENTS['meeting.held'], v: 2 }, 'v'],
    ['an id that is not a UUID', { ...SAMPLE_EVENTS['meeting.held'], id: 'abc' }, 'id'],
    ['a time that is not ISO', { ...SAMPLE_EVENTS['meeting.held'], at: 'yesterday' }, 'at'],
    ['an unknown source', { ...SAMPLE_EVENTS['meeting.held'], source: 'email' }, 'source'],
    ['an annotation edit without its entityId', { ...SAMPLE_EVENTS['annotation.updated'], entityId: undefined }, 'entityId'],
    // Each event carries only its own facts (issue 8): fields of another event are refused, not dropped.
    ['a disposition in a submission', { ...SAMPLE_EVENTS['proposal.submitted'], payload: { proposal: { ...SAMPLE_EVENTS['proposal.submitted'].payload.proposal, disposition: 'adopted' } } }, 'payload.proposal.disposition'],
    ['a forged reasoned response in a submission', { ...SAMPLE_EVENTS['proposal.submitted'], payload: { proposal: { ...SAMPLE_EVENTS['proposal.submitted'].payload.proposal, reasonedResponse: { text: { en: 'No.', fr: 'Non.' } } } } }, 'payload.proposal.reasonedResponse'],
    ['a published notes status in a meeting snapshot', { ...SAMPLE_EVENTS['meeting.scheduled'], payload: { meeting: { ...SAMPLE_EVENTS['meeting.scheduled'].payload.meeting, notesStatus: { en: 'published', fr: 'published' } } } }, 'payload.meeting.notesStatus'],
    ['a notes link in a meeting snapshot', { ...SAMPLE_EVENTS['meeting.updated'], payload: { meeting: { ...SAMPLE_EVENTS['meeting.updated'].payload.meeting, notesUrl: 'https://open.canada.ca/notes' } } }, 'payload.meeting.notesUrl'],
    ['a held time in a meeting snapshot', { ...SAMPLE_EVENTS['meeting.updated'], payload: { meeting: { ...SAMPLE_EVENTS['meeting.updated'].payload.meeting, heldAt: '2026-01-14T15:00:00.000Z' } } }, 'payload.meeting.heldAt'],
    ['a verdict in a sign-off', { ...SAMPLE_EVENTS['signoff.recorded'], payload: { ...SAMPLE_EVENTS['signoff.recorded'].payload, verdict: SAMPLE_EVENTS['verdict.issued'].payload.verdict } }, 'payload.verdict'],
    ['a verdict in a work plan', { ...SAMPLE_EVENTS['workplan.updated'], payload: { ...SAMPLE_EVENTS['workplan.updated'].payload, verdict: SAMPLE_EVENTS['verdict.issued'].payload.verdict } }, 'payload.verdict'],
    ['an unknown field deep in a commitment', { ...SAMPLE_EVENTS['commitment.upserted'], payload: { ...SAMPLE_EVENTS['commitment.upserted'].payload, commitment: { ...SAMPLE_EVENTS['commitment.upserted'].payload.commitment, milestones: [{ ...SAMPLE_EVENTS['commitment.upserted'].payload.commitment.milestones[0]!, status: 'complete' }] } } }, 'payload.commitment.milestones[0].status'],
    ['an annotation of an unknown kind', { ...SAMPLE_EVENTS['annotation.created'], payload: { meetingId: 'm', kind: 'vote', text: '' } }, 'payload.kind'],
    ['a negative meeting offset', { ...SAMPLE_EVENTS['annotation.created'], payload: { meetingId: 'm', kind: 'note', text: '', offsetMs: -1 } }, 'payload.offsetMs'],
    ['a snapshot whose entityId names another record', { ...SAMPLE_EVENTS['tag.updated'], entityId: 'other-tag' }, 'entityId'],
    ['a refusal without a reasoned response', { ...SAMPLE_EVENTS['proposal.disposed'], payload: { proposalId: 'p', disposition: 'not_adopted' } }, 'payload.response'],
    ['a CSN sign-off with a government state', { ...SAMPLE_EVENTS['signoff.recorded'], payload: { ...SAMPLE_EVENTS['signoff.recorded'].payload, state: 'approved' } }, 'payload.state'],
    ['notes published with a head that is not a hash', { ...SAMPLE_EVENTS['meeting.notes_published'], payload: { ...SAMPLE_EVENTS['meeting.notes_published'].payload, headHash: 'abc' } }, 'payload.headHash'],
    ['a meeting that ends before it starts', { ...SAMPLE_EVENTS['meeting.held'], payload: { meetingId: 'm', startedAt: '2026-01-14T15:00:00Z', endedAt: '2026-01-14T14:00:00Z' } }, 'payload.endedAt'],
    ['a text one character over the limit', { ...SAMPLE_EVENTS['annotation.created'], payload: { meetingId: 'm', kind: 'note', text: 'x'.repeat(MAX_TEXT_LENGTH + 1) } }, 'payload.text'],
    ['an oversized text in a field no schema caps', { ...SAMPLE_EVENTS['annotation.created'], payload: { meetingId: 'm', kind: 'note', text: '', extra: 'x'.repeat(MAX_TEXT_LENGTH + 1) } }, 'payload.extra'],
  ];

  it('names an annotation by the event id when a client leaves entityId out (DESIGN §3)', () => {
    const result = parseClientEvent({ ...SAMPLE_EVENTS['annotation.created'], entityId: undefined });
    expect(result).toMatchObject({ ok: true, value: { entityId: SAMPLE_EVENTS['annotation.created'].id } });
  });

  it.each(invalid)('refuses %s, naming the field in both languages', (_name, value, path) => {
    const result = parseClientEvent(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toContain(path);
    for (const error of result.errors) {
      expect(error.message.en).not.toBe('');
      expect(error.message.fr).not.toBe('');
      expect(error.message.fr).not.toBe(error.message.en);
    }
  });

  it('accepts a text of exactly the limit', () => {
    const event = { ...SAMPLE_EVENTS['annotation.created'], payload: { meetingId: 'm', kind: 'note', text: 'x'.repeat(MAX_TEXT_LENGTH) } };
    expect(parseClientEvent(event).ok).toBe(true);
  });

  it.each([
    ['annotation.created', 'ann-1'],
    ['tag.created', SAMPLE_EVENTS['tag.created'].payload.tag.id],
    ['commitment.upserted', SAMPLE_EVENTS['commitment.upserted'].payload.commitment.id],
    ['proposal.disposed', SAMPLE_EVENTS['proposal.disposed'].payload.proposalId],
    ['meeting.held', SAMPLE_EVENTS['meeting.held'].payload.meetingId],
    ['update.reported', '2025-12/C01.1.1'],
  ] as const)('says which record a %s event is about', (type, key) => {
    expect(entityKeyOf(SAMPLE_EVENTS[type])).toBe(key);
  });
});
