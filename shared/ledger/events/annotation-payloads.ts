import * as z from 'zod/mini';
import { Annotation } from '../../domain/annotation.ts';
import { Id } from '../../domain/id.ts';

/**
 * `annotation.created`: the payload DESIGN §3 fixes (meetingId, kind, text, offsetMs?, commitmentId?)
 * plus optional captionText, owner, dueDate, actionStatus. The envelope's `entityId` is the annotation
 * id; DESIGN §3 lets other tools leave it out, and then it is the event's own id.
 */
export const AnnotationCreatedPayload = Annotation;
export type AnnotationCreatedPayload = z.infer<typeof AnnotationCreatedPayload>;

/**
 * `annotation.updated`: the whole annotation again, not a patch, so a field can be cleared and the
 * fold keeps the latest snapshot by (`at`, `id`).
 */
export const AnnotationUpdatedPayload = Annotation;
export type AnnotationUpdatedPayload = z.infer<typeof AnnotationUpdatedPayload>;

/** `annotation.deleted`: a tombstone; `meetingId` lets a view drop the row without a lookup. */
export const AnnotationDeletedPayload = z.object({ meetingId: z.optional(Id) });
export type AnnotationDeletedPayload = z.infer<typeof AnnotationDeletedPayload>;
