import * as z from 'zod/mini';
import { ActionStatus } from './action-status.ts';
import { CommitmentCode } from './commitment-code.ts';
import { FreeText } from './free-text.ts';
import { HttpUrl } from './http-url.ts';
import { Id } from './id.ts';
import { IsoDate } from './iso-time.ts';
import { ShortText } from './short-text.ts';

/** What a drafter marks in a document. */
export const TagKind = z.enum(['decision', 'agreement', 'action', 'disagreement', 'proposal', 'question']);
export type TagKind = z.infer<typeof TagKind>;

/**
 * Where a tag sits. A named range (`cocreate:tag:<kind>:<uuid>`) is fastest but is lost on copy-paste;
 * a Docs comment id survives; the quoted text can always be searched for again.
 */
export const TagAnchor = z.discriminatedUnion('type', [
  z.object({ type: z.literal('named_range'), name: ShortText }),
  z.object({ type: z.literal('comment'), commentId: ShortText }),
  z.object({ type: z.literal('quote') }),
]);
export type TagAnchor = z.infer<typeof TagAnchor>;

/** A tag on selected text in a Google Doc (`tag.created|updated`). */
export const DocumentTag = z.object({
  id: Id,
  docId: ShortText,
  kind: TagKind,
  commitmentId: z.optional(Id),
  commitmentCode: z.optional(CommitmentCode),
  quotedText: FreeText,
  anchor: TagAnchor,
  note: z.optional(FreeText),
  owner: z.optional(ShortText),
  dueDate: z.optional(IsoDate),
  actionStatus: z.optional(ActionStatus),
  /** A disagreement: each side's position, in its own words. */
  positions: z.optional(z.object({ government: z.optional(FreeText), csn: z.optional(FreeText) })),
  /** The document the tag sits in, so the ledger's views can link back to it. */
  docUrl: z.optional(HttpUrl),
});
export type DocumentTag = z.infer<typeof DocumentTag>;
