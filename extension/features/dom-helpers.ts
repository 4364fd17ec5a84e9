import type { CaptionReading, PageSnapshot } from './platform-feature';

/** Longest caption excerpt kept with an annotation: the last words spoken, not the whole meeting. */
export const CAPTION_EXCERPT_LENGTH = 280;

/** The first element matching any selector, in the order given. */
export function findFirst(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

export function hasAny(root: ParentNode, selectors: readonly string[]): boolean {
  return findFirst(root, selectors) !== undefined;
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of an element with a space between its parts (`<span>Alex</span><span>We…` is two words). */
export function spacedText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === 3) parts.push(current.nodeValue ?? '');
    else for (const child of Array.from(current.childNodes)) walk(child);
  };
  walk(node);
  return normalizeSpace(parts.join(' '));
}

/** Visible text of an element; a `<meta>` gives its content, a data-meeting-title its value. */
export function textOf(element: Element): string {
  if (element.tagName.toLowerCase() === 'meta') return normalizeSpace(element.getAttribute('content') ?? '');
  const attribute = element.getAttribute('data-meeting-title');
  if (attribute) return normalizeSpace(attribute);
  return spacedText(element);
}

/** The title shown on the page, or the document title with the platform's suffix removed. */
export function titleFrom(page: PageSnapshot, selectors: readonly string[], strip: RegExp): string | undefined {
  const element = findFirst(page.root, selectors);
  const shown = element ? textOf(element) : '';
  const title = shown || normalizeSpace(page.title.replace(strip, ''));
  return title || undefined;
}

/** Captions: the tail of the first caption container's text, `unreadable` when none is found. */
export function readCaptionsWith(page: PageSnapshot, selectors: readonly string[]): CaptionReading {
  const container = findFirst(page.root, selectors);
  if (!container) return { state: 'unreadable' };
  const text = spacedText(container);
  return { state: 'ok', text: text.length > CAPTION_EXCERPT_LENGTH ? `…${text.slice(-CAPTION_EXCERPT_LENGTH)}` : text };
}

/** URL parts without throwing on a malformed URL. */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
