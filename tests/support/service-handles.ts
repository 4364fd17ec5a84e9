// Test and bench harness (not Google code): the main thread's side of worker-service-proxy.mjs. An
// execution thread names Google's services by `global:<name>` and every other object it was given by
// a handle id; this table resolves both, turns handles in call arguments back into objects, and says
// how a value goes back: as data, as a handle, or as a function to call.

export type Reply = { kind: 'value'; value: unknown } | { kind: 'handle'; id: string } | { kind: 'function' } | { kind: 'error'; message: string };

/** Plain data that can cross to the worker as a value (no functions, no class instances). */
export function isData(value: unknown, depth = 0): boolean {
  if (depth > 50) return false;
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'function') return false;
  if (type !== 'object') return true;
  if (Array.isArray(value)) return value.every((v) => isData(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value as object).every((v) => isData(v, depth + 1));
}

/** One execution's handles: they live as long as its worker, whose context keeps the proxies it was given. */
export function serviceHandles(globals: Record<string, unknown>) {
  const handles = new Map<string, unknown>();
  let next = 0;
  const resolveTarget = (id: string): unknown => (id.startsWith('global:') ? globals[id.slice(7)] : handles.get(id));
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object') {
      if ('__handle' in value) return resolveTarget(String((value as { __handle: unknown }).__handle));
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  const describe = (value: unknown): Reply => {
    if (typeof value === 'function') return { kind: 'function' };
    if (isData(value)) return { kind: 'value', value };
    const id = `h${next++}`;
    handles.set(id, value);
    return { kind: 'handle', id };
  };
  return { resolveTarget, decode, describe };
}
