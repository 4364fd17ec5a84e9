import * as z from 'zod/mini';

/** Whether an action item (from a meeting or a document) is still to do. */
export const ActionStatus = z.enum(['open', 'done']);
export type ActionStatus = z.infer<typeof ActionStatus>;
