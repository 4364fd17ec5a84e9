import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/ledger/verify-chain.ts';
import { eventLogFile, verifyLogFile } from '../../../shared/repository/verify-log-file.ts';
import { sha256 } from '../ledger/events/digest.ts';
import { storedSample } from './stored-sample.ts';

const asyncSha256 = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const events = storedSample();
const file = eventLogFile(events);

describe('verifyLogFile (the published log, checked with an async digest)', () => {
  it('agrees with the ledger’s own verifyChain on an intact log', async () => {
    const sheet = verifyChain(events, sha256);
    const verdict = await verifyLogFile(file, asyncSha256, [events.at(-1)!.hash]);
    expect(sheet.ok).toBe(true);
    expect(verdict).toMatchObject({ ok: true, count: events.length, head: sheet.ok ? sheet.head : {} });
  });

  it('names the line whose content was changed, in English and French', async () => {
    // The forum's answer to a proposal, rewritten after the fact: out of scope becomes adopted.
    const lines = file.split('\n');
    const i = lines.findIndex((line) => line.includes('"out_of_scope"'));
    expect(i).toBe(12);
    lines[i] = lines[i]!.replace('"out_of_scope"', '"adopted"');
    const verdict = await verifyLogFile(lines.join('\n'), asyncSha256);
    expect(verdict).toMatchObject({ ok: false, line: 13, seq: 13, reason: 'hash' });
    if (verdict.ok) return;
    expect(verdict.message.en).toBe('Line 13 was changed after it was written: its content no longer matches its hash.');
    expect(verdict.message.fr).toBe('La ligne 13 a été modifiée après son écriture : son contenu ne correspond plus à son empreinte.');
  });

  it('names a removed line, and a head from published notes that the log no longer reaches', async () => {
    const lines = file.trimEnd().split('\n');
    const removed = [...lines.slice(0, 4), ...lines.slice(5)].join('\n');
    expect(await verifyLogFile(removed, asyncSha256)).toMatchObject({ ok: false, line: 5, reason: 'seq' });
    const cut = lines.slice(0, -2).join('\n');
    const verdict = await verifyLogFile(cut, asyncSha256, [events.at(-1)!.hash]);
    expect(verdict).toMatchObject({ ok: false, reason: 'missingHead', line: lines.length - 1 });
  });

  it('says which event a head printed in notes is', async () => {
    const verdict = await verifyLogFile(file, asyncSha256, [events[5]!.hash.toUpperCase()]);
    expect(verdict.ok && verdict.knownHeads).toEqual([{ hash: events[5]!.hash, seq: 6 }]);
  });
});
