import * as z from 'zod/mini';
import { Annotation } from '../../shared/domain/annotation.ts';
import { Uuid } from '../../shared/domain/id.ts';
import { IsoDateTime } from '../../shared/domain/iso-time.ts';

/**
 * An annotation as the extension keeps it: the `annotation.created` payload (DESIGN §3) plus local
 * bookkeeping. `v` lets a later release migrate stored rows (db.ts).
 */
export const AnnotationRecord = z.object({
  v: z.literal(1),
  id: Uuid,
  ...Annotation.shape,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** A tombstone: the row stays so the deletion itself is synced and nothing is lost. */
  deleted: z.boolean(),
});
export type AnnotationRecord = z.infer<typeof AnnotationRecord>;
