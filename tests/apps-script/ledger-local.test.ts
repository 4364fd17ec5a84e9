import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type LedgerLocal, startLedgerLocal } from '../../scripts/ledger-local.ts';
import { MAX_TEXT_LENGTH } from '../../shared/protocol/limits.ts';
import * as example from '../shared/domain/examples.ts';
import { annotationEvent } from '../support/ledger-fixture.ts';

// The bundle is built on first use and runs in node:vm: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// `npm run ledger:local` over real HTTP on 127.0.0.1: Google's POST → 302 → GET dance, CORS, persistence.
const dir = mkdtempSync(path.join(tmpdir(), 'ledger-local-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (url: string, body: unknown, redirect: RequestRedirect = 'follow') =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=utf-8' }, body: JSON.stringify(body), redirect });

describe('ledger:local', () => {
  let local: LedgerLocal;

  it('answers a POST with a 302 to a GET URL, after the write, both open to any origin', async () => {
    local = await startLedgerLocal({ port: 0, dataFile: path.join(dir, 'a.json') });
    const event = annotationEvent('=SUM(A1:A9) over HTTP');
    const first = await post(local.url, { v: 1, op: 'append', token: local.token, events: [event] }, 'manual');
    expect(first.status).toBe(302);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const location = first.headers.get('location')!;
    expect(location).toMatch(/\/macros\/echo\?user_content_key=/);
    // The write happened before the redirect is followed.
    const pulled = await (await post(local.url, { v: 1, op: 'pull', token: local.token, since: 0 })).json();
    expect(pulled.events.map((e: { id: string }) => e.id)).toEqual([event.id]);
    const echo = await fetch(location);
    expect(echo.status).toBe(200);
    expect(echo.headers.get('content-type')).toMatch(/^application\/json/);
    expect(echo.headers.get('access-control-allow-origin')).toBe('*');
    expect(await echo.json()).toMatchObject({ ok: true, results: [{ id: event.id, status: 'accepted', seq: 1 }] });
  });

  it.each([
    ['a body that is not JSON', 'not json', 'bad_request'],
    ['a wrong token', JSON.stringify({ v: 1, op: 'whoami', token: 'nope' }), 'unauthorized'],
  ])('answers %s with 200 JSON after the redirect (%s)', async (_case, body, code) => {
    const answer = await fetch(local.url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ ok: false, error: { code } });
  });

  it('the demo member holds every role; GET /exec is the health page', async () => {
    const who = await (await post(local.url, { v: 1, op: 'whoami', token: local.token })).json();
    expect(who.member.roles).toEqual(['drafter', 'attendee', 'coordinator', 'gov_signatory', 'csn_signatory']);
    const health = await fetch(local.url);
    expect(await health.text()).toMatch(/running/);
  });

  it('keeps its events and token across a restart', async () => {
    const token = local.token;
    await local.close();
    local = await startLedgerLocal({ port: 0, dataFile: path.join(dir, 'a.json') });
    expect(local.token).toBe(token);
    const pulled = await (await post(local.url, { v: 1, op: 'pull', token, since: 0 })).json();
    expect(pulled.events.map((e: { payload: { text: string } }) => e.payload.text)).toEqual(['=SUM(A1:A9) over HTTP']);
    await local.close();
  });

  it('over HTTP, refuses issue 8’s attacks alone: a disposition in a submission, a text over 10,000 characters, a body 10,000 levels deep', async () => {
    const own = await startLedgerLocal({ port: 0, dataFile: path.join(dir, 'attacks.json') });
    const local = own;
    const { disposition: _d, reasonedResponse: _r, ...submitted } = example.proposal;
    const forged = { ...annotationEvent('x'), type: 'proposal.submitted', entityId: undefined, payload: { proposal: { ...submitted, disposition: 'adopted' } } };
    const good = annotationEvent('Good note beside the bad ones.');
    const answer = await (
      await post(local.url, { v: 1, op: 'append', token: local.token, events: [forged, annotationEvent('x'.repeat(MAX_TEXT_LENGTH + 1)), good] })
    ).json();
    expect(answer.results.map((r: { status: string; error?: { code: string } }) => r.error?.code ?? r.status)).toEqual(['invalid', 'invalid', 'accepted']);
    expect(answer.results[0].error.message).toMatch(/^payload\.proposal\.disposition: /);
    const deep = `{"v":1,"op":"append","token":"${local.token}","events":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`;
    const nested = await fetch(local.url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: deep });
    expect(await nested.json()).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await own.close();
  });

  it('as a command, prints exactly the two lines ledger: and token:', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ledger-local.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, LEDGER_PORT: '0', LEDGER_DATA: path.join(dir, 'cli.json') },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no output: ${out}`)), 60_000);
      child.stdout.on('data', () => {
        if (out.split('\n').length > 2) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ledger: http:\/\/127\.0\.0\.1:\d+\/exec$/);
    expect(lines[1]).toMatch(/^token: [0-9a-f]{64}$/);
    const who = await (await post(lines[0]!.slice(8), { v: 1, op: 'whoami', token: lines[1]!.slice(7) })).json();
    expect(who.ok).toBe(true);

    // A second process on the same data refuses to start, says why, and leaves the first one alone.
    const second = spawn(process.execPath, ['--import', 'tsx', 'scripts/ledger-local.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, LEDGER_PORT: '0', LEDGER_DATA: path.join(dir, 'cli.json') },
    });
    let err = '';
    let secondOut = '';
    second.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    second.stdout.on('data', (chunk: Buffer) => {
      secondOut += chunk.toString();
    });
    const code = await new Promise((resolve) => second.once('exit', resolve));
    expect(code).toBe(1);
    expect(secondOut).toBe('');
    expect(err).toContain(`ledger:local is already running on ${path.join(dir, 'cli.json')} (process ${child.pid})`);
    expect((await (await post(lines[0]!.slice(8), { v: 1, op: 'whoami', token: lines[1]!.slice(7) })).json()).ok).toBe(true);

    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(path.join(dir, 'cli.json.lock'))).toBe(false);
  }, 120_000);
});

describe('ledger:local keeps its promises about its data file', () => {
  it('saves after a write only, atomically (no temporary file left), and reads do not rewrite it', async () => {
    const file = path.join(dir, 'saves.json');
    const local = await startLedgerLocal({ port: 0, dataFile: file });
    try {
      const before = { saves: local.saves.count, mtime: statSync(file).mtimeMs, text: readFileSync(file, 'utf8') };
      await post(local.url, { v: 1, op: 'pull', token: local.token, since: 0 });
      await post(local.url, { v: 1, op: 'whoami', token: local.token });
      await fetch(local.url);
      expect(local.saves.count).toBe(before.saves);
      expect(readFileSync(file, 'utf8')).toBe(before.text);
      const event = annotationEvent('Stored, then saved');
      await post(local.url, { v: 1, op: 'append', token: local.token, events: [event] });
      expect(local.saves.count).toBe(before.saves + 1);
      expect(readFileSync(file, 'utf8')).toContain(event.id as string);
      // The same event again is a duplicate: nothing written, nothing saved.
      await post(local.url, { v: 1, op: 'append', token: local.token, events: [event] });
      expect(local.saves.count).toBe(before.saves + 1);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await local.close();
    }
  });

  it('refuses a second server on the same data in this process too, and starts once the first is closed', async () => {
    const file = path.join(dir, 'twice.json');
    const first = await startLedgerLocal({ port: 0, dataFile: file });
    await expect(startLedgerLocal({ port: 0, dataFile: file })).rejects.toThrow(`(process ${process.pid})`);
    await first.close();
    const again = await startLedgerLocal({ port: 0, dataFile: file });
    expect(again.token).toBe(first.token);
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const file = path.join(dir, 'stale.json');
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(`${file}.lock`, `${gone.pid}\n`);
    const local = await startLedgerLocal({ port: 0, dataFile: file });
    expect(readFileSync(`${file}.lock`, 'utf8').trim()).toBe(String(process.pid));
    await local.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
