import type { CaptionLine } from './page-context';
import type { PageSnapshot } from './platform-feature';

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

/**
 * The platform's own controls and hidden helpers inside a caption area ("Jump to bottom", caption
 * settings, icons): never caption text, in any UI language, because they are found by role.
 */
export const PLATFORM_CHROME = 'button, [role="button"], [role="menu"], [role="menuitem"], [role="listbox"], [role="toolbar"], select, [aria-hidden="true"], svg, style, script';

/** Spaced text of an element without the platform's controls inside it. */
export function textWithoutChrome(element: Element): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === 3) parts.push(current.nodeValue ?? '');
    else if (current.nodeType === 1 && !(current as Element).matches(PLATFORM_CHROME)) {
      for (const child of Array.from(current.childNodes)) walk(child);
    }
  };
  walk(element);
  return normalizeSpace(parts.join(' '));
}

/** True when the element is, or sits inside, one of the platform's controls. */
export function isChrome(element: Element): boolean {
  return element.closest(PLATFORM_CHROME) !== null;
}

/** A caption line, or nothing when the text is empty (a speaker shown before any words). */
export function captionLine(speaker: string | undefined, text: string): CaptionLine | undefined {
  const words = normalizeSpace(text);
  if (!words) return undefined;
  const name = speaker ? normalizeSpace(speaker).slice(0, 200) : '';
  return { ...(name ? { speaker: name } : {}), text: words.slice(0, 2000) };
}

/** Consecutive lines from the same speaker read as one (platforms split a turn into several blocks). */
export function mergeTurns(lines: readonly CaptionLine[]): CaptionLine[] {
  const merged: CaptionLine[] = [];
  for (const line of lines) {
    const previous = merged.at(-1);
    if (previous && line.speaker !== undefined && previous.speaker === line.speaker) {
      merged[merged.length - 1] = { ...previous, text: `${previous.text} ${line.text}`.slice(-2000) };
    } else merged.push(line);
  }
  return merged;
}

/** URL parts without throwing on a malformed URL. */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
