/**
 * Test double bookkeeping (not a Google service): every double records each service method it
 * serves, so tests and the bench can assert how many calls the server made (DESIGN §8).
 */
export type CallRecord = { service: string; method: string };

export class CallLog {
  readonly calls: CallRecord[] = [];
  /** Told of every call as it is made (google-world.ts charges each call's latency here). */
  private readonly listeners: ((call: CallRecord) => void)[] = [];

  record(service: string, method: string): void {
    const call = { service, method };
    this.calls.push(call);
    for (const listener of this.listeners) listener(call);
  }

  onRecord(listener: (call: CallRecord) => void): void {
    this.listeners.push(listener);
  }

  /** Calls of the given services (all if none given), e.g. `count('Sheets', 'SpreadsheetApp')`. */
  count(...services: string[]): number {
    return services.length === 0 ? this.calls.length : this.calls.filter((c) => services.includes(c.service)).length;
  }

  /** `"Sheets.Spreadsheets.Values.append"` → how many times. */
  tally(...services: string[]): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.calls) {
      if (services.length > 0 && !services.includes(c.service)) continue;
      const key = `${c.service}.${c.method}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  reset(): void {
    this.calls.length = 0;
  }
}

/** Services that touch the spreadsheet: what DESIGN §8 counts. */
export const SPREADSHEET_SERVICES = ['Sheets', 'SpreadsheetApp'] as const;
