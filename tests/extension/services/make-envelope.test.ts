import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExtensionEventType, makeEnvelope, parseExtensionEvent } from '../../../extension/services/make-envelope.ts';
import { parseClientEvent } from '../../../shared/ledger/event-catalogue.ts';
import { MAX_TEXT_LENGTH } from '../../../shared/protocol/limits.ts';
import { annotation, meeting as exampleMeeting } from '../../shared/domain/examples.ts';

// What the side panel sends: a meeting whose notes have not started (SidePanelApp's start()).
const meeting = { ...exampleMeeting, notesStatus: { en: 'none' as const, fr: 'none' as const } };
import { fixedEnv } from './fixed-env.ts';

const ANNOTATION_ID = '00000000-0000-4000-8000-0000000000aa';
const held = { meetingId: meeting.id, startedAt: '2026-01-14T15:02:00.000Z', endedAt: '2026-01-14T16:58:00.000Z', attendees: meeting.attendees };

/** One valid event of each type the extension writes, with its entity id when the type needs one. */
const VALID: [ExtensionEventType, string | undefined, unknown][] = [
  ['annotation.created', ANNOTATION_ID, annotation],
  ['annotation.updated', ANNOTATION_ID, { ...annotation, text: 'Changed' }],
  ['annotation.deleted', ANNOTATION_ID, { meetingId: annotation.meetingId }],
  ['meeting.scheduled', undefined, { meeting }],
  ['meeting.updated', undefined, { meeting: { ...meeting, title: 'Moved' } }],
  ['meeting.held', undefined, held],
  ['meeting.notes_drafted', undefined, { meetingId: meeting.id, attribution: 'side', languages: ['en', 'fr'], annotationIds: [ANNOTATION_ID] }],
];

const envelope = (type: string, entityId: string | undefined, payload: unknown) => ({
  v: 1,
  id: '00000000-0000-4000-8000-000000000001',
  type,
  at: '2026-11-27T14:00:00.000Z',
  source: 'extension',
  ...(entityId === undefined ? {} : { entityId }),
  payload,
});

// The pages check events with the ledger's schemas for their seven types only (size budget): the
// verdict must be the ledger catalogue's own, or the ledger would refuse what the panel queued.
describe('the extension event check agrees with the ledger catalogue', () => {
  it.each(VALID)('a valid %s is queued as made', (type, entityId, payload) => {
    const made = makeEnvelope(type, entityId, payload, fixedEnv());
    expect(made).toMatchObject({ ok: true, value: { type, source: 'extension', payload } });
    expect(parseClientEvent(made.ok ? made.value : undefined).ok).toBe(true);
  });

  it.each([
    ['an annotation edit without its id', envelope('annotation.updated', undefined, annotation)],
    ['a payload field the type does not name', envelope('annotation.created', ANNOTATION_ID, { ...annotation, author: 'someone else' })],
    ['a notes status in a meeting snapshot', envelope('meeting.scheduled', undefined, { meeting: { ...meeting, notesStatus: { en: 'published', fr: 'published' } } })],
    ['a notes link in a meeting snapshot', envelope('meeting.updated', undefined, { meeting: { ...meeting, notesUrl: 'https://example.org/notes' } })],
    ['an unknown annotation kind', envelope('annotation.updated', ANNOTATION_ID, { ...annotation, kind: 'rumour' })],
    ['a text over the limit', envelope('annotation.created', ANNOTATION_ID, { ...annotation, text: 'x'.repeat(MAX_TEXT_LENGTH + 1) })],
    ['a meeting ending before it starts', envelope('meeting.scheduled', undefined, { meeting: { ...meeting, endsAt: '2026-01-13T00:00:00.000Z' } })],
    ['a meeting held before it started', envelope('meeting.held', undefined, { ...held, endedAt: '2026-01-14T15:00:00.000Z' })],
    ['a meeting link that is not a web address', envelope('meeting.updated', undefined, { meeting: { ...meeting, remoteUrl: 'javascript:alert(1)' } })],
    ['a meeting event naming another record', envelope('meeting.held', 'someone-else', held)],
    ['an envelope of another protocol version', { ...envelope('meeting.held', undefined, held), v: 2 }],
    ['a notes draft in no language', envelope('meeting.notes_drafted', undefined, { meetingId: meeting.id, attribution: 'side', languages: [], annotationIds: [] })],
    ['a notes draft naming a language twice', envelope('meeting.notes_drafted', undefined, { meetingId: meeting.id, attribution: 'name', languages: ['fr', 'fr'], annotationIds: [] })],
    ['a notes draft with an unknown attribution', envelope('meeting.notes_drafted', undefined, { meetingId: meeting.id, attribution: 'by_side', languages: ['en'], annotationIds: [] })],
    ['a speaker of an unknown side', envelope('annotation.created', ANNOTATION_ID, { ...annotation, speaker: { side: 'press' } })],
    ['a speaker’s name over 200 characters', envelope('annotation.created', ANNOTATION_ID, { ...annotation, speaker: { name: 'x'.repeat(201) } })],
  ])('refuses %s, as the ledger would', (_name, event) => {
    expect(parseClientEvent(event).ok).toBe(false);
    const mine = parseExtensionEvent(event);
    expect(mine.ok).toBe(false);
    if (!mine.ok) expect(mine.errors[0]?.message.fr).toMatch(/\w/);
  });

  it('accepts an annotation.created without entityId, as DESIGN §3 allows, named by the event id', () => {
    const event = envelope('annotation.created', undefined, annotation);
    expect(parseClientEvent(event)).toMatchObject({ ok: true, value: { entityId: event.id } });
    expect(parseExtensionEvent(event)).toMatchObject({ ok: true, value: { entityId: event.id } });
  });

  it('agrees on arbitrary changes to valid events', () => {
    const field = fc.constantFrom('text', 'kind', 'meetingId', 'offsetMs', 'startedAt', 'endedAt', 'meeting', 'title', 'chairSide', 'entityId', 'at', 'id');
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(undefined), fc.constant(null), fc.constant('2026-01-14T15:00:00.000Z'));
    fc.assert(
      fc.property(fc.constantFrom(...VALID), field, value, fc.boolean(), ([type, entityId, payload], key, replacement, inPayload) => {
        const event = envelope(type, entityId, payload) as Record<string, unknown>;
        const target = inPayload ? { ...(payload as Record<string, unknown>) } : event;
        target[key] = replacement;
        const changed = inPayload ? { ...event, payload: target } : event;
        expect(parseExtensionEvent(changed).ok).toBe(parseClientEvent(changed).ok);
      }),
      { numRuns: 400 },
    );
  });
});
