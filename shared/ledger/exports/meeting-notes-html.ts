import { buildMeetingNotes, type MeetingNotesInput } from './build-meeting-notes.ts';
import { escapeHtml } from './escape-html.ts';

/** Only http(s) links become anchors, so a typed `javascript:` URL stays inert text. */
function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

/** Meeting notes as one self-contained HTML page; every typed text is escaped. */
export function meetingNotesHtml(input: MeetingNotesInput): string {
  const notes = buildMeetingNotes(input);
  const e = escapeHtml;
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${notes.language}">`,
    '<head><meta charset="utf-8">',
    `<title>${e(notes.title)}</title>`,
    '</head>',
    '<body>',
    `<h1>${e(notes.title)}</h1>`,
    '<dl>',
    ...notes.details.map((detail) => `<dt>${e(detail.label)}</dt><dd>${detail.isLink ? link(detail.value) : e(detail.value)}</dd>`),
    '</dl>',
    `<h2>${e(notes.attendance.heading)}</h2>`,
    '<ul>',
    ...notes.attendance.lines.map((line) => `<li>${e(line)}</li>`),
    '</ul>',
    `<p><em>${e(notes.attributionNote)}</em></p>`,
  ];
  for (const block of notes.blocks) {
    out.push(`<h2>${e(block.heading)}</h2>`);
    if (block.type === 'list') {
      out.push(block.items.length === 0 ? `<p>${e(notes.emptyText)}</p>` : `<ul>\n${block.items.map((item) => `<li>${e(item)}</li>`).join('\n')}\n</ul>`);
    } else if (block.rows.length === 0) {
      out.push(`<p>${e(notes.emptyText)}</p>`);
    } else {
      out.push(
        '<table>',
        `<thead><tr>${block.columns.map((column) => `<th scope="col">${e(column)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
      );
    }
  }
  out.push('<hr>', '<footer>', ...notes.footer.map((line) => `<p>${e(line)}</p>`), '</footer>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
