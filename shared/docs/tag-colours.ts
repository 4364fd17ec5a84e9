import type { TagKind } from '../domain/document-tag.ts';

/**
 * The highlight each tag kind gets in the document: light enough that black text on it keeps a
 * contrast ratio above 7:1 (WCAG AAA), and distinct hues so kinds can be told apart at a glance.
 */
export const TAG_COLOURS: Record<TagKind, string> = {
  decision: '#c8e6c9',
  agreement: '#b3e5fc',
  action: '#ffe0b2',
  disagreement: '#f8bbd0',
  proposal: '#e1bee7',
  question: '#fff59d',
};
