import type { StoredEvent } from '../ledger/event-catalogue.ts';
import type { LedgerViews } from '../ledger/views/ledger-views.ts';
import type { SiteStamp } from './site-page.ts';

/** A head printed in published notes: which meeting, in which language, when. */
export type NotesHead = { meetingId: string; language: string; hash: string; at: string };

/** What the pages are made from: the folded views, the heads printed in notes, the stamp. */
export type SiteData = { views: LedgerViews; notesHeads: NotesHead[]; stamp: SiteStamp };

/** Every head recorded with a notes publication (`meeting.notes_published`), in time order. */
export function notesHeadsOf(events: readonly StoredEvent[]): NotesHead[] {
  return events
    .flatMap((event) =>
      event.type === 'meeting.notes_published'
        ? [{ meetingId: event.payload.meetingId, language: event.payload.language, hash: event.payload.headHash, at: event.at }]
        : [],
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
