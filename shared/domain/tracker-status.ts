import * as z from 'zod/mini';
import type { BilingualText } from './bilingual-text.ts';
import { bilingualMessage, translate } from '../i18n/translate.ts';
import type { Language } from '../i18n/language.ts';

/** Canada's tracker status codes, the same in every plan's tracker (ogp-domain §2.4). */
export const TrackerStatus = z.enum(['NS', 'LP', 'SP', 'C']);
export type TrackerStatus = z.infer<typeof TrackerStatus>;

/** The tracker's own wording for a status ("Limited progress" / "Progrès limité"). */
export function trackerStatusLabel(status: TrackerStatus, language: Language): string {
  return translate(`domain.trackerStatus.${status}`, language);
}

/** Both languages at once, as the tracker export writes them. */
export function trackerStatusLabels(status: TrackerStatus): BilingualText {
  return bilingualMessage(`domain.trackerStatus.${status}`);
}
