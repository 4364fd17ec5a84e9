import * as z from 'zod/mini';
import { parseValue, type ParseResult } from '../../shared/domain/parse-value.ts';
import { Side } from '../../shared/domain/side.ts';
import { Language } from '../../shared/i18n/language.ts';
import { localArea, type StorageArea } from '../adapters/storage-area.ts';
import { LedgerUrl } from './ledger-url.ts';
import { type Migration, migrateVersioned } from './migrate-versioned.ts';

/** What the attendee sets in the options page, stored under `settings` in storage.local. */
export const Settings = z.object({
  version: z.literal(1),
  ledgerUrl: LedgerUrl,
  /** The member token: kept only in this browser's extension storage, never logged. */
  token: z.string().check(z.maxLength(200)),
  displayName: z.string().check(z.maxLength(200)),
  side: z.optional(Side),
  language: Language,
});
export type Settings = z.infer<typeof Settings>;

export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { version: 1, ledgerUrl: '', token: '', displayName: '', language: 'en' };

/**
 * `SETTINGS_MIGRATIONS[n]` takes stored settings from version n to n + 1. Version 0 is anything
 * saved before settings carried a version: its known fields are kept, the rest take defaults.
 */
export const SETTINGS_MIGRATIONS: readonly Migration[] = [
  (old) => {
    const kept: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const key of ['ledgerUrl', 'token', 'displayName', 'side', 'language'] as const) {
      if (Settings.shape[key].safeParse(old[key]).success) kept[key] = old[key];
    }
    return kept;
  },
];

/** True when sync has somewhere to go. */
export function hasLedger(settings: Settings): boolean {
  return settings.ledgerUrl !== '' && settings.token !== '';
}

/** Reads settings, migrating an older stored shape (and saving the result) on the way. */
export async function getSettings(area: StorageArea = localArea): Promise<Settings> {
  const migrated = migrateVersioned(await area.get(SETTINGS_KEY), SETTINGS_MIGRATIONS);
  if (migrated.kind === 'absent' || migrated.kind === 'newer') return DEFAULT_SETTINGS;
  const parsed = Settings.safeParse(migrated.value);
  if (!parsed.success) return DEFAULT_SETTINGS;
  if (migrated.kind === 'migrated') await area.set(SETTINGS_KEY, parsed.data);
  return parsed.data;
}

/** Checks and saves a change; refused input (with field messages in EN and FR) writes nothing. */
export async function saveSettings(patch: SettingsPatch, area: StorageArea = localArea): Promise<ParseResult<Settings>> {
  const next = parseValue(Settings, { ...(await getSettings(area)), ...patch, version: 1 });
  if (next.ok) await area.set(SETTINGS_KEY, next.value);
  return next;
}

/** Calls back with the settings each time they change (from any page). Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void, area: StorageArea = localArea): () => void {
  return area.watch(SETTINGS_KEY, (value) => {
    const migrated = migrateVersioned(value, SETTINGS_MIGRATIONS);
    const parsed = migrated.kind === 'current' || migrated.kind === 'migrated' ? Settings.safeParse(migrated.value) : undefined;
    onChange(parsed?.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
