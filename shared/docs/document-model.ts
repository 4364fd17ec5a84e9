import * as z from 'zod/mini';

/**
 * A Google Doc as the add-on's adapter reads it in one walk of the body (DESIGN §6): each top-level
 * element in order, with its index among the body's children so a finding can point back at it,
 * tables as grids of cell text, and the named ranges with the blocks they cover. Plain JSON, so the
 * parser in shared/ runs on fixtures exactly as on a live document.
 */
export const DocBlock = z.discriminatedUnion('kind', [
  /** `heading` is 0 for body text, 1–6 for Heading 1–6 (Title and Subtitle count as 1). */
  z.object({ kind: z.literal('paragraph'), index: z.int(), heading: z.int(), text: z.string() }),
  z.object({ kind: z.literal('table'), index: z.int(), rows: z.array(z.array(z.string())) }),
]);
export type DocBlock = z.infer<typeof DocBlock>;

export const DocNamedRange = z.object({
  id: z.string(),
  name: z.string(),
  /** Body child indexes the range touches, in order. */
  blocks: z.array(z.int()),
  /** The text it covers (for a tag: the quoted words). */
  text: z.string(),
});
export type DocNamedRange = z.infer<typeof DocNamedRange>;

export const DocModel = z.object({
  docId: z.string(),
  title: z.string(),
  url: z.string(),
  blocks: z.array(DocBlock),
  namedRanges: z.array(DocNamedRange),
});
export type DocModel = z.infer<typeof DocModel>;

/** Where in the document something is: a block, and for a table the cell. */
export const DocLocation = z.object({ block: z.int(), row: z.optional(z.int()), col: z.optional(z.int()) });
export type DocLocation = z.infer<typeof DocLocation>;
