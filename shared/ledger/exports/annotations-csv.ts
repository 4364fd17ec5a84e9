import type { Language } from '../../i18n/language.ts';
import { translate } from '../../i18n/translate.ts';
import type { NotesAnnotation, NotesCommitment } from './build-meeting-notes.ts';
import { encodeCsv } from './encode-csv.ts';
import { formatOffset } from './format-offset.ts';

/**
 * A meeting's annotations as CSV for a spreadsheet: headers in the chosen language, the commitment
 * by code and title, who spoke, the text and its translation. Cells are formula-escaped by encodeCsv.
 */
export function annotationsCsv(
  annotations: readonly NotesAnnotation[],
  options: { language: Language; commitments?: readonly NotesCommitment[] },
): string {
  const { language } = options;
  const t = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) => translate(key, language, params);
  const commitments = new Map((options.commitments ?? []).map((commitment) => [commitment.id, commitment]));
  const commitmentCell = (id: string | undefined): string => {
    if (id === undefined) return '';
    const known = commitments.get(id);
    if (!known) return id;
    const title = known.title[language] || known.title[language === 'en' ? 'fr' : 'en'];
    return known.code ? `${known.code} — ${title}` : title;
  };
  const header = [
    t('extension.csv.at'),
    t('extension.csv.offset'),
    t('extension.csv.kind'),
    t('notes.csv.speakerSide'),
    t('notes.csv.speakerName'),
    t('extension.csv.text'),
    t('notes.csv.language'),
    t('notes.csv.translation'),
    t('extension.csv.commitment'),
    t('extension.csv.owner'),
    t('extension.csv.dueDate'),
    t('notes.csv.status'),
    t('extension.csv.captions'),
    t('extension.csv.id'),
  ];
  const rows = annotations.map((annotation) => [
    annotation.at,
    formatOffset(annotation.offsetMs),
    t(`extension.kind.${annotation.kind}`),
    annotation.speaker?.side ? t(`common.side.${annotation.speaker.side}`) : '',
    annotation.speaker?.name ?? '',
    annotation.text,
    annotation.language ? t(`common.language.${annotation.language}`) : '',
    annotation.translation ?? '',
    commitmentCell(annotation.commitmentId),
    annotation.owner ?? '',
    annotation.dueDate ?? '',
    annotation.kind === 'action' ? t(`exports.notes.actionStatus.${annotation.actionStatus ?? 'open'}`) : '',
    annotation.captionText ?? '',
    annotation.id,
  ]);
  return encodeCsv([header, ...rows]);
}
