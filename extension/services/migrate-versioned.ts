/** One step: takes a stored value at version n (as stored) to version n + 1. */
export type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

export type MigrateResult =
  | { kind: 'current'; value: Record<string, unknown> }
  | { kind: 'migrated'; value: Record<string, unknown> }
  /** Written by a newer release: leave it untouched rather than overwrite what we cannot read. */
  | { kind: 'newer'; version: number }
  | { kind: 'absent' };

/**
 * Brings a stored `{ version, ... }` value forward one step at a time. `migrations[n]` takes
 * version n to n + 1; a value without a version counts as version 0.
 */
export function migrateVersioned(stored: unknown, migrations: readonly Migration[]): MigrateResult {
  if (stored === undefined || stored === null || typeof stored !== 'object' || Array.isArray(stored)) {
    return { kind: 'absent' };
  }
  const current = migrations.length;
  let value = stored as Record<string, unknown>;
  const version = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 0;
  if (version > current) return { kind: 'newer', version };
  if (version === current) return { kind: 'current', value };
  for (let step = version; step < current; step++) value = { ...migrations[step]!(value), version: step + 1 };
  return { kind: 'migrated', value };
}
