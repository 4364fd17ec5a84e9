import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { hostileString } from '../shared/ledger/events/arbitraries.ts';
import type { GoogleWorld } from '../support/google-world.ts';
import { postEvent } from '../support/ledger-bundle.ts';
import { addMember, annotationEvent, EVERY_ROLE, ledgerFixture } from '../support/ledger-fixture.ts';

// The bundle is built on first use and runs in node:vm: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// Any body at all through the bundle's doPost: always JSON, never an exception, never a formula, and
// nothing stored unless the answer says which events were accepted.
const CODES = ['bad_request', 'unauthorized', 'too_large', 'busy', 'internal'];

const sheetCells = (world: GoogleWorld) => JSON.stringify(world.store.state.sheets.map((s) => s.rows));

/** Bodies shaped more and more like a request, so the fuzz reaches every branch, not just JSON.parse. */
function bodies(token: string) {
  const anyValue = fc.oneof(fc.jsonValue(), hostileString, fc.constant(undefined));
  const event = fc.oneof(
    anyValue,
    fc.record({ text: hostileString, kind: fc.constantFrom('note', 'decision', 'shout') }).map(({ text, kind }) => ({
      ...annotationEvent(text),
      payload: { meetingId: text.slice(0, 200) || 'm', kind, text },
    })),
    fc.dictionary(fc.constantFrom('v', 'id', 'type', 'at', 'source', 'payload', 'entityId'), anyValue),
  );
  const mostly = <T>(value: fc.Arbitrary<T>) => fc.oneof({ arbitrary: value, weight: 8 }, { arbitrary: anyValue, weight: 1 });
  const fields = {
    v: mostly(fc.constant(1)),
    op: mostly(fc.constantFrom('append', 'pull', 'whoami')),
    token: fc.oneof({ arbitrary: fc.constant(token), weight: 6 }, hostileString, anyValue),
    events: mostly(fc.array(event, { minLength: 1, maxLength: 5 })),
    since: mostly(fc.integer({ min: -3, max: 10 })),
    limit: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 1000 }), weight: 4 }, fc.integer({ min: -1, max: 2000 }), anyValue),
  };
  const request = fc.oneof(fc.record(fields, { requiredKeys: ['v', 'op', 'token', 'events', 'since'] }), fc.record(fields, { requiredKeys: [] }));
  return fc.oneof(hostileString, fc.jsonValue().map((v) => JSON.stringify(v)), { arbitrary: request.map((r) => JSON.stringify(r)), weight: 6 });
}

describe('doPost under arbitrary bodies', () => {
  it('answers JSON with ok true or a documented error, and stores only accepted events', async () => {
    const f = await ledgerFixture();
    const { token } = addMember(f.world, { name: 'Fuzz', side: 'csn', roles: EVERY_ROLE });
    await fc.assert(
      fc.asyncProperty(bodies(token), async (body) => {
        const before = sheetCells(f.world);
        const out = f.app.doPost(postEvent(body));
        expect(out.getMimeType()).toBe('JSON');
        const answer = JSON.parse(out.getContent()) as { ok: boolean; error?: { code: string; message: string }; results?: Array<{ status: string }> };
        if (answer.ok === false) {
          expect(CODES).toContain(answer.error!.code);
          expect(answer.error!.code).not.toBe('internal');
          expect(answer.error!.message).toMatch(/^\S.*[.!?]$/);
        }
        for (const result of answer.results ?? []) {
          if (result.status === 'rejected') expect((result as { error?: { message: string } }).error?.message).toMatch(/^\S.*$/);
        }
        const accepted = answer.ok && answer.results ? answer.results.filter((r) => r.status === 'accepted').length : 0;
        if (accepted === 0) expect(sheetCells(f.world)).toBe(before);
        expect(f.world.executionLog).toEqual([]);
        expect(f.world.arbiter.heldBy).toBeNull();
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    expect(JSON.stringify(f.world.store.state)).not.toMatch(/"formula"/);
  });
});
