import * as z from 'zod/mini';
import { DocumentTag } from '../../domain/document-tag.ts';
import { ShortText } from '../../domain/short-text.ts';

/** `tag.created` and `tag.updated`: a snapshot of the tag; the fold keeps the latest by (`at`, `id`). */
export const TagSnapshotPayload = z.object({ tag: DocumentTag });
export type TagSnapshotPayload = z.infer<typeof TagSnapshotPayload>;

/** `tag.removed`: a tombstone; the envelope's `entityId` is the tag id. */
export const TagRemovedPayload = z.object({ docId: z.optional(ShortText) });
export type TagRemovedPayload = z.infer<typeof TagRemovedPayload>;
