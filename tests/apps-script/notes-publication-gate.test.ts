import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../../shared/ledger/event-catalogue.ts';
import { draftVersionHash, notesFromDraft } from '../../shared/ledger/exports/notes-from-draft.ts';
import { foldEvents } from '../../shared/ledger/views/index.ts';
import * as example from '../shared/domain/examples.ts';
import { addMember, annotationEvent, ledgerFixture, nodeSha256 } from '../support/ledger-fixture.ts';

// The "both co-chairs approved" gate in the ledger itself (issue 15's weak point): a coordinator's own
// tool posting `meeting.notes_published` straight to the web app, through the real bundle in node:vm.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

type Results = { ok: true; head: { seq: number; hash: string }; results: Array<{ id: string; status: string; error?: { code: string; message: string } }> };

const MEETING = example.meeting.id;
const event = (type: string, payload: unknown, extra: Record<string, unknown> = {}) => ({ v: 1, id: randomUUID(), type, at: '2026-01-14T18:00:00.000Z', source: 'extension', payload, ...extra });

async function forum() {
  const f = await ledgerFixture();
  const govChair = addMember(f.world, { name: 'Marc Gagnon', org: 'tbs-sct', side: 'government', roles: ['coordinator'] });
  const csnChair = addMember(f.world, { name: 'Jean-Noé Landry', org: 'Open North', side: 'csn', roles: ['coordinator'] });
  const noteTaker = addMember(f.world, { name: 'Alice Tremblay', org: 'Open North', side: 'csn', roles: ['attendee'] });
  const append = (token: string, events: unknown[]) => f.post({ v: 1, op: 'append', token, events }) as Results;
  const pulled = () => (f.post({ v: 1, op: 'pull', token: noteTaker.token, since: 0 }) as { events: StoredEvent[] }).events;
  /** The current draft's version, computed as the console computes it (and as any client can). */
  const version = () => {
    const views = foldEvents(pulled(), { today: '2026-01-15' });
    const view = views.meetings.find((m) => m.meeting.id === MEETING)!;
    return draftVersionHash(notesFromDraft(view, views.annotations, views.commitments)!, nodeSha256);
  };
  const statement = annotationEvent('We keep the March deadline.', { payload: { meetingId: MEETING, kind: 'decision', text: 'We keep the March deadline.' } });
  const seeded = append(noteTaker.token, [
    event('meeting.scheduled', { meeting: { ...example.meeting, notesStatus: { en: 'none', fr: 'none' } } }),
    statement,
    event('meeting.notes_drafted', { meetingId: MEETING, attribution: 'side', languages: ['en', 'fr'], annotationIds: [statement.entityId] }),
  ]);
  expect(seeded.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
  const draftEventId = pulled().find((e) => e.type === 'meeting.notes_drafted')!.id;
  const publication = (draftHash: string, headHash: string) => event('meeting.notes_published', { meetingId: MEETING, language: 'bilingual', url: 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQ/edit', headHash, draftHash }, { source: 'sheet' });
  const approval = (draftHash: string) => event('meeting.notes_approved', { meetingId: MEETING, draftEventId, draftHash }, { source: 'sheet' });
  return { ...f, govChair, csnChair, noteTaker, append, pulled, version, statement, publication, approval, head: seeded.head };
}

const sheetText = (f: { world: { store: { state: unknown } } }) => JSON.stringify(f.world.store.state);

describe('doPost: a publication of notes the co-chairs did not both approve is refused by the ledger', () => {
  it('refuses a coordinator posting notes_published directly, with no approval: invalid, with the reason, and nothing stored', async () => {
    const f = await forum();
    const before = sheetText(f);
    const answer = f.append(f.govChair.token, [f.publication(f.version(), f.head.hash)]);
    expect(answer.results[0]).toMatchObject({
      status: 'rejected',
      error: {
        code: 'invalid',
        message: `The notes of meeting “${MEETING}” cannot be published yet: this version of the current draft has no approval from the co-chair of: Government and Civil society network.`,
      },
    });
    expect(answer.head).toEqual(f.head);
    expect(sheetText(f)).toBe(before); // log, views, Index: the spreadsheet unchanged
    expect(f.pulled().some((e) => e.type === 'meeting.notes_published')).toBe(false);
  });

  it('refuses it with one side’s approval only and with a stale one, stores the good event beside it, and stores it once both stand', async () => {
    const f = await forum();
    const v1 = f.version();
    expect(f.append(f.govChair.token, [f.approval(v1)]).results[0]!.status).toBe('accepted');
    const oneSide = f.append(f.govChair.token, [f.publication(v1, f.head.hash), annotationEvent('Late remark from the government co-chair.', { payload: { meetingId: 'other-meeting', kind: 'note', text: 'Late remark.' } })]);
    expect(oneSide.results.map((r) => r.error?.code ?? r.status)).toEqual(['invalid', 'accepted']);
    expect(oneSide.results[0]!.error!.message).toContain('no approval from the co-chair of: Civil society network.');

    expect(f.append(f.csnChair.token, [f.approval(v1)]).results[0]!.status).toBe('accepted');
    // The note-taker corrects the statement after both approvals: both are stale, the old version too.
    const correction = annotationEvent('We move the deadline to June.', { type: 'annotation.updated', entityId: f.statement.entityId, payload: { meetingId: MEETING, kind: 'decision', text: 'We move the deadline to June.' } });
    expect(f.append(f.noteTaker.token, [correction]).results[0]!.status).toBe('accepted');
    const v2 = f.version();
    expect(v2).not.toBe(v1);
    const before = sheetText(f);
    for (const hash of [v1, v2]) {
      const stale = f.append(f.govChair.token, [f.publication(hash, f.head.hash)]);
      expect(stale.results[0]!.error).toMatchObject({ code: 'invalid', message: expect.stringContaining('by the co-chair of Government and Civil society network is out of date') });
    }
    expect(sheetText(f)).toBe(before);

    // Both co-chairs approve the corrected draft: the publication is stored, and the Meetings view shows it.
    f.append(f.govChair.token, [f.approval(v2)]);
    const { head } = f.append(f.csnChair.token, [f.approval(v2)]);
    const published = f.append(f.govChair.token, [f.publication(v2, head.hash)]);
    expect(published.results[0]!.status).toBe('accepted');
    const stored = f.pulled().filter((e) => e.type === 'meeting.notes_published');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.payload).toMatchObject({ draftHash: v2 });
    const meeting = foldEvents(f.pulled(), { today: '2026-01-15' }).meetings.find((m) => m.meeting.id === MEETING)!;
    expect(meeting.notesState).toBe('published');
  });

  it('rebuilds an Index of the previous format (no approvals kept) on the next append, so approvals given before the upgrade count', async () => {
    const f = await forum();
    const v1 = f.version();
    f.append(f.govChair.token, [f.approval(v1)]);
    const { head } = f.append(f.csnChair.token, [f.approval(v1)]);
    // The Index as the release before this one left it: format 1, meeting entries without their notes.
    const { Values } = f.world.globals.Sheets.Spreadsheets;
    const id = f.world.store.state.spreadsheetId;
    const cells = (Values.get(id, "'Index'!A2:A") as { values?: string[][] }).values ?? [];
    const old = cells.map(([cell = ''], i) => {
      if (cell === '') return [cell];
      const value = JSON.parse(cell) as Record<string, unknown>;
      if (i === 0) return [JSON.stringify({ ...value, version: 1 })];
      for (const entry of Object.values(value)) if (entry && typeof entry === 'object') delete (entry as { notes?: unknown }).notes;
      return [JSON.stringify(value)];
    });
    expect(JSON.stringify(old)).not.toContain('"approvals"');
    Values.update({ values: old }, id, "'Index'!A2", { valueInputOption: 'RAW' });
    expect(f.append(f.govChair.token, [f.publication(v1, head.hash)]).results[0]!.status).toBe('accepted');
  });
});
