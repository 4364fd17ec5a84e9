/**
 * The path of the first field a client sent that the parsed value does not have: zod's objects drop
 * unknown keys, so comparing what came in with what came out finds every field the event type's
 * schema does not name, at any depth, without a strict copy of each domain schema. Iterative (an
 * explicit stack), so no input can exhaust the call stack. Undefined when every field was kept.
 */
export function findForeignField(input: unknown, output: unknown): PropertyKey[] | undefined {
  const stack: Array<{ sent: unknown; kept: unknown; path: PropertyKey[] }> = [{ sent: input, kept: output, path: [] }];
  while (stack.length > 0) {
    const { sent, kept, path } = stack.pop()!;
    if (sent === null || typeof sent !== 'object' || kept === null || typeof kept !== 'object') continue;
    if (Array.isArray(sent)) {
      if (!Array.isArray(kept)) continue;
      for (let i = sent.length - 1; i >= 0; i--) stack.push({ sent: sent[i], kept: kept[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(sent);
    // Own keys only (a key named `constructor` is foreign too); a Set, not Object.hasOwn, for Apps Script's V8.
    const keptKeys = new Set(Object.keys(kept));
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const value = (sent as Record<string, unknown>)[key];
      if (!keptKeys.has(key)) {
        if (value === undefined) continue; // an absent optional field, spelled out
        return [...path, key];
      }
      stack.push({ sent: value, kept: (kept as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}
