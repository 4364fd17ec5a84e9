import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKeyPrefixes } from '../../../wxt.config';

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
