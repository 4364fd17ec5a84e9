import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerTransport } from '../../extension/adapters/ledger-client';
import { appendEvents } from '../../extension/services/ledger-calls';
import { commitmentVersionHash } from '../../shared/domain/commitment-version-hash';
import { commitment, meeting, signOff } from '../shared/domain/examples';
import { sha256 } from '../shared/ledger/events/digest';
import { type LedgerLocalProcess, startLedgerLocalProcess } from '../extension/services/ledger-local-process';
import { runAxe } from './support/axe';
import { type ChromeGlobal, extensionUrl, type LaunchedExtension, launchExtension } from './support/launch-extension';

// Issue #5 item 6 end to end: a commitment and its government sign-off posted to the local ledger
// (the real web app bundle), a Google Docs address answered by routing, and the side panel beside it
// showing what the ledger knows about that document, pulled by the background.

const DOC_ID = '1CocreateDocE2E0001';
const DOC_URL = `https://docs.google.com/document/d/${DOC_ID}/edit`;
// The ledger computes the version hash from the text and refuses a payload that sends another.
const V1 = commitmentVersionHash(commitment, sha256);
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('the side panel on a Google Docs document, with the local ledger', () => {
  let ledger: LedgerLocalProcess;
  let launched: LaunchedExtension;
  let panel: Page;

  beforeAll(async () => {
    ledger = await startLedgerLocalProcess();
    const appended = await appendEvents({ transport: createLedgerTransport(), ledgerUrl: ledger.url, token: ledger.token }, [
      { v: 1, id: uuid(1), type: 'commitment.upserted', at: '2026-11-20T10:00:00.000Z', source: 'docs', payload: { commitment, versionHash: V1, docId: DOC_ID } },
      {
        v: 1, id: uuid(2), type: 'signoff.recorded', at: '2026-11-21T10:00:00.000Z', source: 'docs',
        payload: { ...signOff, id: uuid(3), track: 'government', state: 'approved', versionHash: V1, signerRole: 'gov_signatory', recordedBy: undefined },
      },
      // A forum meeting recorded elsewhere, chaired by the network: the next one is government's (R18).
      // Its remote link is checked by the ledger under Apps Script, which has no URL class. A snapshot
      // carries no notes status (the notes' own events set it), so the example's `drafted` is cleared.
      { v: 1, id: uuid(4), type: 'meeting.scheduled', at: '2026-11-22T10:00:00.000Z', source: 'extension', payload: { meeting: { ...meeting, notesStatus: { en: 'none', fr: 'none' } } } },
    ]);
    if (appended.kind !== 'ok' || appended.results.some((result) => result.status !== 'accepted')) {
      throw new Error(`seeding the ledger failed: ${JSON.stringify(appended)}`);
    }
    launched = await launchExtension();
    await launched.context.route(DOC_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="en"><head><title>Plan 2026 - Google Docs</title></head><body><canvas></canvas></body></html>' }),
    );
    await launched.sw.evaluate(
      ({ ledgerUrl, token }) =>
        (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ settings: { version: 1, ledgerUrl, token, displayName: 'Demo', language: 'en' } }),
      { ledgerUrl: ledger.url, token: ledger.token },
    );
  });
  afterAll(async () => {
    await launched?.close();
    await ledger?.dispose();
  });

  it('shows the document’s commitment and its sign-off, pulled from the ledger', async () => {
    const docs = await launched.context.newPage();
    await docs.goto(DOC_URL);
    panel = await launched.context.newPage();
    await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    await panel.getByLabel('Meeting title').waitFor();
    // A change on the Docs page makes its content script push; the panel follows that tab.
    await docs.evaluate(() => {
      document.title = 'Plan 2026 (v2) - Google Docs';
    });
    const region = panel.getByRole('region', { name: 'This document in the ledger' });
    await region.getByText('C01 — Open data for results').waitFor({ timeout: 20_000 });
    expect(await region.textContent()).toMatch(/Government: Approved by Demo member on /);
    expect(await runAxe(panel)).toEqual([]);
  });

  it('suggests the chair from the forum meetings the ledger knows (none on this computer)', async () => {
    const chair = panel.getByLabel('Chair');
    await expect.poll(() => chair.inputValue(), { timeout: 20_000 }).toBe('government');
    await panel.getByText(/Suggested: Chaired by government/).waitFor();
  });

  it('offers the ledger’s commitments when annotating', async () => {
    await panel.getByLabel('Meeting title').fill('Drafting session');
    await panel.getByRole('button', { name: 'Start meeting' }).click();
    const picker = panel.getByLabel('Commitment (optional)');
    await expect.poll(() => picker.locator('option').allTextContents(), { timeout: 20_000 }).toContain('C01 — Open data for results');
  });
});
