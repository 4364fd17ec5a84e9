import * as z from 'zod/mini';

/** What a webinar annotation records; fixed by DESIGN §3 because other tools write it. */
export const AnnotationKind = z.enum(['decision', 'action', 'agreement', 'disagreement', 'question', 'note']);
export type AnnotationKind = z.infer<typeof AnnotationKind>;
