import { type ClientEvent, entityKeyOf } from './event-catalogue.ts';

/**
 * The record an event changes, as `<kind>:<id>` (`annotation:<id>`, `commitment:<id>` …): the key of
 * its owner in the ledger's state. The kind is the event type's first word, so `meeting.held` and
 * `meeting.scheduled` name the same meeting record.
 */
export function recordKeyOf(event: ClientEvent): string {
  return `${event.type.slice(0, event.type.indexOf('.'))}:${entityKeyOf(event)}`;
}
