import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainEvents, type UnchainedEvent } from '../../../shared/ledger/chain-events.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { EVENT_LOG_HEADER, encodeEventRow } from '../../../shared/ledger/event-log-codec.ts';
import { hashStoredEvent } from '../../../shared/ledger/hash-stored-event.ts';
import { verifyChain } from '../../../shared/ledger/verify-chain.ts';
import { canonicalJson } from '../../../shared/domain/canonical-json.ts';
import { hostileString } from './events/arbitraries.ts';
import { sha256 } from './events/digest.ts';
import { ALL_SAMPLE_EVENTS, uuid } from './events/sample-events.ts';

const actor = { memberId: 'member-1', name: 'Jo Cohen', org: 'Open North', side: 'csn' as const };

/** n stored events cycling through every type, each with its own id. */
function ledger(n: number): StoredEvent[] {
  const unchained = Array.from({ length: n }, (_, i) => ({
    ...ALL_SAMPLE_EVENTS[i % ALL_SAMPLE_EVENTS.length]!,
    id: uuid(1000 + i),
    seq: i + 1,
    receivedAt: '2026-01-14T15:21:00.000Z',
    actor,
  })) as UnchainedEvent[];
  return chainEvents({ seq: 0, hash: GENESIS_HASH }, unchained, sha256).events;
}

const sheet = (events: StoredEvent[]): string[][] => [[...EVENT_LOG_HEADER], ...events.map(encodeEventRow)];

describe('hash chain', () => {
  it('verifies a Log row written before LF and NUL were guarded, and still names a guard taken off a cell the old rule guarded', () => {
    const name = '\n=HYPERLINK("http://example.org")';
    const unchained = [{ ...ALL_SAMPLE_EVENTS[0]!, id: uuid(1), seq: 1, receivedAt: '2026-01-14T15:21:00.000Z', actor: { ...actor, name } }] as UnchainedEvent[];
    const events = chainEvents({ seq: 0, hash: GENESIS_HASH }, unchained, sha256).events;
    const rows = sheet(events);
    const column = EVENT_LOG_HEADER.indexOf('actorName');
    expect(rows[1]![column]).toBe(`'${name}`); // guarded today
    const older = rows.map((row) => [...row]);
    older[1]![column] = name; // as the writer wrote it before
    expect(verifyChain(older, sha256)).toMatchObject({ ok: true });
    // A name the old rule guarded too (`=` first): its guard taken off by hand is a change to the sheet.
    const plain = chainEvents({ seq: 0, hash: GENESIS_HASH }, [{ ...unchained[0]!, actor: { ...actor, name: '=2*21' } }] as UnchainedEvent[], sha256).events;
    const stripped = sheet(plain);
    expect(stripped[1]![column]).toBe("'=2*21");
    stripped[1]![column] = '=2*21';
    expect(verifyChain(stripped, sha256)).toMatchObject({ ok: false, reason: 'hash' });
  });

  it('hashes the previous hash followed by the canonical JSON of the event without its hash', () => {
    const [first] = ledger(1);
    const { hash, ...rest } = first!;
    expect(first!.prevHash).toBe(GENESIS_HASH);
    expect(hash).toBe(sha256(GENESIS_HASH + canonicalJson(rest)));
    expect(hashStoredEvent(GENESIS_HASH, first!, sha256)).toBe(hash);
  });

  it('links each event to the one before it', () => {
    const events = ledger(3);
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3]);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(events[2]!.prevHash).toBe(events[1]!.hash);
  });

  it('verifies an empty log with the genesis head', () => {
    expect(verifyChain([], sha256)).toEqual({ ok: true, head: { seq: 0, hash: GENESIS_HASH }, count: 0 });
    expect(verifyChain([[...EVENT_LOG_HEADER]], sha256)).toEqual({ ok: true, head: { seq: 0, hash: GENESIS_HASH }, count: 0 });
  });

  it.each([1, 2, 20, 137])('verifies a chain of %i events as rows, with or without the header, and as events', (n) => {
    const events = ledger(n);
    const head = { seq: n, hash: events[n - 1]!.hash };
    expect(verifyChain(sheet(events), sha256)).toEqual({ ok: true, head, count: n });
    expect(verifyChain(sheet(events).slice(1), sha256)).toEqual({ ok: true, head, count: n });
    expect(verifyChain(events, sha256)).toEqual({ ok: true, head, count: n });
  });

  it('ignores blank rows after the last event (Sheets reads the whole grid)', () => {
    const rows = [...sheet(ledger(3)), ['', '', ''], []];
    expect(verifyChain(rows, sha256)).toMatchObject({ ok: true, count: 3 });
  });

  const events = ledger(6);
  const tampered: [string, (rows: unknown[][]) => void, number, string][] = [
    ['a payload edited in row 4', (rows) => { rows[3]![11] = String(rows[3]![11]).replace('msf', 'MSF'); }, 4, 'hash'],
    ['a row deleted (row 3 goes)', (rows) => { rows.splice(2, 1); }, 3, 'seq'],
    ['two rows swapped', (rows) => { [rows[2], rows[3]] = [rows[3]!, rows[2]!]; }, 3, 'seq'],
    ['a row re-hashed after an edit', (rows) => {
      const edited = { ...events[2]!, actor: { ...actor, name: 'Someone else' } };
      rows[3] = encodeEventRow({ ...edited, hash: hashStoredEvent(edited.prevHash, edited, sha256) });
    }, 5, 'prevHash'],
    ['JSON re-spaced by hand', (rows) => { rows[1]![11] = String(rows[1]![11]).replace(':', ': '); }, 2, 'hash'],
    ['a guard quote added by hand', (rows) => { rows[6]![9] = "'Open North"; }, 7, 'hash'],
    ['a sequence number typed over', (rows) => { rows[5]![1] = 'five'; }, 6, 'unreadable'],
    ['a header renamed', (rows) => { rows[0]![3] = 'kind'; }, 1, 'header'],
  ];

  it.each(tampered)('names the first bad row when %s', (_name, tamper, row, reason) => {
    const rows: unknown[][] = sheet(events);
    tamper(rows);
    const verdict = verifyChain(rows, sha256);
    expect(verdict).toMatchObject({ ok: false, row, reason });
    if (!verdict.ok) {
      expect(verdict.message.en).toContain(`Row ${row}`);
      expect(verdict.message.fr).toContain(`ligne ${row}`);
    }
  });

  it('notices rows removed from the end against a head published elsewhere', () => {
    const chain = ledger(5);
    const published = [chain[2]!.hash, chain[4]!.hash];
    expect(verifyChain(sheet(chain), sha256, { knownHeads: published })).toMatchObject({ ok: true, count: 5 });
    const verdict = verifyChain(sheet(chain.slice(0, 4)), sha256, { knownHeads: published });
    expect(verdict).toMatchObject({ ok: false, row: 6, reason: 'missingHead' });
    if (!verdict.ok) expect(verdict.message.en).toContain('rows after row 5 may have been removed');
  });

  it('accepts cells Sheets hands back as numbers', () => {
    const rows: unknown[][] = sheet(ledger(2));
    rows[1]![0] = 1;
    rows[1]![1] = 1;
    rows[2]![1] = 2;
    expect(verifyChain(rows, sha256)).toMatchObject({ ok: true, count: 2 });
  });

  it('names the changed row whatever cell of whatever row is changed to whatever text', () => {
    const chain = ledger(12);
    fc.assert(
      fc.property(fc.nat({ max: chain.length - 1 }), fc.nat({ max: EVENT_LOG_HEADER.length - 1 }), hostileString, (index, column, text) => {
        const rows = sheet(chain);
        fc.pre(rows[index + 1]![column] !== text);
        rows[index + 1]![column] = text;
        const verdict = verifyChain(rows, sha256);
        expect(verdict).toMatchObject({ ok: false, row: index + 2 });
      }),
      { numRuns: 1000 },
    );
  });

  it('verifies chains of any length built from any mix of events', () => {
    fc.assert(
      fc.property(fc.nat({ max: 60 }), (n) => {
        const chain = ledger(n);
        expect(verifyChain(sheet(chain), sha256)).toMatchObject({ ok: true, count: n });
      }),
      { numRuns: 50 },
    );
  });
});
