import * as z from 'zod/mini';
import { Id } from '../../shared/domain/id.ts';
import { IsoDateTime } from '../../shared/domain/iso-time.ts';
import { Meeting } from '../../shared/domain/meeting.ts';

/**
 * A meeting as the extension keeps it: the domain record plus when this attendee actually started
 * and ended it (annotation offsets count from `startedAt`).
 */
export const MeetingRecord = z.object({
  v: z.literal(1),
  id: Id,
  meeting: Meeting,
  startedAt: z.optional(IsoDateTime),
  endedAt: z.optional(IsoDateTime),
  /** When this attendee last sent the notes draft for review (`meeting.notes_drafted`). */
  draftSentAt: z.optional(IsoDateTime),
  updatedAt: IsoDateTime,
  /**
   * Set when this computer joined a meeting already in the ledger (same id) rather than creating it:
   * who runs its record, and what this member may write about it. A joiner who does not own the record
   * queues no `meeting.*` snapshot or `held` event for it (the ledger would refuse them `forbidden`).
   */
  joined: z.optional(z.object({ ownerName: z.string().check(z.maxLength(200)), ownsRecord: z.boolean(), maySendDraft: z.boolean() })),
});
export type MeetingRecord = z.infer<typeof MeetingRecord>;
