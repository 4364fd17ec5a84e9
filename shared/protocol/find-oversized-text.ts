import { formatPath } from '../domain/parse-value.ts';
import { MAX_TEXT_LENGTH } from './limits.ts';

/**
 * The path (`events[3].payload.text`) of the first string longer than `max` anywhere in a value, or
 * undefined. Object keys count too: a key is text a client chose. Depth-first with an explicit stack
 * (no recursion over client input), stops at the first hit.
 */
export function findOversizedText(value: unknown, max: number = MAX_TEXT_LENGTH): string | undefined {
  const stack: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'string') {
      if (node.length > max) return formatPath(path);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: [...path, i] });
      continue;
    }
    const entries = Object.entries(node);
    for (const [key] of entries) if (key.length > max) return formatPath([...path, key]);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ node: entries[i]![1], path: [...path, entries[i]![0]] });
  }
  return undefined;
}
