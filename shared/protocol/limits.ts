/** Protocol v1 limits (DESIGN §4). Past them a request is refused whole, never cut silently. */
export const MAX_EVENTS_PER_BATCH = 500;
export const MAX_TEXT_LENGTH = 10_000;
/** Pull answers at most this many events per request. */
export const MAX_PULL_LIMIT = 1_000;
