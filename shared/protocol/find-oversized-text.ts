import { formatPath } from '../domain/parse-value.ts';
import { MAX_TEXT_LENGTH } from './limits.ts';

/**
 * The path (`events[3].payload.text`) of the first string longer than `max` anywhere in a value, or
 * undefined. Object keys count too: a key is text a client chose. Depth-first, stops at the first hit.
 */
export function findOversizedText(value: unknown, max: number = MAX_TEXT_LENGTH): string | undefined {
  const path: PropertyKey[] = [];
  const visit = (node: unknown): boolean => {
    if (typeof node === 'string') return node.length > max;
    if (node === null || typeof node !== 'object') return false;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        if (visit(node[i])) return true;
        path.pop();
      }
      return false;
    }
    for (const [key, child] of Object.entries(node)) {
      path.push(key);
      if (key.length > max || visit(child)) return true;
      path.pop();
    }
    return false;
  };
  return visit(value) ? formatPath(path) : undefined;
}
