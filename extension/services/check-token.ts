import { bilingualMessage } from '../../shared/i18n/translate.ts';
import type { CheckTokenReply } from '../../shared/protocol/extension-messages.ts';
import type { LedgerTransport } from '../adapters/ledger-client.ts';
import { whoami } from './ledger-calls.ts';
import { isAcceptableLedgerUrl } from './ledger-url.ts';

const failure = (code: string, key: Parameters<typeof bilingualMessage>[0]): CheckTokenReply => ({
  ok: false,
  problem: { code, message: bilingualMessage(key) },
});

/** The options page's "check": asks the ledger whose token this is (`whoami`). */
export async function checkToken(transport: LedgerTransport, ledgerUrl: string, token: string): Promise<CheckTokenReply> {
  if (!isAcceptableLedgerUrl(ledgerUrl)) return failure('bad_url', 'sync.error.ledgerUrl');
  if (token.trim() === '') return failure('not_configured', 'sync.problem.notConfigured');
  const outcome = await whoami({ transport, ledgerUrl, token: token.trim() });
  switch (outcome.kind) {
    case 'ok':
      return { ok: true, member: outcome.member };
    case 'network':
      return failure('offline', 'sync.problem.offline');
    case 'bad-response':
      return failure('bad_response', 'sync.problem.badResponse');
    case 'refused':
      switch (outcome.code) {
        case 'unauthorized':
          return failure('unauthorized', 'sync.problem.unauthorized');
        case 'busy':
          return failure('busy', 'sync.problem.busy');
        case 'internal':
          return failure('internal', 'sync.problem.internal');
        default:
          return failure('bad_request', 'sync.problem.badRequest');
      }
  }
}
