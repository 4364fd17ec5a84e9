import type { Language } from '../../i18n/language.ts';
import { translate } from '../../i18n/translate.ts';
import type { MeetingNotesInput } from './build-meeting-notes.ts';
import { escapeHtml } from './escape-html.ts';
import { meetingNotesMain } from './meeting-notes-html.ts';

/**
 * The notes as published to a Google Doc: English, then French, each under its own `lang`, with the
 * chain head printed at the foot of each (`input.headHash`) and, once Drive has given it, the Doc's
 * own address (`docUrl`). Drive imports HTML headings, lists and
 * tables as their Docs equivalents, so the page carries no stylesheet: the Doc keeps Docs' own styles.
 */
export function publishedNotesHtml(input: Omit<MeetingNotesInput, 'language'>, languages: readonly Language[] = ['en', 'fr'], docUrl?: string): string {
  const title = languages.map((language) => translate('publish.doc.name', language, { title: input.meeting.title })).join(' / ');
  return [
    '<!doctype html>',
    `<html lang="${languages[0] ?? 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    languages
      .map((language) => {
        const main = meetingNotesMain({ ...input, language }, { withLang: true });
        if (docUrl === undefined || !/^https:\/\//.test(docUrl)) return main;
        // The Doc's own address, printed under the head, so a printed copy says where the record is.
        const link = `<p lang="${language}">${escapeHtml(translate('publish.doc.link', language))} <a href="${escapeHtml(docUrl)}">${escapeHtml(docUrl)}</a></p>`;
        return main.replace(/<\/footer>\n<\/main>$/, `${link}\n</footer>\n</main>`);
      })
      .join('\n<hr>\n'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
