import * as z from 'zod/mini';
import { Member } from '../../../shared/domain/member.ts';
import { AppendResponse, ErrorResponse, PullResponse, RequestErrorCode } from '../../../shared/protocol/ledger-api.ts';
import { readSettings } from './settings.ts';

/** Why the ledger could not be used, in words the sidebar translates (docs.problem.*). */
export const LedgerProblem = z.enum(['notConfigured', 'offline', 'badResponse', ...RequestErrorCode.options]);
export type LedgerProblem = z.infer<typeof LedgerProblem>;

export type LedgerAnswer<T> = { ok: true; value: T } | { ok: false; problem: LedgerProblem; detail?: string };

const WhoamiAnswer = z.object({ ok: z.literal(true), member: Member });

/**
 * One request to the ledger web app (DESIGN §4): a JSON body as text/plain, the 302 to
 * googleusercontent.com followed, HTTP errors read rather than thrown, the answer parsed before use.
 */
function post<T>(schema: z.ZodMiniType<T>, body: Record<string, unknown>, settings = readSettings()): LedgerAnswer<T> {
  if (!settings.ledgerUrl || !settings.token) return { ok: false, problem: 'notConfigured' };
  let text: string;
  let status: number;
  try {
    const response = UrlFetchApp.fetch(settings.ledgerUrl, {
      method: 'post',
      contentType: 'text/plain;charset=utf-8',
      payload: JSON.stringify({ v: 1, token: settings.token, ...body }),
      followRedirects: true,
      muteHttpExceptions: true,
    });
    status = response.getResponseCode();
    text = response.getContentText();
  } catch (error) {
    return { ok: false, problem: 'offline', detail: error instanceof Error ? error.message : String(error) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'badResponse', detail: `HTTP ${status}` };
  }
  const refused = ErrorResponse.safeParse(json);
  if (refused.success) return { ok: false, problem: refused.data.error.code, detail: refused.data.error.message };
  const answer = schema.safeParse(json);
  return answer.success ? { ok: true, value: answer.data } : { ok: false, problem: 'badResponse', detail: `HTTP ${status}` };
}

export const whoami = (settings = readSettings()) => post(WhoamiAnswer, { op: 'whoami' }, settings);
export const appendEvents = (events: unknown[]) => post(AppendResponse, { op: 'append', events });
export const pullEvents = (since: number, limit = 1000) => post(PullResponse, { op: 'pull', since, limit });
