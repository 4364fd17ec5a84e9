/**
 * Protocol v1 limits (DESIGN §4). Past the batch, body and nesting limits a request is refused whole;
 * past the text and cell limits only the event that holds the text is refused. Nothing is cut silently.
 */
export const MAX_EVENTS_PER_BATCH = 500;
export const MAX_TEXT_LENGTH = 10_000;
/** Pull answers at most this many events per request. */
export const MAX_PULL_LIMIT = 1_000;
/** Google Sheets holds at most 50,000 characters in one cell: no stored cell may be longer. */
export const MAX_CELL_LENGTH = 50_000;
/** A request body over this many UTF-8 bytes is refused whole (`too_large`): 500 events of ~20 KB. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Objects and arrays nested deeper than this refuse the request (`bad_request`); real events need ~10. */
export const MAX_NESTING_DEPTH = 64;
