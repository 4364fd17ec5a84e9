import type { ParseResult } from '../../shared/domain/parse-value.ts';
import { type ClientEvent, parseClientEvent } from '../../shared/ledger/event-catalogue.ts';
import type { EventType } from '../../shared/ledger/event-type.ts';
import type { LocalEnv } from './local-env.ts';

/**
 * A client event made by the extension, checked against the ledger's own catalogue before it is
 * queued (so the ledger will not refuse its shape). Its fresh id is kept for every retry.
 */
export function makeEnvelope(
  type: EventType,
  entityId: string | undefined,
  payload: unknown,
  env: LocalEnv,
): ParseResult<ClientEvent> {
  return parseClientEvent({
    v: 1,
    id: env.newId(),
    type,
    at: env.now().toISOString(),
    source: 'extension',
    ...(entityId === undefined ? {} : { entityId }),
    payload,
  });
}
