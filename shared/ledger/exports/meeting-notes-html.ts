import { buildMeetingNotes, type MeetingNotesInput, type NotesItem } from './build-meeting-notes.ts';
import { escapeHtml } from './escape-html.ts';

/** Only http(s) links become anchors, so a typed `javascript:` URL stays inert text. */
function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

/**
 * One stylesheet inside the file, so the notes look the same opened from a download, pasted into a
 * web page or printed. System fonts, contrast above WCAG AA, borders that survive printing.
 */
const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1b1b1b; background: #fff; line-height: 1.5; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
.kicker { margin: 0; color: #4a4a4a; font-size: .9rem; letter-spacing: .04em; text-transform: uppercase; font-weight: 600; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .25rem 0 1rem; color: #1b1b1b; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid #26374a; color: #26374a; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; color: #333; }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; padding: .75rem 1rem; background: #f5f6f7; border-left: 4px solid #26374a; }
dl.details dt { font-weight: 600; }
dl.details dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
@media (max-width: 36rem) { dl.details { grid-template-columns: 1fr; } dl.details dd { margin-bottom: .35rem; } main { padding: 1rem .75rem 2rem; } }
ul { padding-left: 1.25rem; margin: .25rem 0; }
li { margin: .35rem 0; }
.who { font-weight: 600; }
.about { display: block; color: #4a4a4a; font-size: .9rem; }
.flag { display: inline-block; margin-left: .35rem; padding: 0 .4rem; border: 1px solid #8a5a00; border-radius: .25rem; color: #6b4500; background: #fff8e6; font-size: .8rem; }
.attribution, .translation-note { color: #4a4a4a; font-style: italic; margin: .5rem 0; }
.empty { color: #4a4a4a; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0; font-size: .95rem; }
th, td { border: 1px solid #8c8c8c; padding: .4rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8ebee; }
.status-done { color: #1d5e20; font-weight: 600; }
.status-open { color: #1b1b1b; font-weight: 600; }
a { color: #1f4e8c; }
footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 1px solid #8c8c8c; color: #4a4a4a; font-size: .85rem; overflow-wrap: anywhere; }
footer p { margin: .25rem 0; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  a { color: inherit; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .85em; }
}
`.trim();

function item(entry: NotesItem, documentLanguage: string): string {
  const e = escapeHtml;
  // A text in the other language carries its own lang, so screen readers switch voice.
  const text = entry.lang && entry.lang !== documentLanguage ? `<span lang="${entry.lang}">${e(entry.text)}</span>` : e(entry.text);
  return [
    // French puts a (non-breaking) space before the colon.
    entry.who ? `<span class="who">${e(entry.who)}</span>${documentLanguage === 'fr' ? '&nbsp;: ' : ': '}` : '',
    text,
    entry.flag ? `<span class="flag">${e(entry.flag)}</span>` : '',
    entry.commitment ? `<span class="about">${e(entry.commitment)}</span>` : '',
  ].join('');
}

/** Meeting notes as one self-contained, printable HTML page; every typed text is escaped. */
export function meetingNotesHtml(input: MeetingNotesInput): string {
  const notes = buildMeetingNotes(input);
  const e = escapeHtml;
  return [
    '<!doctype html>',
    `<html lang="${notes.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${notes.kicker} – ${notes.title}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    meetingNotesMain(input),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The notes' `<main>` element alone (its `lang` set when asked), for a page that holds the notes in
 * both languages, such as the Google Doc the console publishes. Every typed text is escaped.
 */
export function meetingNotesMain(input: MeetingNotesInput, options: { withLang?: boolean } = {}): string {
  const notes = buildMeetingNotes(input);
  const e = escapeHtml;
  const lang = notes.language;
  const out: string[] = [
    options.withLang ? `<main lang="${lang}">` : '<main>',
    '<header>',
    `<p class="kicker">${e(notes.kicker)}</p>`,
    `<h1>${e(notes.title)}</h1>`,
    '<dl class="details">',
    ...notes.details.map((detail) => `<dt>${e(detail.label)}</dt><dd>${detail.isLink ? link(detail.value) : e(detail.value)}</dd>`),
    '</dl>',
    '</header>',
    `<section aria-labelledby="attendance"><h2 id="attendance">${e(notes.attendance.heading)}</h2>`,
    '<ul>',
    ...notes.attendance.lines.map((line) => `<li>${e(line)}</li>`),
    '</ul>',
    `<p class="attribution">${e(notes.attributionNote)}</p>`,
    ...(notes.translationNote ? [`<p class="translation-note">${e(notes.translationNote)}</p>`] : []),
    '</section>',
  ];
  const empty = `<p class="empty">${e(notes.emptyText)}</p>`;
  const list = (items: readonly NotesItem[]) => `<ul>\n${items.map((entry) => `<li>${item(entry, lang)}</li>`).join('\n')}\n</ul>`;
  for (const block of notes.blocks) {
    out.push(`<section aria-labelledby="${block.id}"><h2 id="${block.id}">${e(block.heading)}</h2>`);
    if (block.type === 'list') {
      out.push(block.items.length === 0 ? empty : list(block.items));
    } else if (block.type === 'positions') {
      if (block.groups.length === 0) out.push(empty);
      for (const group of block.groups) {
        if (group.heading) out.push(`<h3>${e(group.heading)}</h3>`);
        out.push(list(group.items));
      }
    } else if (block.rows.length === 0) {
      out.push(empty);
    } else {
      out.push(
        '<table>',
        `<thead><tr>${block.columns.map((column) => `<th scope="col">${e(column)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map(
          (row) =>
            `<tr><td>${item(row.action, lang)}</td><td>${e(row.owner)}</td><td>${e(row.due)}</td><td class="${row.isDone ? 'status-done' : 'status-open'}">${e(row.status)}</td></tr>`,
        ),
        '</tbody>',
        '</table>',
      );
    }
    out.push('</section>');
  }
  out.push('<footer>', ...notes.footer.map((line) => `<p>${e(line)}</p>`), '</footer>', '</main>');
  return out.join('\n');
}
