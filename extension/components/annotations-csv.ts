import type { Language } from '../../shared/i18n/language.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { encodeCsv } from '../../shared/ledger/exports/encode-csv.ts';
import type { AnnotationRecord } from '../services/annotation-record.ts';
import { formatOffset } from '../../shared/ledger/exports/format-offset.ts';

/** A meeting's annotations as CSV (headers in the chosen language; cells formula-escaped by encodeCsv). */
export function annotationsCsv(annotations: readonly AnnotationRecord[], language: Language): string {
  const t = (key: Parameters<typeof translate>[0]) => translate(key, language);
  const header = [
    t('extension.csv.at'),
    t('extension.csv.offset'),
    t('extension.csv.kind'),
    t('extension.csv.text'),
    t('extension.csv.commitment'),
    t('extension.csv.owner'),
    t('extension.csv.dueDate'),
    t('extension.csv.captions'),
    t('extension.csv.id'),
  ];
  const rows = annotations
    .filter((annotation) => !annotation.deleted)
    .map((annotation) => [
      annotation.createdAt,
      formatOffset(annotation.offsetMs),
      t(`extension.kind.${annotation.kind}`),
      annotation.text,
      annotation.commitmentId ?? '',
      annotation.owner ?? '',
      annotation.dueDate ?? '',
      annotation.captionText ?? '',
      annotation.id,
    ]);
  return encodeCsv([header, ...rows]);
}
