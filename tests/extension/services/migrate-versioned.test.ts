import { describe, expect, it } from 'vitest';
import { type Migration, migrateVersioned } from '../../../extension/services/migrate-versioned.ts';

// Three releases: v0 had `name`, v1 renamed it `displayName`, v2 added `language`.
const migrations: Migration[] = [
  ({ name, ...rest }) => ({ ...rest, displayName: name }),
  (value) => ({ ...value, language: 'en' }),
];

describe('migrateVersioned', () => {
  it.each([
    ['unversioned (v0)', { name: 'Ana' }, { kind: 'migrated', value: { displayName: 'Ana', language: 'en', version: 2 } }],
    ['v1', { version: 1, displayName: 'Ana' }, { kind: 'migrated', value: { version: 2, displayName: 'Ana', language: 'en' } }],
    ['current', { version: 2, displayName: 'Ana', language: 'fr' }, { kind: 'current', value: { version: 2, displayName: 'Ana', language: 'fr' } }],
    ['from a newer release', { version: 3 }, { kind: 'newer', version: 3 }],
    ['absent', undefined, { kind: 'absent' }],
    ['not an object', 'text', { kind: 'absent' }],
    ['an array', [1], { kind: 'absent' }],
  ])('%s', (_name, stored, expected) => {
    expect(migrateVersioned(stored, migrations)).toEqual(expected);
  });
});
