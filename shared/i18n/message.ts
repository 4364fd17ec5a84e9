import type { BilingualText } from '../domain/bilingual-text.ts';

/** A catalogue entry: one key, both official languages side by side so neither can be forgotten. */
export type MessageEntry = BilingualText;
export type Messages = Record<string, MessageEntry>;
