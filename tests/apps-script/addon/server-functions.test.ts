import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../../shared/docs/parse-document.ts';
import { TAG_COLOURS } from '../../../shared/docs/tag-colours.ts';
import { TEMPLATE_FIELDS } from '../../../shared/docs/template-fields.ts';
import type { ParagraphNode, TableNode } from '../../support/document-app-double.ts';
import { NAP6_C01_EN } from '../../fixtures/docs/nap6-c01-en.ts';
import { NAP6_C01_FR } from '../../fixtures/docs/nap6-c01-fr.ts';
import { createAddonWorld, documentFrom, ledgerEvents } from './addon-world.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

type Summary = { accepted: { commitments: number; tags: number; signOffs: number }; unchanged: number; refused: { what: string; code: string }[]; waiting: number; commitmentsNotSent: number; problem?: string };
const codesOf = (doc: ReturnType<typeof documentFrom>) =>
  parseDocument({ docId: '', title: '', url: '', namedRanges: [], blocks: doc.body.children.map((c, index) => (c.getType() === 'TABLE' ? { kind: 'table' as const, index, rows: (c as TableNode).rows.map((r) => r.cells.map((cell) => cell.getText())) } : { kind: 'paragraph' as const, index, heading: (c as ParagraphNode).heading === 'HEADING2' ? 2 : (c as ParagraphNode).heading === 'HEADING1' ? 1 : 0, text: c.getText() })) }, { language: 'en' }).commitments.map((c) => c.code);

describe('inserting the commitment template at the cursor', () => {
  it('inserts after the paragraph holding the cursor, with the next free code, a named range and every field', async () => {
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc });
    const intro = doc.body.children[1] as ParagraphNode;
    doc.placeCursor(intro, 3);
    const { code, id } = world.call<{ code: string; id: string }>('insertCommitmentTemplate', 'en');
    expect(code).toBe('C03');
    expect((doc.body.children[2] as ParagraphNode).getText()).toBe('C03 — Title of the commitment');
    expect((doc.body.children[2] as ParagraphNode).getHeading()).toBe('HEADING2');
    expect((doc.body.children[3] as TableNode).getNumRows()).toBe(TEMPLATE_FIELDS.length);
    expect((doc.body.children[4] as TableNode).getRow(0).getText()).toBe('Code\nWhat will we do?\nHow will we know we succeeded?\nDeadline');
    expect(doc.namedRanges.map((r) => r.name)).toEqual([`cocreate:commitment:${id}`]);
    expect(codesOf(doc)).toEqual(['C03', 'C01', 'C02']);
    // The cursor waits after the heading for the title.
    expect(doc.cursor?.element).toBe((doc.body.children[2] as ParagraphNode).text);
  });

  it('in a table cell, inserts after the table; in French and bilingual, labels follow', async () => {
    const doc = documentFrom(NAP6_C01_FR);
    const world = await createAddonWorld({ doc, locale: 'fr_CA' });
    const table = doc.body.children[2] as TableNode;
    doc.placeCursor(table.getCell(1, 1).children[0]!, 0);
    expect(world.call<{ code: string }>('insertCommitmentTemplate', 'fr').code).toBe('C02');
    expect(doc.body.children.indexOf(table) + 1).toBe(3);
    expect((doc.body.children[3] as ParagraphNode).getText()).toBe('C02 — Titre de l’engagement');
    expect(world.call<{ code: string }>('insertCommitmentTemplate', 'both').code).toBe('C03');
    const bilingual = doc.body.children.find((c) => c.getType() === 'TABLE' && (c as TableNode).getRow(0).getText() === '\nEnglish\nFrançais');
    expect(bilingual).toBeDefined();
  });

  it('re-finds a commitment by its visible code after copy-paste and after a copy of the whole document lost its named range', async () => {
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc });
    doc.placeCursor(doc.body.children[0] as ParagraphNode);
    const { id } = world.call<{ code: string; id: string }>('insertCommitmentTemplate', 'en');
    // Cut the new commitment and paste it at the end: the named range is gone, the code stays.
    doc.cutAndPaste(1, 3, doc.body.children.length - 3);
    expect(doc.namedRanges).toEqual([]);
    world.call('checkDocument');
    expect(doc.namedRanges.find((r) => r.name === `cocreate:commitment:${id}`)).toBeDefined();
  });

  it('a copy of the whole document (no named ranges, no add-on data) finds its commitments again in the ledger by code and title', async () => {
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc });
    world.call('syncDocument');
    const ids = doc.namedRanges.filter((r) => r.name.startsWith('cocreate:commitment:')).map((r) => r.name);
    expect(ids).toHaveLength(2);
    world.world.active = doc.copyDocument('doc-2', 'Copy of the draft');
    for (const key of Object.keys(world.stores.document)) delete world.stores.document[key];
    expect(world.world.active.namedRanges).toEqual([]);
    const summary = world.call<Summary>('syncDocument');
    // Same ids and same text: the ledger already has both versions.
    expect(summary).toMatchObject({ accepted: { commitments: 0 }, unchanged: 2 });
    expect(world.world.active.namedRanges.map((r) => r.name).sort()).toEqual([...ids].sort());
  });
});

describe('tagging a selection', () => {
  it('colours the words by kind, names the range, keeps the record and queues tag.created with the quote and link', async () => {
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc });
    const paragraph = doc.selectWords('Establish a multi-collaborator forum at the RCMP');
    const view = world.call<{ id: string; commitmentCode?: string }>('tagSelection', { kind: 'action', owner: 'RCMP', dueDate: '2027-09-30' });
    expect(view.commitmentCode).toBe('C01');
    const at = paragraph.getText().indexOf('Establish a multi-collaborator forum at the RCMP');
    expect(paragraph.text.getBackgroundColor(at)).toBe(TAG_COLOURS.action);
    expect(paragraph.text.getBackgroundColor(at + 60)).toBeNull();
    expect(doc.namedRanges.map((r) => r.name)).toContain(`cocreate:tag:action:${view.id}`);
    const summary = world.call<Summary>('syncDocument');
    expect(summary.accepted.tags).toBe(1);
    const stored = ledgerEvents(world.ledger, world.member!.token).find((e) => e.type === 'tag.created')!;
    expect(stored.payload.tag).toMatchObject({ kind: 'action', owner: 'RCMP', dueDate: '2027-09-30', quotedText: 'Establish a multi-collaborator forum at the RCMP', docUrl: 'https://docs.google.com/document/d/doc-1/edit', commitmentCode: 'C01' });
  });

  it('lists, jumps to, edits (new kind: new colour and range) and removes a tag', async () => {
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc });
    const paragraph = doc.selectWords('Ongoing');
    const { id } = world.call<{ id: string }>('tagSelection', { kind: 'question' });
    doc.placeCursor(doc.body.children[0] as ParagraphNode);
    expect(world.call('selectTag', id)).toBe(true);
    expect(doc.selection?.[0]).toMatchObject({ element: paragraph.text, start: paragraph.getText().indexOf('Ongoing') });
    world.call('updateTag', id, { kind: 'disagreement', government: 'Ongoing is a valid deadline.', csn: 'We need a date.' });
    expect(world.call<{ kind: string; positions: unknown }[]>('listTags')).toMatchObject([{ id, kind: 'disagreement', positions: { government: 'Ongoing is a valid deadline.', csn: 'We need a date.' }, lost: false }]);
    const at = paragraph.getText().indexOf('Ongoing');
    expect(paragraph.text.getBackgroundColor(at)).toBe(TAG_COLOURS.disagreement);
    expect(doc.namedRanges.map((r) => r.name).filter((n) => n.startsWith('cocreate:tag:'))).toEqual([`cocreate:tag:disagreement:${id}`]);
    expect(world.call('removeTag', id)).toBe(true);
    expect(paragraph.text.getBackgroundColor(at)).toBeNull();
    expect(world.call('listTags')).toEqual([]);
    const summary = world.call<Summary>('syncDocument');
    expect(summary.refused).toEqual([]);
    const types = ledgerEvents(world.ledger, world.member!.token).filter((e) => e.type.startsWith('tag.')).map((e) => e.type);
    expect(types).toEqual(['tag.created', 'tag.updated', 'tag.removed']);
  });

  it('refuses to tag with nothing selected, in the user’s language', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_FR), locale: 'fr' });
    expect(() => world.call('tagSelection', { kind: 'decision' })).toThrow('Sélectionnez d’abord dans le document les mots à baliser.');
  });

  it('a tag whose text was cut and pasted is listed as lost, and can still be removed', async () => {
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc });
    doc.selectWords('Draft for discussion');
    const { id } = world.call<{ id: string }>('tagSelection', { kind: 'proposal' });
    doc.cutAndPaste(1, 1, 3);
    expect(world.call('listTags')).toMatchObject([{ id, lost: true }]);
    expect(world.call('removeTag', id)).toBe(true);
  });
});

describe('sync', () => {
  it('sends each commitment once; a second sync is all "already in the ledger"; the writer accepts our version hashes', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_EN) });
    const first = world.call<Summary>('syncDocument');
    expect(first).toMatchObject({ accepted: { commitments: 2 }, unchanged: 0, refused: [], waiting: 0 });
    const second = world.call<Summary>('syncDocument');
    expect(second).toMatchObject({ accepted: { commitments: 0 }, unchanged: 2, refused: [] });
    const upserts = ledgerEvents(world.ledger, world.member!.token).filter((e) => e.type === 'commitment.upserted');
    expect(upserts.map((e) => (e.payload.commitment as { code: string }).code)).toEqual(['C01', 'C02']);
  });

  it('an edit makes a new version; the old one is not sent again', async () => {
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc });
    world.call('syncDocument');
    (doc.body.children[3] as TableNode).getCell(8, 1).setText('The RCMP and TBS will report twice a year on the forum.');
    expect(world.call<Summary>('syncDocument')).toMatchObject({ accepted: { commitments: 1 }, unchanged: 1 });
  });

  it('when the ledger is away nothing is lost: tag events wait in user properties and go on the next open', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_EN) });
    world.world.active.selectWords('Fall 2027');
    world.call('tagSelection', { kind: 'decision' });
    world.fetchWorld.online = false;
    const away = world.call<Summary>('syncDocument');
    expect(away).toMatchObject({ problem: 'offline', waiting: 1, commitmentsNotSent: 2 });
    expect(Object.keys(world.stores.user).filter((k) => k.startsWith('cocreate:outbox'))).toHaveLength(2);
    world.fetchWorld.online = true;
    const state = world.call<{ retried?: Summary; waiting: number }>('getSidebarState');
    expect(state.retried).toMatchObject({ accepted: { tags: 1 } });
    expect(state.waiting).toBe(0);
    expect(Object.keys(world.stores.user).filter((k) => k.startsWith('cocreate:outbox:'))).toEqual([]);
  });

  it('says what the ledger refused and why, and sends the good events beside it', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_EN), member: { side: 'csn', roles: ['attendee'] } });
    world.world.active.selectWords('Ongoing');
    world.call('tagSelection', { kind: 'question' });
    const summary = world.call<Summary>('syncDocument');
    expect(summary.refused.map((r) => [r.what, r.code])).toEqual([
      ['question: “Ongoing”', 'forbidden'],
      ['C01', 'forbidden'],
      ['C02', 'forbidden'],
    ]);
    expect(summary.waiting).toBe(0);
  });

  it('a queue event larger than one 9 kB property value is split and read back whole', async () => {
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc });
    (doc.body.children[3] as TableNode).getCell(5, 1).setText('é'.repeat(8000));
    doc.select(doc.body.children[3] as TableNode);
    world.fetchWorld.online = false;
    world.call('tagSelection', { kind: 'decision', note: 'ç'.repeat(6000) });
    const parts = Object.entries(world.stores.user).filter(([k]) => k.startsWith('cocreate:outbox:'));
    expect(parts.length).toBeGreaterThan(1);
    for (const [, value] of parts) expect(Buffer.byteLength(value)).toBeLessThanOrEqual(9 * 1024);
    world.fetchWorld.online = true;
    expect(world.call<Summary>('syncDocument').accepted.tags).toBe(1);
  });
});

describe('settings', () => {
  it('checks the token with whoami before saving; a wrong token saves nothing; language is kept', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_EN) });
    const good = world.member!.token;
    delete world.stores.user['cocreate:token'];
    expect(world.call('saveSettings', { ledgerUrl: 'https://script.google.com/macros/s/AKfycbCocreateLedgerDouble/exec', token: 'wrong', language: 'fr' })).toEqual({ saved: false, problem: 'unauthorized' });
    expect(world.stores.user['cocreate:token']).toBeUndefined();
    expect(world.stores.user['cocreate:language']).toBe('fr');
    expect(world.call('saveSettings', { ledgerUrl: 'https://evil.example.org/exec', token: good, language: 'fr' })).toEqual({ saved: false, problem: 'badUrl' });
    const saved = world.call<{ saved: boolean; member: { name: string } }>('saveSettings', { ledgerUrl: 'https://script.google.com/macros/s/AKfycbCocreateLedgerDouble/exec', token: good, language: 'en' });
    expect(saved).toMatchObject({ saved: true, checked: true, member: { name: 'Alex Tremblay' } });
    expect(world.call<{ settings: { hasToken: boolean; language: string } }>('getSidebarState').settings).toMatchObject({ hasToken: true, language: 'en' });
  });

  it('language defaults to the Docs UI language', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_FR), locale: 'fr_CA', member: null });
    expect(world.call<{ language: string }>('getSidebarState').language).toBe('fr');
  });
});

describe('sign-off', () => {
  it('records a government decision on the current version; an edit shows "changed since signed" with the date and the field that changed', async () => {
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc, member: { side: 'government', roles: ['drafter', 'gov_signatory'] } });
    const recorded = world.call<Summary>('recordSignOff', { code: 'C01', track: 'government', state: 'approved', comment: 'Included in the plan.' });
    expect(recorded).toMatchObject({ accepted: { commitments: 1, signOffs: 1 }, refused: [] });
    const before = world.call<{ status: { government: { state: string; isCurrentVersion: boolean }; changedSinceSigned?: unknown } }>('getSignOffPanel', 'C01');
    expect(before.status.government).toMatchObject({ state: 'approved', isCurrentVersion: true });
    expect(before.status.changedSinceSigned).toBeUndefined();
    (doc.body.children[3] as TableNode).getCell(5, 1).setText('Many Canadians still face barriers to participation.');
    world.call('syncDocument');
    const after = world.call<{ status: { government: { isCurrentVersion: boolean }; changedSinceSigned: { signedVersionAt: string; changes: { path: string; before: { en: string }; after: { en: string } }[] } } }>('getSignOffPanel', 'C01');
    expect(after.status.government.isCurrentVersion).toBe(false);
    expect(after.status.changedSinceSigned.signedVersionAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(after.status.changedSinceSigned.changes.map((c) => c.path)).toEqual(['issueToBeAddressed']);
    expect(after.status.changedSinceSigned.changes[0]!.after.en).toBe('Many Canadians still face barriers to participation.');
  });

  it('a drafter who is not a signatory is refused forbidden, and told', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_EN), member: { side: 'csn', roles: ['drafter'] } });
    const summary = world.call<Summary>('recordSignOff', { code: 'C01', track: 'csn', state: 'endorse' });
    expect(summary.refused).toMatchObject([{ what: 'csn sign-off', code: 'forbidden' }]);
  });
});

describe('checks', () => {
  it('the 2025-29 plan gives deadlines in words: hints that say why, not a flood of errors; each finding points at its cell', async () => {
    const world = await createAddonWorld({ doc: documentFrom(NAP6_C01_EN) });
    const check = world.call<{ commitments: { code: string; items: { rule?: string; severity: string; message: { en: string }; location: { block: number; row?: number } }[] }[] }>('checkDocument');
    const c01 = check.commitments[0]!;
    const r2 = c01.items.filter((i) => i.rule === 'R2');
    expect(r2.map((i) => i.severity)).toEqual(['info', 'info', 'info', 'info']);
    expect(r2[0]!.message.en).toContain('“Fall 2027”');
    expect(r2[0]!.location).toEqual({ block: 4, row: 1, col: 3 });
    // Theory of change is empty in the fixture: an error pointing at its row.
    const theory = c01.items.find((i) => i.rule === 'R1' && i.message.en.toLowerCase().includes('contribute'));
    expect(theory?.location).toMatchObject({ block: 3, row: 8 });
    expect(world.call('selectLocation', theory!.location)).toBe(true);
    expect(world.world.active.selection).toHaveLength(1);
  });
});
