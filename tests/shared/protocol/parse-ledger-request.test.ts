import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../shared/i18n/catalogue.ts';
import { MAX_BODY_BYTES, MAX_EVENTS_PER_BATCH, MAX_NESTING_DEPTH, MAX_TEXT_LENGTH } from '../../../shared/protocol/limits.ts';
import { parseLedgerRequest } from '../../../shared/protocol/parse-ledger-request.ts';
import { SAMPLE_EVENTS } from '../ledger/events/sample-events.ts';

const event = SAMPLE_EVENTS['annotation.created'];
const body = (value: unknown) => JSON.stringify(value);

describe('parseLedgerRequest', () => {
  it.each([
    ['append', { v: 1, op: 'append', token: 't0k', events: [event] }],
    ['pull', { v: 1, op: 'pull', token: 't0k', since: 0, limit: 100 }],
    ['pull without a limit', { v: 1, op: 'pull', token: 't0k', since: 12 }],
    ['whoami', { v: 1, op: 'whoami', token: 't0k' }],
  ])('reads a %s request', (_name, request) => {
    expect(parseLedgerRequest(body(request))).toEqual({ ok: true, request });
  });

  it('leaves each event unparsed, so one bad event does not refuse its neighbours', () => {
    const result = parseLedgerRequest(body({ v: 1, op: 'append', token: 't', events: [event, { nonsense: true }] }));
    expect(result.ok).toBe(true);
  });

  const refusals: [string, string, string, string][] = [
    ['a body that is not JSON', '{"v":1,', 'bad_request', 'The request body is not valid JSON.'],
    ['an empty body', '', 'bad_request', 'The request body is not valid JSON.'],
    ['a JSON array', '[1,2]', 'bad_request', 'The request body must be a JSON object.'],
    ['another protocol version', body({ v: 2, op: 'whoami', token: 't' }), 'bad_request', 'This ledger speaks protocol version 1, not “2”; update the extension or add-on.'],
    ['no version', body({ op: 'whoami', token: 't' }), 'bad_request', 'The request does not say its protocol version; this ledger speaks version 1.'],
    ['no operation', body({ v: 1, token: 't' }), 'bad_request', 'The request does not say what to do; use append, pull or whoami.'],
    ['an unknown operation', body({ v: 1, op: 'delete', token: 't' }), 'bad_request', 'The operation “delete” is not known; use append, pull or whoami.'],
    ['no token', body({ v: 1, op: 'whoami' }), 'unauthorized', 'The request carries no member token; ask your coordinator for one.'],
    ['a blank token', body({ v: 1, op: 'whoami', token: '  ' }), 'unauthorized', 'The request carries no member token; ask your coordinator for one.'],
    ['a token that is a number', body({ v: 1, op: 'whoami', token: 42 }), 'unauthorized', 'The request carries no member token; ask your coordinator for one.'],
    ['events that are not a list', body({ v: 1, op: 'append', token: 't', events: {} }), 'bad_request', 'An append request must carry a list of at least one event.'],
    ['an empty batch', body({ v: 1, op: 'append', token: 't', events: [] }), 'bad_request', 'An append request must carry a list of at least one event.'],
    [
      'one event too many',
      body({ v: 1, op: 'append', token: 't', events: Array.from({ length: MAX_EVENTS_PER_BATCH + 1 }, () => event) }),
      'too_large',
      'A request may carry at most 500 events, not 501; send them in smaller batches.',
    ],
    // A text over MAX_TEXT_LENGTH now refuses only its event (issue 8), see below; what is whole:
    [
      'a body nested 10,000 levels deep',
      `{"v":1,"op":"append","token":"t","events":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`,
      'bad_request',
      `The request is nested more than ${MAX_NESTING_DEPTH} levels deep.`,
    ],
    [
      'a body over the byte limit',
      body({ v: 1, op: 'append', token: 't', events: [{ ...event, payload: { ...event.payload, text: 'é'.repeat(MAX_BODY_BYTES / 2 + 1) } }] }),
      'too_large',
      `The request body is larger than ${MAX_BODY_BYTES} bytes; send fewer events per request.`,
    ],
    ['a pull from a negative seq', body({ v: 1, op: 'pull', token: 't', since: -1 }), 'bad_request', 'The field “since” is not valid: Enter a number of at least 0.'],
    ['a pull with a limit too high', body({ v: 1, op: 'pull', token: 't', since: 0, limit: 5000 }), 'bad_request', 'The field “limit” is not valid: Enter a number of at most 1000.'],
    ['a pull without since', body({ v: 1, op: 'pull', token: 't' }), 'bad_request', 'The field “since” is not valid: This field is required.'],
    ['an operation with a line break', body({ v: 1, op: 'drop\r\nall', token: 't' }), 'bad_request', 'The operation “drop all” is not known; use append, pull or whoami.'],
    ['a version as a long text', body({ v: 'x'.repeat(5000), op: 'whoami', token: 't' }), 'bad_request', `This ledger speaks protocol version 1, not “${'x'.repeat(40)}…”; update the extension or add-on.`],
  ];

  it('leaves a text over the limit to its own event: the request itself is not refused', () => {
    const long = body({ v: 1, op: 'append', token: 't', events: [{ ...event, payload: { ...event.payload, text: 'é'.repeat(MAX_TEXT_LENGTH + 1) } }] });
    expect(parseLedgerRequest(long).ok).toBe(true);
  });

  it.each(refusals)('refuses %s whole, in one plain sentence', (_name, text, code, message) => {
    expect(parseLedgerRequest(text)).toEqual({ ok: false, error: { code, message } });
  });

  it('has a message in both languages for every request and event error code', () => {
    for (const code of ['bad_request', 'unauthorized', 'too_large', 'busy', 'internal', 'invalid', 'forbidden']) {
      const key = (['invalid', 'forbidden'].includes(code) ? `protocol.event.${code}` : `protocol.error.${code}`) as keyof typeof catalogue;
      expect(catalogue[key].en).toMatch(/\.$/);
      expect(catalogue[key].fr).toMatch(/\.$/);
    }
  });
});
