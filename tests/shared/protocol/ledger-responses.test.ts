import { describe, expect, it } from 'vitest';
import { AppendResponse, ErrorResponse, WhoamiResponse } from '../../../shared/protocol/ledger-api.ts';
import { appendResponse, errorResponse, requestErrorMessage, whoamiResponse } from '../../../shared/protocol/ledger-responses.ts';

describe('ledger responses', () => {
  it('builds responses that match the wire schemas', () => {
    const head = { seq: 3, hash: 'ab'.repeat(32) };
    expect(AppendResponse.safeParse(appendResponse([{ id: 'x', status: 'accepted', seq: 3 }], head)).success).toBe(true);
    expect(ErrorResponse.safeParse(errorResponse('busy')).success).toBe(true);
  });

  it('gives a refused request the general sentence of its code unless it has its own', () => {
    expect(errorResponse('busy')).toEqual({
      ok: false,
      error: { code: 'busy', message: 'The ledger is busy and nothing was saved; it will be tried again shortly.' },
    });
    expect(errorResponse('bad_request', 'The request body is not valid JSON.').error.message).toBe('The request body is not valid JSON.');
    expect(requestErrorMessage('unauthorized').fr).toBe('Votre jeton de membre n’a pas été accepté; demandez-en un nouveau à votre coordonnateur.');
  });

  it('answers whoami with the public member fields only, never the token hash', () => {
    const record = { id: 'm', name: 'Jo', org: 'Open North', side: 'csn' as const, roles: ['attendee' as const], tokenHash: 'ab'.repeat(32), issuedAt: '2026-01-01T00:00:00Z' };
    const response = whoamiResponse(record);
    expect(WhoamiResponse.safeParse(response).success).toBe(true);
    expect(JSON.stringify(response)).not.toContain('ab'.repeat(32));
  });
});
