import * as z from 'zod/mini';

/** An instant, as ISO 8601 UTC text (`2026-11-27T14:00:00.000Z`): dates cross every boundary as strings. */
export const IsoDateTime = z.iso.datetime();
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;
