import { translate } from '../../i18n/translate.ts';
import { buildMeetingNotes, type MeetingNotesInput } from './build-meeting-notes.ts';

/**
 * Escapes what Markdown would read as markup, so what someone typed shows as typed and never as a
 * link, emphasis, HTML or a nested block: inline punctuation everywhere, block markers at the start,
 * and newlines folded into spaces to keep a text inside its list item or table cell.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~&!]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+#=>])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const inline = escapeMarkdown;

function autolink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : inline(url);
}

/** Meeting notes in Markdown, ready to review and publish (EN or FR per `language`). */
export function meetingNotesMarkdown(input: MeetingNotesInput): string {
  const notes = buildMeetingNotes(input);
  const out: string[] = [`# ${inline(notes.title)}`, ''];
  for (const detail of notes.details) {
    const value = detail.isLink ? autolink(detail.value) : inline(detail.value);
    out.push(`- ${translate('exports.notes.labelValue', notes.language, { label: `**${inline(detail.label)}**`, value })}`);
  }
  out.push('', `## ${inline(notes.attendance.heading)}`, '');
  for (const line of notes.attendance.lines) out.push(`- ${inline(line)}`);
  out.push('', `_${inline(notes.attributionNote)}_`);
  for (const block of notes.blocks) {
    out.push('', `## ${inline(block.heading)}`, '');
    if (block.type === 'list') {
      if (block.items.length === 0) out.push(inline(notes.emptyText));
      for (const item of block.items) out.push(`- ${inline(item)}`);
    } else if (block.rows.length === 0) {
      out.push(inline(notes.emptyText));
    } else {
      out.push(`| ${block.columns.map(inline).join(' | ')} |`, `|${block.columns.map(() => ' --- |').join('')}`);
      for (const row of block.rows) out.push(`| ${row.map(inline).join(' | ')} |`);
    }
  }
  out.push('', '---', '');
  for (const line of notes.footer) out.push(`${inline(line)}  `);
  return `${out.join('\n')}\n`;
}
