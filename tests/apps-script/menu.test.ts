import { describe, expect, it, vi } from 'vitest';
import { ledgerTabTitle } from '../../shared/ledger/layout/index.ts';
import { VIEW_TAB_SPECS } from '../../shared/ledger/views/index.ts';
import { verifyChain } from '../../shared/ledger/verify-chain.ts';
import type { GoogleWorld } from '../support/google-world.ts';
import { addMember, annotationEvent, EVERY_ROLE, ledgerFixture, nodeSha256 } from '../support/ledger-fixture.ts';

// The bundle is built on first use and runs in node:vm: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// The coordinator's Cocreate menu, run from the bundle against the doubles.
const LOG = `'${ledgerTabTitle('log')}'`;
const MEMBERS = `'${ledgerTabTitle('members')}'`;

const read = (world: GoogleWorld, range: string) =>
  (world.globals.Sheets.Spreadsheets.Values.get(world.store.state.spreadsheetId, range).values ?? []) as string[][];
const lastAlert = (world: GoogleWorld) => world.ui.events.filter((e) => e.kind === 'alert').at(-1);
const lastDialog = (world: GoogleWorld) => world.ui.events.filter((e) => e.kind === 'dialog').at(-1);

describe('onOpen', () => {
  it.each([
    ['en', 'Cocreate', ['Open coordinator console', 'Set up ledger', 'Issue member token…', 'Revoke member token…', 'Verify chain', 'Rebuild views', 'Export Canada tracker CSV', 'Publish the repository (zip)']],
    ['fr_CA', 'Cocreate', ['Ouvrir la console de coordination', 'Configurer le registre', 'Émettre un jeton de membre…', 'Révoquer un jeton de membre…', 'Vérifier la chaîne', 'Reconstruire les vues', 'Exporter le CSV du suivi canadien', 'Publier le dépôt (zip)']],
  ])('in locale %s adds the %s menu with its items, the console first', async (locale, title, labels) => {
    const f = await ledgerFixture({ session: { locale } });
    f.app.onOpen({});
    const menu = f.world.ui.menus.at(-1)!;
    expect(menu.caption).toBe(title);
    const items = menu.items.filter((i) => i !== 'separator') as Array<{ caption: string; functionName: string }>;
    expect(items.map((i) => i.caption)).toEqual(labels);
    for (const item of items) expect(typeof (f.app as unknown as Record<string, unknown>)[item.functionName]).toBe('function');
  });
});

describe('Set up ledger', () => {
  it('creates every layout tab with its header, and a second run changes nothing', async () => {
    const f = await ledgerFixture();
    const titles = f.world.store.state.sheets.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining([ledgerTabTitle('log'), ledgerTabTitle('members'), ...Object.values(VIEW_TAB_SPECS).map((s) => s.title)]));
    expect(read(f.world, `${LOG}!A1:C1`)).toEqual([['v', 'seq', 'id']]);
    const before = structuredClone(f.world.store.state);
    f.app.setUpLedger();
    expect(f.world.store.state).toEqual(before);
    expect(f.world.log.tally('Sheets')['Sheets.Spreadsheets.batchUpdate']).toBeUndefined();
    expect(lastAlert(f.world)?.prompt).toBe('The ledger was already set up; nothing needed to change.');
  });

  it('protects every tab and freezes the header rows', async () => {
    const f = await ledgerFixture();
    for (const sheet of f.world.store.state.sheets.filter((s) => s.title !== 'Sheet1')) {
      expect(sheet.protectedRanges.map((p) => p.description)).toEqual([expect.stringMatching(/^cocreate:protect:/)]);
      expect(sheet.frozenRowCount).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('Issue and revoke member tokens', () => {
  it('issues a token shown once, stores only its hash, and the token opens the ledger', async () => {
    const f = await ledgerFixture();
    f.world.ui.answer({ text: 'Chloé Côté', button: 'OK' }, { text: 'Open Gov Network', button: 'OK' }, { text: 'CSN', button: 'OK' }, { text: 'attendee, drafter', button: 'OK' });
    f.app.issueMemberToken();
    const html = lastDialog(f.world)!.html;
    const token = /value="([0-9a-f]{64})"/.exec(html)![1]!;
    expect(JSON.stringify(f.world.store.state)).not.toContain(token);
    const rows = read(f.world, MEMBERS);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(nodeSha256(`cocreate:token:v1:${token}`));
    expect(f.post({ v: 1, op: 'whoami', token })).toMatchObject({ ok: true, member: { name: 'Chloé Côté', side: 'csn', roles: ['attendee', 'drafter'] } });
  });

  it.each([
    ['=HYPERLINK("https://evil.example","click")', '+1 555 0100'],
    ['@everyone', '-Open North'],
    ["'quoted", '=1+1'],
  ])('writes the name %j and organisation %j to Members as text, read back verbatim', async (name, org) => {
    const f = await ledgerFixture();
    f.world.ui.answer({ text: name, button: 'OK' }, { text: org, button: 'OK' }, { text: 'csn', button: 'OK' }, { text: 'attendee', button: 'OK' });
    f.app.issueMemberToken();
    const token = /value="([0-9a-f]{64})"/.exec(lastDialog(f.world)!.html)![1]!;
    expect(JSON.stringify(f.world.store.state)).not.toMatch(/"formula"/);
    const [header, row] = read(f.world, MEMBERS);
    expect([row![header!.indexOf('name')], row![header!.indexOf('org')]]).toEqual([`'${name}`, `'${org}`]);
    expect(f.post({ v: 1, op: 'whoami', token })).toMatchObject({ ok: true, member: { name, org } });
  });

  it('shows a name as text in the token dialog, never as markup', async () => {
    const f = await ledgerFixture();
    f.world.ui.answer({ text: '<img src=x onerror=alert(1)>', button: 'OK' }, { text: '', button: 'OK' }, { text: 'other', button: 'OK' }, { text: 'attendee', button: 'OK' });
    f.app.issueMemberToken();
    const html = lastDialog(f.world)!.html;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it.each([
    ['a side that does not exist', ['Ann', '', 'press', 'attendee'], /side/],
    ['an unknown role', ['Ann', '', 'csn', 'attendee, boss'], /roles/],
    ['an empty name', ['', '', 'csn', 'attendee'], /name/],
  ])('refuses %s, says why, and writes nothing', async (_case, answers, why) => {
    const f = await ledgerFixture();
    f.world.ui.answer(...answers.map((text) => ({ text, button: 'OK' })));
    f.app.issueMemberToken();
    expect(lastAlert(f.world)?.prompt).toMatch(why);
    expect(lastAlert(f.world)?.prompt).toMatch(/^No token was issued/);
    expect(read(f.world, MEMBERS)).toHaveLength(1);
  });

  it('cancelling a question issues nothing', async () => {
    const f = await ledgerFixture();
    f.world.ui.answer({ text: 'Ann', button: 'OK' }, { text: '', button: 'CANCEL' });
    f.app.issueMemberToken();
    expect(lastAlert(f.world)?.prompt).toBe('No token was issued.');
    expect(read(f.world, MEMBERS)).toHaveLength(1);
  });

  it('revokes a token by member name after confirmation; the token is then refused', async () => {
    const f = await ledgerFixture({ session: { locale: 'fr' } });
    const ann = addMember(f.world, { name: 'Ann', side: 'csn', roles: ['attendee'] });
    f.world.ui.answer({ text: 'Ann', button: 'OK' }, { button: 'YES' });
    f.app.revokeMemberToken();
    expect(lastAlert(f.world)?.prompt).toBe('Le jeton de Ann est révoqué.');
    expect(f.post({ v: 1, op: 'whoami', token: ann.token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(read(f.world, MEMBERS)).toHaveLength(2);
  });

  it.each([
    ['nobody of that name', 'Bob', 'No active member matches “Bob”; nothing was revoked.'],
    ['two members of that name', 'Ann', 'Several active members are named “Ann”; give the member id instead. Nothing was revoked.'],
  ])('revokes nothing when there is %s', async (_case, query, message) => {
    const f = await ledgerFixture();
    const a = addMember(f.world, { name: 'Ann', side: 'csn', roles: ['attendee'] });
    addMember(f.world, { name: 'Ann', side: 'government', roles: ['drafter'] });
    f.world.ui.answer({ text: query, button: 'OK' });
    f.app.revokeMemberToken();
    expect(lastAlert(f.world)?.prompt).toBe(message);
    expect(f.post({ v: 1, op: 'whoami', token: a.token }).ok).toBe(true);
  });
});

describe('Verify chain and rebuild views', () => {
  async function withEvents(n: number) {
    const f = await ledgerFixture();
    const { token } = addMember(f.world, { name: 'Ann', side: 'csn', roles: EVERY_ROLE });
    f.post({ v: 1, op: 'append', token, events: Array.from({ length: n }, (_, i) => annotationEvent(`note ${i}`)) });
    return f;
  }

  it('says the chain is intact with its head', async () => {
    const f = await withEvents(3);
    f.app.verifyLedgerChain();
    const head = verifyChain(read(f.world, LOG), nodeSha256);
    expect(head.ok).toBe(true);
    expect(lastAlert(f.world)?.prompt).toBe(`The event log is intact: 3 events, head ${head.ok ? head.head.hash : ''}.`);
  });

  it.each([
    ['a text changed in row 3', 3, 'payload', (cell: string) => cell.replace('note 1', 'note one')],
    ['a sequence number changed in row 4', 4, 'seq', () => '7'],
  ])('names the first bad row: %s', async (_case, row, column, change) => {
    const f = await withEvents(4);
    const header = read(f.world, `${LOG}!1:1`)[0]!;
    const col = header.indexOf(column);
    const cell = read(f.world, LOG)[row - 1]![col]!;
    f.world.globals.Sheets.Spreadsheets.Values.update({ values: [[change(cell)]] }, f.world.store.state.spreadsheetId, `${LOG}!${String.fromCharCode(65 + col)}${row}`, {
      valueInputOption: 'RAW',
    });
    f.app.verifyLedgerChain();
    expect(lastAlert(f.world)?.prompt).toMatch(new RegExp(`^Row ${row} `));
  });

  it.each([
    ['a head hash that is in the log', (hashes: string[]) => hashes[1]!, /^The event log is intact: 3 events/],
    ['a head hash the log no longer holds', () => 'ab'.repeat(32), /published outside the sheet is not in the event log: rows after row 4/],
  ])('checks %s when one is given', async (_case, published, verdict) => {
    const f = await withEvents(3);
    const rows = read(f.world, LOG);
    const hashes = rows.slice(1).map((r) => r[rows[0]!.indexOf('hash')]!);
    f.world.ui.answer({ text: published(hashes), button: 'OK' });
    f.app.verifyLedgerChain();
    expect(lastAlert(f.world)?.prompt).toMatch(verdict);
  });

  it('rebuilds every view from the log alone', async () => {
    const f = await withEvents(2);
    const decisions = `'${VIEW_TAB_SPECS.meetings.title}'`;
    const before = read(f.world, decisions);
    f.world.globals.Sheets.Spreadsheets.Values.batchClear({ ranges: Object.values(VIEW_TAB_SPECS).map((s) => `'${s.title}'`) }, f.world.store.state.spreadsheetId);
    f.app.rebuildLedgerViews();
    expect(read(f.world, decisions)).toEqual(before);
    expect(lastAlert(f.world)?.prompt).toBe('The views were rebuilt from 2 events in the event log.');
  });
});

// The export now needs the plan as recorded in the ledger (tests/apps-script/export-tracker.test.ts has the rest).
describe('Export Canada tracker CSV', () => {
  it('on an empty ledger says the plan must be recorded first, and offers no file', async () => {
    const f = await ledgerFixture();
    f.app.exportTrackerCsv();
    expect(lastDialog(f.world)).toBeUndefined();
    expect(lastAlert(f.world)?.prompt).toBe('The plan is not recorded in the ledger yet, so its reporting periods and codes are unknown. Record the plan, then export again.');
  });
});
