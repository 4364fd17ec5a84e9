import * as z from 'zod/mini';
import { parseValue, type ParseResult } from '../../shared/domain/parse-value.ts';
import { Side } from '../../shared/domain/side.ts';
import { Language } from '../../shared/i18n/language.ts';
import { pickLanguage } from '../../shared/i18n/pick-language.ts';
import { extensionOnlyArea, localArea, managedArea, type StorageArea } from '../adapters/storage-area.ts';
import { LedgerUrl } from './ledger-url.ts';
import { type Migration, migrateVersioned } from './migrate-versioned.ts';

const Token = z.string().check(z.maxLength(200));

/** What the attendee sets in the options page, as the pages and the background use it. */
export const Settings = z.object({
  /** 2 since the token left storage.local; 1 is still accepted from callers that build settings by hand. */
  version: z.literal([1, 2]),
  ledgerUrl: LedgerUrl,
  /** The member token: kept apart from the rest, where content scripts cannot read it (see TOKEN_KEY). */
  token: Token,
  displayName: z.string().check(z.maxLength(200)),
  side: z.optional(Side),
  language: Language,
});
export type Settings = z.infer<typeof Settings>;

/**
 * What is stored under `settings` in storage.local: everything but the token. `tokenRevision` counts
 * token changes, so pages watching storage.local learn that the token changed without seeing it.
 */
const StoredSettings = z.object({
  version: z.literal(2),
  ledgerUrl: LedgerUrl,
  displayName: z.string().check(z.maxLength(200)),
  side: z.optional(Side),
  language: Language,
  tokenRevision: z.optional(z.int().check(z.minimum(0))),
});
type StoredSettings = z.infer<typeof StoredSettings>;

export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export const SETTINGS_KEY = 'settings';
/** The token's key in the extension-only area (IndexedDB of the extension's origin). */
export const TOKEN_KEY = 'memberToken';

export const DEFAULT_SETTINGS: Settings = { version: 2, ledgerUrl: '', token: '', displayName: '', language: 'en' };

/** The browser's preferred languages, best first (absent in a service worker without navigator). */
function browserLanguages(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  return nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
}

/** Before anything is saved: fully local, in the browser's language. */
export function defaultSettings(preferred: readonly string[] = browserLanguages()): Settings {
  return { ...DEFAULT_SETTINGS, language: pickLanguage(preferred) };
}

/**
 * `SETTINGS_MIGRATIONS[n]` takes stored settings from version n to n + 1. Version 0 is anything
 * saved before settings carried a version: its known fields are kept, the rest take defaults.
 * Version 1 kept the token in storage.local; version 2 moves it out (getSettings saves it first).
 */
export const SETTINGS_MIGRATIONS: readonly Migration[] = [
  (old) => {
    const kept: Record<string, unknown> = { ...DEFAULT_SETTINGS, version: 1 };
    for (const key of ['ledgerUrl', 'token', 'displayName', 'side', 'language'] as const) {
      if (Settings.shape[key].safeParse(old[key]).success) kept[key] = old[key];
    }
    return kept;
  },
  ({ token: _token, ...rest }) => rest,
];

/** True when sync has somewhere to go. */
export function hasLedger(settings: Settings): boolean {
  return settings.ledgerUrl !== '' && settings.token !== '';
}

/** `managed`: the ledger address IT may pre-set by policy (install guide §3); absent in tests that do not need it. */
export type SettingsAreas = { local: StorageArea; secret: StorageArea; managed?: Pick<StorageArea, 'get'> };
const AREAS: SettingsAreas = { local: localArea, secret: extensionOnlyArea, managed: managedArea };

/** The key of the ledger address in managed storage (public/managed-schema.json). */
export const MANAGED_LEDGER_URL_KEY = 'ledgerUrl';

/** A ledger address set by policy fills the field until the attendee types their own; a malformed one is ignored. */
async function withManagedLedger(settings: Settings, areas: SettingsAreas): Promise<Settings> {
  if (settings.ledgerUrl !== '' || !areas.managed) return settings;
  const managed = LedgerUrl.safeParse(await areas.managed.get(MANAGED_LEDGER_URL_KEY));
  return managed.success && managed.data !== '' ? { ...settings, ledgerUrl: managed.data } : settings;
}

async function readToken(secret: StorageArea): Promise<string> {
  const parsed = Token.safeParse(await secret.get(TOKEN_KEY));
  return parsed.success ? parsed.data : '';
}

/**
 * Reads settings, migrating an older stored shape (and saving the result) on the way. A token left
 * in storage.local by an older release is moved to the extension-only area before it is removed.
 */
export async function getSettings(areas: SettingsAreas = AREAS): Promise<Settings> {
  const raw = await areas.local.get(SETTINGS_KEY);
  const migrated = migrateVersioned(raw, SETTINGS_MIGRATIONS);
  if (migrated.kind === 'absent' || migrated.kind === 'newer') return withManagedLedger({ ...defaultSettings(), token: await readToken(areas.secret) }, areas);
  const stored = StoredSettings.safeParse(migrated.value);
  if (!stored.success) return withManagedLedger(defaultSettings(), areas);
  if (migrated.kind === 'migrated') {
    const legacy = Settings.shape.token.safeParse((raw as Record<string, unknown>).token);
    if (legacy.success && legacy.data !== '') await areas.secret.set(TOKEN_KEY, legacy.data);
    await areas.local.set(SETTINGS_KEY, stored.data);
  }
  const { tokenRevision: _revision, ...settings } = stored.data;
  return withManagedLedger({ ...settings, token: await readToken(areas.secret) }, areas);
}

/** Checks and saves a change; refused input (with field messages in EN and FR) writes nothing. */
export async function saveSettings(patch: SettingsPatch, areas: SettingsAreas = AREAS): Promise<ParseResult<Settings>> {
  const current = await getSettings(areas);
  const next = parseValue(Settings, { ...current, ...patch, version: 2 });
  if (!next.ok) return next;
  const { token, ...rest } = next.value;
  const previous = StoredSettings.safeParse(await areas.local.get(SETTINGS_KEY));
  let tokenRevision = previous.success ? (previous.data.tokenRevision ?? 0) : 0;
  if (token !== current.token) {
    await areas.secret.set(TOKEN_KEY, token);
    tokenRevision += 1;
  }
  const stored: StoredSettings = { ...rest, version: 2, ...(tokenRevision > 0 ? { tokenRevision } : {}) };
  await areas.local.set(SETTINGS_KEY, stored);
  return next;
}

/** Calls back with the settings each time they change (from any page). Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void, areas: SettingsAreas = AREAS): () => void {
  // A token change bumps tokenRevision in storage.local, so watching it is enough.
  return areas.local.watch(SETTINGS_KEY, () => void getSettings(areas).then(onChange, () => undefined));
}
