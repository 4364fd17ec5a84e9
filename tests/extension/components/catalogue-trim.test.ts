import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKeyPrefixes, reachableFiles } from '../../../wxt.config';

function fileWith(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trim-'));
  const file = path.join(dir, 'source.tsx');
  fs.writeFileSync(file, text);
  return file;
}

// The extension build ships only the messages its code can name; what is found here is kept.
describe('message keys the extension build keeps', () => {
  it.each([
    ['a literal key', "t('extension.list.edit')", ['extension.list.edit']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, on purpose
    ['a template prefix', 't(`domain.meetingType.${value}`)', ['domain.meetingType.']],
    ['a key in a lookup table', "const KEYS = { idle: 'extension.sync.idle' }", ['extension.sync.idle']],
    ['a double-quoted key', 'bilingualMessage("sync.error.storage")', ['sync.error.storage']],
    ['an unrelated string', "const url = 'domain.example.org'; const x = 'other.key'", ['domain.example.org']],
    ['a whole area by its prefix', "const prefix = 'rules.'", ['rules.']],
  ])('%s', (_name, source, expected) => {
    expect(messageKeyPrefixes([fileWith(source)], ['domain', 'extension', 'sync', 'rules']).sort()).toEqual(expected);
  });
});

describe('files the extension build scans for message keys', () => {
  it('follows value and dynamic imports, not type-only ones (they ship no code, hence no message)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reach-'));
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
    write('entry.ts', "import { a } from './a';\nimport type { B } from './b';\nexport type { C } from './c';\nconst d = () => import('./d');\nimport { type E, e } from './e';");
    for (const name of ['a', 'b', 'c', 'd', 'e']) write(`${name}.ts`, `export const ${name} = '${name}';`);
    const names = [...reachableFiles([path.join(dir, 'entry.ts')])].map((file) => path.basename(file, '.ts')).sort();
    expect(names).toEqual(['a', 'd', 'e', 'entry']);
  });
});
