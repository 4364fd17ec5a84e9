import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../shared/i18n/catalogue.ts';
import type { Messages } from '../../../shared/i18n/message.ts';

const MESSAGES_DIR = path.resolve(import.meta.dirname, '../../../shared/i18n/messages');
const areaFiles = readdirSync(MESSAGES_DIR).filter((name) => name.endsWith('.ts'));

/** Each area file's messages, by area name (the file name without `.ts`). */
const areas: [string, Messages][] = await Promise.all(
  areaFiles.map(async (file): Promise<[string, Messages]> => {
    const module = (await import(path.join(MESSAGES_DIR, file))) as Record<string, Messages>;
    const exported = Object.values(module);
    expect(exported, `${file} exports one message table`).toHaveLength(1);
    return [file.replace(/\.ts$/, ''), exported[0]!];
  }),
);

const entries = Object.entries(catalogue as Messages);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('message catalogue', () => {
  it.each(entries)('%s has non-empty English and French', (_key, entry) => {
    expect(entry.en.trim()).not.toBe('');
    expect(entry.fr.trim()).not.toBe('');
  });

  it.each(entries)('%s uses the same {placeholders} in both languages', (_key, entry) => {
    expect(placeholders(entry.fr)).toEqual(placeholders(entry.en));
  });

  it.each(areas)('every key of messages/%s.ts starts with its area name', (area, messages) => {
    expect(Object.keys(messages).filter((key) => !key.startsWith(`${area}.`))).toEqual([]);
  });

  it('merges every area file, and no key is defined twice', () => {
    const keys = areas.flatMap(([, messages]) => Object.keys(messages));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });
});
