import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ParagraphNode } from '../../support/document-app-double.ts';
import type { SpreadsheetState } from '../../support/spreadsheet-model.ts';
import { realHttpRoute } from '../../support/url-fetch-app-double.ts';
import { NAP6_C01_EN } from '../../fixtures/docs/nap6-c01-en.ts';
import { createAddonWorld, documentFrom } from './addon-world.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// The add-on against `npm run ledger:local` over real HTTP on 127.0.0.1 (POST → 302 → GET), the way
// a drafter tries Cocreate before a ledger is deployed: what it sends shows in the ledger's view tabs.
// UrlFetchApp blocks, so the ledger runs as its own process, as `npm run ledger:local` does.
const dir = mkdtempSync(path.join(tmpdir(), 'addon-ledger-local-'));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function startLedgerLocal(dataFile: string): Promise<{ url: string; token: string }> {
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ledger-local.ts'], {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    env: { ...process.env, LEDGER_PORT: '0', LEDGER_DATA: dataFile },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ledger:local said nothing: ${out}`)), 90_000);
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^ledger: (\S+)$/m.exec(out)?.[1];
      const token = /^token: (\S+)$/m.exec(out)?.[1];
      if (url && token) {
        clearTimeout(timer);
        resolve({ url, token });
      }
    });
  });
}

function viewRows(dataFile: string, title: string): string[][] {
  const saved = JSON.parse(readFileSync(dataFile, 'utf8')) as { world: { spreadsheet: SpreadsheetState } };
  const sheet = saved.world.spreadsheet.sheets.find((s) => s.title === title)!;
  return sheet.rows.filter((r) => r !== null).map((r) => r!.map((c) => (c === null ? '' : String(c.value))));
}

describe('the add-on with npm run ledger:local', () => {
  it('a document’s sync appears in the Commitments and Decisions views', async () => {
    const dataFile = path.join(dir, 'ledger.json');
    const local = await startLedgerLocal(dataFile);
    const doc = documentFrom(NAP6_C01_EN);
    const world = await createAddonWorld({ doc, member: null });
    world.setRoute(realHttpRoute());
    const saved = world.call<{ saved: boolean; checked: boolean }>('saveSettings', { ledgerUrl: local.url, token: local.token, language: 'en' });
    expect(saved).toMatchObject({ saved: true, checked: true });
    doc.selectWords('Establish a multi-collaborator forum at the RCMP');
    world.call('tagSelection', { kind: 'decision' });
    const summary = world.call<{ accepted: { commitments: number; tags: number }; refused: unknown[] }>('syncDocument');
    expect(summary).toMatchObject({ accepted: { commitments: 2, tags: 1 }, refused: [] });
    const commitments = viewRows(dataFile, 'Commitments');
    const header = commitments[0]!;
    const rows = commitments.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(rows.map((r) => [r.code, r.title_en, r.doc_id])).toEqual([
      ['C01', 'Inclusive and meaningful public participation', 'doc-1'],
      ['C02', 'Protecting civic space and democracy in the digital era', 'doc-1'],
    ]);
    expect(rows[0]!.milestones).toBe('4');
    const decisions = viewRows(dataFile, 'Decisions');
    expect(decisions.slice(1).map((r) => r[decisions[0]!.indexOf('text')])).toEqual(['Establish a multi-collaborator forum at the RCMP']);
    // Going through real HTTP, a second sync changes nothing in the ledger.
    expect(world.call<{ unchanged: number }>('syncDocument').unchanged).toBe(2);
    expect((doc.body.children[0] as ParagraphNode).getText()).toMatch(/^Canada’s 2025–2029/);
  });
});
