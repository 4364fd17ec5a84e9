import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOnly } from '../../../scripts/build-apps-script.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { ADDON_OUTPUT, createAddonWorld, ensureAddonBundle } from './addon-world.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// Every function the sidebar (google.script.run), the menu or a trigger calls; nothing else is global.
const ENTRY_POINTS = [
  'onOpen', 'onInstall', 'showSidebar', 'getSidebarState', 'insertCommitmentTemplate', 'insertCommitmentFromMenu', 'syncFromMenu',
  'checkDocument', 'selectLocation', 'saveSettings', 'getSignOffPanel', 'recordSignOff', 'syncDocument',
  'listTags', 'removeTag', 'selectTag', 'tagSelection', 'updateTag',
];

let code = '';
beforeAll(async () => {
  code = await ensureAddonBundle();
});

describe('the add-on bundle', () => {
  it('has no import, export or require left', () => {
    expect(codeOnly(code)).not.toMatch(/^\s*(import|export)\s|\brequire\(/m);
  });

  it('makes exactly its entry points global, each a top-level function', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const functions = Object.keys(context).filter((key) => typeof context[key] === 'function');
    expect(functions.sort()).toEqual([...ENTRY_POINTS].sort());
    for (const name of ENTRY_POINTS) expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{`, 'm'));
  });

  it('loads without calling any Google service', async () => {
    const world = await createAddonWorld({ member: null });
    expect(world.log.calls).toEqual([]);
  });

  it('ships the editor add-on manifest with the narrow scopes and the ledger hosts allowlisted', () => {
    const manifest = JSON.parse(readFileSync(path.join(ADDON_OUTPUT, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/documents.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.external_request',
    ]);
    expect(manifest.urlFetchWhitelist).toEqual(['https://script.google.com/macros/s/', 'https://script.googleusercontent.com/']);
    expect(manifest.webapp).toBeUndefined();
  });
});

describe('menus in every AuthMode', () => {
  it('AuthMode.NONE: one bilingual item that opens the sidebar (Google then asks for authorisation), no error, no data read', async () => {
    const world = await createAddonWorld({ authMode: 'NONE', locale: 'fr_CA', member: null });
    expect(() => world.call('onOpen', { authMode: 'NONE' })).not.toThrow();
    expect(world.docs.ui.menus).toEqual([{ caption: 'Extensions › add-on', addon: true, items: [{ caption: 'Open Cocreate / Ouvrir Cocreate', functionName: 'showSidebar' }] }]);
    expect(world.log.calls.filter((c) => c.service !== 'DocumentApp')).toEqual([]);
  });

  it('the double really refuses user data in AuthMode.NONE (so the test above means something)', async () => {
    const world = await createAddonWorld({ authMode: 'NONE', member: null });
    expect(() => world.call('onOpen', { authMode: 'LIMITED' })).toThrow(/You do not have permission to call PropertiesService/);
  });

  it.each([
    ['LIMITED', 'en', ['Open Cocreate', 'Insert a commitment template', 'Sync with the ledger']],
    ['FULL', 'fr_CA', ['Ouvrir Cocreate', 'Insérer un modèle d’engagement', 'Synchroniser avec le registre']],
  ] as const)('AuthMode.%s in locale %s: the full menu in the user’s language', async (mode, locale, captions) => {
    const world = await createAddonWorld({ authMode: mode, locale, member: null });
    world.call('onOpen', { authMode: mode });
    const items = world.docs.ui.menus[0]!.items as { caption: string; functionName: string }[];
    expect(items.map((i) => i.caption)).toEqual(captions);
    for (const item of items) expect(ENTRY_POINTS).toContain(item.functionName);
  });

  it('onInstall builds the menu too (installing runs onInstall, not onOpen)', async () => {
    const world = await createAddonWorld({ member: null });
    world.call('onInstall', { authMode: 'FULL' });
    expect(world.docs.ui.menus).toHaveLength(1);
  });

  it('showSidebar serves Sidebar.html titled in the user’s language', async () => {
    const world = await createAddonWorld({ locale: 'fr', member: null });
    world.call('showSidebar');
    expect(world.docs.ui.sidebars).toHaveLength(1);
    expect(world.docs.ui.sidebars[0]!.title).toBe(translate('docs.sidebar.title', 'fr'));
    expect(world.docs.ui.sidebars[0]!.html).toMatch(/^<!doctype html>/);
  });
});
