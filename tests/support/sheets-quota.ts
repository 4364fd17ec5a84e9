/**
 * TEST DOUBLE of the Sheets API's per-minute request quotas, not Google code. It reproduces, from
 * developers.google.com/sheets/api/limits ("Usage limits", read 2026-12):
 * - read requests and write requests are counted apart, each per minute per project per user
 *   (60) and per minute per project (300); "quotas are refilled every minute";
 * - a request beyond a limit fails with HTTP 429 "Too many requests" and is not served (nothing is
 *   read or written), and "there's no daily usage limit";
 * - a `values.batchGet` of many ranges is ONE read request, a `spreadsheets.batchUpdate` of many
 *   sub-requests ONE write request (the limit counts requests, not ranges or cells).
 * Apps Script's advanced service turns the 429 into an exception whose message is Google's error
 * text behind its usual prefix, e.g. "API call to sheets.spreadsheets.values.get failed with error:
 * Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of
 * service 'sheets.googleapis.com' for consumer 'project_number:…'." (the text as users report it:
 * github.com/AutomaApp/automa/issues/1844, github.com/n8n-io/n8n/issues/16729).
 * "Refilled every minute" is modelled as a rolling 60-second window: no burst of 120 across a
 * minute boundary, which is the cautious reading. Refused requests do not count.
 */
import { GoogleApiError } from './spreadsheet-model.ts';

export type RequestKind = 'read' | 'write';

/** developers.google.com/sheets/api/limits: per minute per project per user, and per project. */
export const SHEETS_QUOTA_LIMITS = { perUserPerMinute: 60, perProjectPerMinute: 300 } as const;

export type SheetsQuotaOptions = {
  /** The clock the window rolls on (ms); a bench passes its virtual clock. */
  now: () => number;
  /** Whose quota a call spends: an "execute as me" web app spends its owner's for every caller. */
  user: () => string;
  limits?: { perUserPerMinute: number; perProjectPerMinute: number };
  /** The project number Google names in the error text. */
  projectNumber?: string;
};

const WINDOW_MS = 60_000;
const METRIC = { read: ['Read requests', 'Read requests per minute'], write: ['Write requests', 'Write requests per minute'] } as const;

export class SheetsQuota {
  private readonly served: Record<RequestKind, { at: number; user: string }[]> = { read: [], write: [] };
  /** Requests answered 429, by kind: what a bench reports. */
  readonly refused: Record<RequestKind, number> = { read: 0, write: 0 };
  /** Requests served, by kind. */
  readonly granted: Record<RequestKind, number> = { read: 0, write: 0 };

  constructor(private readonly options: SheetsQuotaOptions) {}

  private get limits() {
    return this.options.limits ?? SHEETS_QUOTA_LIMITS;
  }

  /** Requests of `kind` served in the last minute (for `user`, or for the whole project). */
  inWindow(kind: RequestKind, user?: string): number {
    const since = this.options.now() - WINDOW_MS;
    const list = this.served[kind];
    while (list.length > 0 && list[0]!.at <= since) list.shift();
    return user === undefined ? list.length : list.filter((r) => r.user === user).length;
  }

  /** Spends one request of `kind`, or throws what Apps Script throws for a 429. */
  charge(call: string, kind: RequestKind): void {
    const user = this.options.user();
    const [metric, limit] = METRIC[kind];
    const consumer = `project_number:${this.options.projectNumber ?? '000000000000'}`;
    const refuse = (limitName: string) => {
      this.refused[kind] += 1;
      throw new GoogleApiError(call, `Quota exceeded for quota metric '${metric}' and limit '${limitName}' of service 'sheets.googleapis.com' for consumer '${consumer}'.`);
    };
    if (this.inWindow(kind, user) >= this.limits.perUserPerMinute) refuse(`${limit} per user`);
    if (this.inWindow(kind) >= this.limits.perProjectPerMinute) refuse(limit);
    this.served[kind].push({ at: this.options.now(), user });
    this.granted[kind] += 1;
  }
}

/** What the advanced service's exception says when a request was refused by a quota (HTTP 429). */
export function isQuotaError(message: string): boolean {
  return /Quota exceeded for quota metric/.test(message);
}
