/**
 * DESIGN §3 fixes the `annotation.created` payload because other tools write it, and lets them leave
 * `entityId` out: the annotation is then named by the event's own id. Applied before parsing, by the
 * ledger's catalogue and by the extension's own check alike.
 */
export function withDefaultEntityId(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const event = value as Record<string, unknown>;
  if (event.type !== 'annotation.created' || event.entityId !== undefined || typeof event.id !== 'string') return value;
  return { ...event, entityId: event.id };
}
