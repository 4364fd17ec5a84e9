import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import type { EventType } from '../../../shared/ledger/event-type.ts';

/** Rewrites the view tabs the given event types touch. Wired to ledger-b's views when they land. */
export function refreshViews(_spreadsheetId: string, _events: readonly StoredEvent[], _types: readonly EventType[]): void {}
