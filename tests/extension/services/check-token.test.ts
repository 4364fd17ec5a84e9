import { describe, expect, it } from 'vitest';
import type { LedgerReply, LedgerTransport } from '../../../extension/adapters/ledger-client.ts';
import { checkToken } from '../../../extension/services/check-token.ts';
import type { LedgerRequest } from '../../../shared/protocol/ledger-api.ts';

const member = { id: 'm-1', name: 'Ana Lima', org: 'Open North', side: 'csn', roles: ['attendee'] };

function ledger(reply: LedgerReply) {
  const requests: LedgerRequest[] = [];
  const transport: LedgerTransport = async (_url, request) => {
    requests.push(request);
    return reply;
  };
  return { transport, requests };
}

const URL_OK = 'https://script.google.com/macros/s/x/exec';

describe('checkToken', () => {
  it('answers who the token belongs to, asking with whoami', async () => {
    const l = ledger({ kind: 'json', body: { ok: true, member } });
    expect(await checkToken(l.transport, URL_OK, ' tok ')).toEqual({ ok: true, member });
    expect(l.requests).toEqual([{ v: 1, op: 'whoami', token: 'tok' }]);
  });

  it.each<[string, string, string, LedgerReply | undefined, string]>([
    ['a revoked or wrong token', URL_OK, 'tok', { kind: 'json', body: { ok: false, error: { code: 'unauthorized', message: 'No.' } } }, 'unauthorized'],
    ['a busy ledger', URL_OK, 'tok', { kind: 'json', body: { ok: false, error: { code: 'busy', message: 'Busy.' } } }, 'busy'],
    ['no network', URL_OK, 'tok', { kind: 'network', detail: 'TypeError' }, 'offline'],
    ['a page that is not the ledger', URL_OK, 'tok', { kind: 'bad-response', detail: 'HTML' }, 'bad_response'],
    ['an http address elsewhere', 'http://ledger.example.org/exec', 'tok', undefined, 'bad_url'],
    ['an empty token', URL_OK, '  ', undefined, 'not_configured'],
  ])('%s: says so in both languages', async (_name, url, token, reply, code) => {
    const l = ledger(reply ?? { kind: 'network', detail: 'unused' });
    const answer = await checkToken(l.transport, url, token);
    expect(answer).toMatchObject({ ok: false, problem: { code } });
    if (!answer.ok) {
      expect(answer.problem.message.en).toMatch(/\w/);
      expect(answer.problem.message.fr).toMatch(/\w/);
      expect(answer.problem.message.fr).not.toBe(answer.problem.message.en);
    }
    if (reply === undefined) expect(l.requests).toEqual([]);
  });
});
