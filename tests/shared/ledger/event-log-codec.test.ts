import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainEvents, type UnchainedEvent } from '../../../shared/ledger/chain-events.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { EVENT_TYPES } from '../../../shared/ledger/event-type.ts';
import { decodeEventRow, EVENT_LOG_HEADER, encodeEventRow, isEventLogHeader } from '../../../shared/ledger/event-log-codec.ts';
import { FORMULA_START, hostileId, hostileString } from './events/arbitraries.ts';
import { sha256 } from './events/digest.ts';
import { SAMPLE_EVENTS, uuid } from './events/sample-events.ts';

const actor = { memberId: 'member-1', name: 'Jo Cohen', org: 'Open North', side: 'csn' as const };
const receivedAt = '2026-01-14T15:21:00.000Z';

const store = (events: object[]): StoredEvent[] =>
  chainEvents(
    { seq: 0, hash: GENESIS_HASH },
    events.map((event, i) => ({ ...event, seq: i + 1, receivedAt, actor }) as UnchainedEvent),
    sha256,
  ).events;

describe('event log codec', () => {
  it('has a versioned header the coordinator can read', () => {
    expect(EVENT_LOG_HEADER).toEqual([
      'v', 'seq', 'id', 'type', 'at', 'source', 'entityId', 'actorMemberId', 'actorName', 'actorOrg', 'actorSide',
      'payload', 'receivedAt', 'prevHash', 'hash',
    ]);
    expect(isEventLogHeader(EVENT_LOG_HEADER)).toBe(true);
  });

  it.each(EVENT_TYPES)('round-trips a stored %s event', (type) => {
    const [event] = store([SAMPLE_EVENTS[type]]);
    const normalised = JSON.parse(JSON.stringify(event));
    expect(decodeEventRow(encodeEventRow(event!))).toEqual({ ok: true, value: normalised });
  });

  it('keeps the payload as canonical JSON in one cell', () => {
    const [event] = store([SAMPLE_EVENTS['meeting.held']]);
    expect(encodeEventRow(event!)[11]).toBe(
      '{"endedAt":"2026-01-14T16:55:00.000Z","meetingId":"msf-2026-01-14","startedAt":"2026-01-14T15:02:00.000Z"}',
    );
  });

  it.each([
    ['a row with a type that does not exist', 3, 'meeting.rescheduled', 'type'],
    ['a row whose payload no longer fits its type', 11, '{"meetingId":"m"}', 'payload.startedAt'],
    ['a row whose actor side was edited', 10, 'press', 'actorSide'],
  ])('refuses %s and names the field', (_name, column, value, path) => {
    const [event] = store([SAMPLE_EVENTS['meeting.held']]);
    const row = encodeEventRow(event!);
    row[column] = value;
    const result = decodeEventRow(row);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toContain(path);
  });

  it('round-trips hostile text in every free cell and never writes a formula', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileId, hostileId, hostileString, (text, caption, meetingId, name, org) => {
        const client = {
          v: 1,
          id: uuid(1),
          type: 'annotation.created',
          at: '2026-01-14T15:20:34.000Z',
          source: 'extension',
          entityId: meetingId,
          payload: { meetingId, kind: 'note', text, captionText: caption, offsetMs: 5 },
        };
        const [event] = chainEvents(
          { seq: 0, hash: GENESIS_HASH },
          [{ ...client, seq: 1, receivedAt, actor: { ...actor, name, org } } as UnchainedEvent],
          sha256,
        ).events;
        const row = encodeEventRow(event!);
        for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
        expect(decodeEventRow(row)).toEqual({ ok: true, value: event });
      }),
      { numRuns: 500 },
    );
  });
});
